/**
 * Trial (not used by the clusterer): decide an uncertain article only after the next k arrivals, on
 * NeuS val in file order and two shuffles. `npx tsx bench/stories/lookahead-trial.ts`
 */
import { readNeus, readAllSides, withoutAllSidesStories, shuffled, type GoldArticle } from './dataset.js';
import { scoreClustering } from './metrics.js';
import { StoryStream, type ReadArticle } from '../../src/stories/story-stream.js';
import { sigmoid } from '../../src/stories/match-model.js';
function run(articles: GoldArticle[], k: number, lo: number, hi: number) {
  const stream = new StoryStream();
  const inputs = articles.map((a, i) => ({ id: i, title: a.title, text: a.text, published: a.published }));
  const terms = inputs.map((a) => stream.terms(a));
  stream.prime(terms);
  const pending: ReadArticle[] = [];
  const bestP = (r: ReadArticle) => {
    let b = 0;
    for (const c of stream.candidates(r)) b = Math.max(b, sigmoid(c.logit));
    return b;
  };
  inputs.forEach((a, i) => {
    const read = stream.read(a, terms[i]);
    const p = bestP(read);
    if (k > 0 && p >= lo && p < hi) pending.push(read);
    else stream.place(read, stream.choose(read));
    while (pending.length > k) {
      const r = pending.shift()!;
      stream.place(r, stream.choose(r));
    }
  });
  for (const r of pending) stream.place(r, stream.choose(r));
  const { stories } = stream.finish();
  const predicted = new Map<string, string>();
  for (const s of stories) for (const i of s.articleIds) predicted.set(articles[i]!.id, String(s.key));
  return scoreClustering(new Map(articles.map((a) => [a.id, a.story])), predicted);
}
const val = withoutAllSidesStories(readNeus('val'), readAllSides());
const sets = [val, shuffled(val, 5), shuffled(val, 11)];
for (const [k, lo, hi] of [
  [0, 0, 0],
  [5, 0.1, 0.5],
  [10, 0.1, 0.5],
  [20, 0.1, 0.5],
  [10, 0.15, 0.4],
  [20, 0.05, 0.6],
  [10, 0.2, 0.35],
  [50, 0.1, 0.5],
] as const) {
  const r = sets.map((s) => run(s, k, lo, hi));
  console.log(
    `k=${k} band=[${lo},${hi})`,
    r.map((s) => `${s.bcubed.f1.toFixed(3)}/${s.pairwise.f1.toFixed(3)}`).join('  '),
    'meanB',
    (r.reduce((x, s) => x + s.bcubed.f1, 0) / 3).toFixed(4),
  );
}
