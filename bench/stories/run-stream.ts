/** Feed a gold set through the stream clusterer and score it. */
import { type StreamOptions, StoryStream } from '../../src/stories/story-stream.js';
import type { GoldArticle } from './dataset.js';
import { type ClusteringScores, scoreClustering } from './metrics.js';

/** One run: the scores and the clustering speed. */
export interface StreamRun {
  scores: ClusteringScores;
  articlesPerSecond: number;
}

/** Cluster `articles` in the order given, as one stream, and score the final stories against gold. */
export function runStream(
  articles: readonly GoldArticle[],
  opts: StreamOptions = {},
  idf: 'batch' | 'stream' = 'batch',
): StreamRun {
  const started = performance.now();
  const stream = new StoryStream(opts);
  const inputs = articles.map((a, i) => ({ id: i, title: a.title, text: a.text, published: a.published }));
  if (idf === 'batch') {
    const terms = inputs.map((a) => stream.terms(a));
    stream.prime(terms);
    inputs.forEach((a, i) => {
      const read = stream.read(a, terms[i]);
      stream.place(read, stream.choose(read));
    });
  } else for (const a of inputs) stream.add(a);
  const { stories } = stream.finish();
  const ms = performance.now() - started;
  const predicted = new Map<string, string>();
  for (const s of stories) for (const i of s.articleIds) predicted.set(articles[i]!.id, String(s.key));
  const gold = new Map(articles.map((a) => [a.id, a.story]));
  return { scores: scoreClustering(gold, predicted), articlesPerSecond: (articles.length / ms) * 1000 };
}
