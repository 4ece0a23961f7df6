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

function scaling(): void {
  // One run first so the table does not charge the 10k row with the compiler's warm-up.
  runStream(syntheticStream(3_334, 3), {}, 'stream');
  console.log(
    '\nCost per article on synthetic streams of distinct events (3 articles each, 400 events a day):',
  );
  console.log('| articles | stories found / gold | BCubed F1 | µs per article | vs 10k |');
  console.log('|---|---|---|---|---|');
  let anchor = 0;
  for (const events of [3_334, 16_667, 33_334, 66_667]) {
    const articles = syntheticStream(events, 7);
    const run = runStream(articles, {}, 'stream');
    const us = 1e6 / run.articlesPerSecond;
    if (anchor === 0) anchor = us;
    console.log(
      `| ${articles.length.toLocaleString('en')} | ${run.scores.predictedClusters} / ${run.scores.goldClusters} | ${f(run.scores.bcubed.f1)} | ${us.toFixed(0)} | ${(us / anchor).toFixed(2)} |`,
    );
  }
}

const scaleOnly = process.argv.includes('--scale');
if (!scaleOnly) accuracy();
if (!dev) speed();
if (!dev && !process.argv.includes('--no-scale')) scaling();
