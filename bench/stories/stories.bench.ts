/**
 * `npm run bench:stories`: the story clusterer on the news-clustering gold sets, streamed in date
 * order (AllSides) or file order (NeuS), before (the old TF-IDF clusterer) and after; then the cost
 * per article on synthetic streams of distinct events from 10k to 200k articles.
 *
 *   --dev      NeuS val only (what tuning may look at)
 *   --no-scale skip the scaling table
 *   --scale    only the speed and scaling tables
 */
import { baselineClusters } from './baseline-clusterer.js';
import {
  clusteringDataPresent,
  type GoldArticle,
  readAllSides,
  readNeus,
  spreadDates,
  undated,
  withoutAllSidesStories,
} from './dataset.js';
import { type ClusteringScores, scoreClustering } from './metrics.js';
import { runStream } from './run-stream.js';
import { StoryStream } from '../../src/stories/story-stream.js';
import { syntheticStream } from './synthetic.js';

const SPREAD_SEED = 13;
const dev = process.argv.includes('--dev');

interface Row {
  set: string;
  clusterer: string;
  scores: ClusteringScores;
  perSecond: number;
}

function baseline(articles: readonly GoldArticle[]): { scores: ClusteringScores; articlesPerSecond: number } {
  const started = performance.now();
  const clusters = baselineClusters(
    articles.map((a, i) => ({
      id: i,
      outletId: i,
      published: a.published ?? new Date(0),
      title: a.title,
      text: a.text,
      actorIds: [],
    })),
  );
  const ms = performance.now() - started;
  const predicted = new Map<string, string>();
  clusters.forEach((c, k) => {
    for (const i of c.articleIds) predicted.set(articles[i]!.id, String(k));
  });
  const gold = new Map(articles.map((a) => [a.id, a.story]));
  return { scores: scoreClustering(gold, predicted), articlesPerSecond: (articles.length / ms) * 1000 };
}

const f = (v: number) => v.toFixed(3);

function printRows(rows: Row[]): void {
  console.log(
    '| set | clusterer | gold / found | pairwise F1 (P / R) | BCubed F1 (P / R) | gold whole | articles/s |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const { set, clusterer, scores: s, perSecond } of rows) {
    console.log(
      `| ${set} | ${clusterer} | ${s.goldClusters} / ${s.predictedClusters} | ${f(s.pairwise.f1)} (${f(s.pairwise.precision)} / ${f(s.pairwise.recall)}) | ${f(s.bcubed.f1)} (${f(s.bcubed.precision)} / ${f(s.bcubed.recall)}) | ${s.goldWhole} | ${Math.round(perSecond)} |`,
    );
  }
}

function accuracy(): void {
  if (!clusteringDataPresent()) {
    console.log(
      'news-clustering data not found (set MULTIPOLAR_BENCH_DATA); the accuracy table did not run.',
    );
    return;
  }
  const allSides = readAllSides();
  const sets: [string, GoldArticle[]][] = [
    ['NeuS val (tuning), file order', withoutAllSidesStories(readNeus('val'), allSides)],
  ];
  if (!dev) {
    sets.push(
      ['NeuS test, file order', readNeus('test')],
      ['AllSides, dates spread ±36 h', spreadDates(allSides, SPREAD_SEED)],
      ['AllSides, text only', undated(allSides)],
      ['AllSides, story dates', allSides],
    );
  }
  const rows: Row[] = [];
  for (const [set, articles] of sets) {
    const before = baseline(articles);
    rows.push({ set, clusterer: 'before', scores: before.scores, perSecond: before.articlesPerSecond });
    const after = runStream(articles);
    rows.push({ set, clusterer: 'after', scores: after.scores, perSecond: after.articlesPerSecond });
    if (!dev) {
      const streamed = runStream(articles, {}, 'stream');
      rows.push({
        set,
        clusterer: 'after, IDF as it streams',
        scores: streamed.scores,
        perSecond: streamed.articlesPerSecond,
      });
    }
  }
  printRows(rows);
}

/** Warm speed on one set: each clusterer run REPEATS times, the best run kept, before as the anchor. */
function speed(): void {
  if (!clusteringDataPresent()) return;
  const articles = spreadDates(readAllSides(), SPREAD_SEED);
  const REPEATS = 5;
  let before = 0;
  let after = 0;
  let streamed = 0;
  for (let i = 0; i < REPEATS; i++) {
    before = Math.max(before, baseline(articles).articlesPerSecond);
    after = Math.max(after, runStream(articles).articlesPerSecond);
    streamed = Math.max(streamed, runStream(articles, {}, 'stream').articlesPerSecond);
  }
  console.log(`\nWarm speed on AllSides (spread dates), one core, best of ${REPEATS}:`);
  console.log('| clusterer | articles/s | vs before |');
  console.log('|---|---|---|');
  console.log(`| before | ${Math.round(before)} | 1.00 |`);
  console.log(`| after | ${Math.round(after)} | ${(after / before).toFixed(2)} |`);
  console.log(`| after, IDF as it streams | ${Math.round(streamed)} | ${(streamed / before).toFixed(2)} |`);
}

/**
 * Cost per article as one stream grows: 200k synthetic articles through one StoryStream (streamed
 * IDF), timed in blocks of 10k. Blocks of the same stream share the machine's load more fairly than
 * separate runs minutes apart.
 */
function scaling(): void {
  // One run first so the first block is not charged with the compiler's warm-up.
  runStream(syntheticStream(3_334, 3), {}, 'stream');
  const articles = syntheticStream(66_667, 7);
  const BLOCK = 10_000;
  const stream = new StoryStream();
  const perBlock: number[] = [];
  for (let start = 0; start < articles.length; start += BLOCK) {
    const started = performance.now();
    for (let i = start; i < Math.min(start + BLOCK, articles.length); i++) {
      const a = articles[i]!;
      stream.add({ id: i, title: a.title, text: a.text, published: a.published });
    }
    perBlock.push(((performance.now() - started) * 1000) / Math.min(BLOCK, articles.length - start));
  }
  const { stories } = stream.finish();
  console.log(
    `\nCost per article along one stream of ${articles.length.toLocaleString('en')} synthetic articles (distinct events, 3 articles each, 400 events a day; ${stories.length.toLocaleString('en')} stories found for ${(articles.length / 3).toFixed(0)} events):`,
  );
  console.log('| articles read | µs per article (that block of 10k) | vs first block |');
  console.log('|---|---|---|');
  for (const at of [1, 5, 10, 15, 20]) {
    const us = perBlock[at - 1]!;
    console.log(
      `| ${(at * BLOCK).toLocaleString('en')} | ${us.toFixed(0)} | ${(us / perBlock[0]!).toFixed(2)} |`,
    );
  }
}

const scaleOnly = process.argv.includes('--scale');
if (!scaleOnly) accuracy();
if (!dev) speed();
if (!dev && !process.argv.includes('--no-scale')) scaling();
