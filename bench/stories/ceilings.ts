/**
 * Where the stream clusterer loses, on NeuS val (the tuning split) only: the real model against two
 * oracles that know the gold stories. "join decision" keeps the model's ranking but joins the
 * leading candidate exactly when it is the gold story (a perfect join/new decision); "any candidate"
 * joins the gold story whenever the candidate lookup found it (a perfect ranking too). The gaps say
 * which part of the clusterer a change has to improve.
 *
 *   npx tsx bench/stories/ceilings.ts
 */
import { type Candidate, StoryStream } from '../../src/stories/story-stream.js';
import {
  clusteringDataPresent,
  type GoldArticle,
  readAllSides,
  readNeus,
  shuffled,
  withoutAllSidesStories,
} from './dataset.js';
import { type ClusteringScores, scoreClustering } from './metrics.js';

type Decider = 'model' | 'join decision' | 'any candidate';

/** Cluster `articles` as one stream, each article placed as `decider` says, and score it. */
export function runWith(articles: readonly GoldArticle[], decider: Decider): ClusteringScores {
  const stream = new StoryStream();
  const inputs = articles.map((a, i) => ({ id: i, title: a.title, text: a.text, published: a.published }));
  const terms = inputs.map((a) => stream.terms(a));
  stream.prime(terms);
  // The keys each gold story's articles were placed in so far.
  const goldKeys = new Map<string, Set<number>>();
  inputs.forEach((a, i) => {
    const read = stream.read(a, terms[i]);
    const gold = goldKeys.get(articles[i]!.story) ?? new Set<number>();
    const isGold = (c: Candidate | undefined) => c !== undefined && gold.has(c.key);
    let key: number | null;
    if (decider === 'model') key = stream.choose(read);
    else {
      const ranked = stream.candidates(read).sort((p, q) => q.logit - p.logit || p.key - q.key);
      const pick = decider === 'join decision' ? ranked[0] : ranked.find(isGold);
      key = isGold(pick) ? pick!.key : null;
    }
    gold.add(stream.place(read, key));
    goldKeys.set(articles[i]!.story, gold);
  });
  const predicted = new Map<string, string>();
  for (const s of stream.finish().stories)
    for (const i of s.articleIds) predicted.set(articles[i]!.id, String(s.key));
  return scoreClustering(new Map(articles.map((a) => [a.id, a.story])), predicted);
}

function main(): void {
  if (!clusteringDataPresent()) {
    console.log('news-clustering data not found; set MULTIPOLAR_BENCH_DATA. Nothing was run.');
    return;
  }
  const val = withoutAllSidesStories(readNeus('val'), readAllSides());
  const orders = [
    ['file order', val],
    ['seeded shuffle', shuffled(val, 5)],
  ] as const;
  console.log('| NeuS val | placed by | pairwise F1 | BCubed F1 |\n|---|---|---|---|');
  for (const [name, articles] of orders) {
    for (const decider of ['model', 'join decision', 'any candidate'] as const) {
      const s = runWith(articles, decider);
      console.log(`| ${name} | ${decider} | ${s.pairwise.f1.toFixed(3)} | ${s.bcubed.f1.toFixed(3)} |`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
