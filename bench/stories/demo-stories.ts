/**
 * The demo newsroom's stories through the stream clusterer, as a guard when thresholds are chosen:
 * its thirteen hand-written stories of three to five articles are longer and larger than NeuS's, and
 * a model tuned on NeuS alone has split them (the end-to-end demo tests then fail). Articles are read
 * as title + standfirst + paragraphs, without actors, so this approximates what the pipeline sees.
 */
import { demoArticles } from '../../src/demo/index.js';
import type { MatchModel } from '../../src/stories/match-model.js';
import { StoryStream } from '../../src/stories/story-stream.js';

const HOUR = 3_600_000;

/** The demo stories that the clusterer with `model` leaves in more than one story. */
export function splitDemoStories(model: MatchModel): string[] {
  const now = Date.UTC(2026, 0, 10);
  const order = demoArticles
    .map((a, i) => ({ i, a, t: now - a.hoursAgo * HOUR }))
    .sort((p, q) => p.t - q.t || p.i - q.i);
  const stream = new StoryStream({ model });
  for (const { i, a, t } of order) {
    stream.add({
      id: i,
      title: a.title,
      text: [a.standfirst, ...a.paragraphs].join('\n'),
      published: new Date(t),
    });
  }
  const storiesOf = new Map<string, Set<number>>();
  for (const s of stream.finish().stories) {
    for (const id of s.articleIds) {
      const gold = demoArticles[id]!.story;
      storiesOf.set(gold, (storiesOf.get(gold) ?? new Set()).add(s.key));
    }
  }
  return [...storiesOf].filter(([, keys]) => keys.size > 1).map(([gold]) => gold);
}
