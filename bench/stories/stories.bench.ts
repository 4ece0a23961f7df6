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

/** Articles per second of `run` over `n` articles, by the wall clock and by this process's CPU time. */
function rates(n: number, run: () => void): { wall: number; cpu: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: (n / (performance.now() - started)) * 1000, cpu: (n / (used.user + used.system)) * 1e6 };
}

/**
 * Warm speed on one set: the three clusterers in turn, REPEATS rounds, each one's best kept, the old
 * clusterer as the anchor. CPU time (one thread) is inflated less than the wall clock when the
 * machine is shared; the ratios to "before" are the figures to compare across runs.
 */
function speed(): void {
  if (!clusteringDataPresent()) return;
  const articles = spreadDates(readAllSides(), SPREAD_SEED);
  const REPEATS = 5;
  const best = { before: { wall: 0, cpu: 0 }, after: { wall: 0, cpu: 0 }, streamed: { wall: 0, cpu: 0 } };
  const keep = (k: keyof typeof best, r: { wall: number; cpu: number }) => {
    best[k] = { wall: Math.max(best[k].wall, r.wall), cpu: Math.max(best[k].cpu, r.cpu) };
  };
  for (let i = 0; i < REPEATS; i++) {
    keep(
      'before',
      rates(articles.length, () => baseline(articles)),
    );
    keep(
      'after',
      rates(articles.length, () => runStream(articles)),
    );
    keep(
      'streamed',
      rates(articles.length, () => runStream(articles, {}, 'stream')),
    );
  }
  console.log(`\nWarm speed on AllSides (spread dates), one thread, best of ${REPEATS}:`);
  console.log('| clusterer | articles/s, wall | vs before | articles/s, CPU time | vs before |');
  console.log('|---|---|---|---|---|');
  for (const [name, k] of [
    ['before', 'before'],
    ['after', 'after'],
    ['after, IDF as it streams', 'streamed'],
  ] as const) {
    const r = best[k];
    console.log(
      `| ${name} | ${Math.round(r.wall)} | ${(r.wall / best.before.wall).toFixed(2)} | ${Math.round(r.cpu)} | ${(r.cpu / best.before.cpu).toFixed(2)} |`,
    );
  }
}

/**
 * Cost per article as one stream grows: 200k synthetic articles through one StoryStream (streamed
 * IDF), timed in blocks of 10k, by the wall clock and by the process's CPU time (which a loaded
 * machine inflates less). Blocks of the same stream share the machine's load more fairly than
 * separate runs minutes apart. What the stream holds is printed beside, to show it stays bounded.
 */
function scaling(): void {
  // One run first so the first block is not charged with the compiler's warm-up.
  runStream(syntheticStream(3_334, 3), {}, 'stream');
  const articles = syntheticStream(66_667, 7).slice(0, 200_000);
  const BLOCK = 10_000;
  // Each block's figure is the median of its ten sub-blocks of 1k: a burst of load on the shared
  // machine then moves one sub-block, not the block.
  const SUB = 1_000;
  const stream = new StoryStream();
  const rows: { wall: number; cpu: number; held: ReturnType<StoryStream['held']> }[] = [];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (let start = 0; start < articles.length; start += BLOCK) {
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let sub = start; sub < start + BLOCK; sub += SUB) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      for (let i = sub; i < sub + SUB; i++) {
        const a = articles[i]!;
        stream.add({ id: i, title: a.title, text: a.text, published: a.published });
      }
      const used = process.cpuUsage(cpu);
      walls.push(((performance.now() - started) * 1000) / SUB);
      cpus.push((used.user + used.system) / SUB);
    }
    rows.push({ wall: median(walls), cpu: median(cpus), held: stream.held() });
  }
  const { stories } = stream.finish();
  console.log(
    `\nCost per article along one stream of ${articles.length.toLocaleString('en')} synthetic articles (distinct events, 3 articles each, 400 events a day, so stories start closing after about 4,800 articles; ${stories.length.toLocaleString('en')} stories found for ${(articles.length / 3).toFixed(0)} events); each block: the median of its ten 1k sub-blocks:`,
  );
  console.log(
    '| articles read | µs/article, wall | vs 2nd block | µs/article, CPU | vs 2nd block | open stories | vocabulary | indexed terms |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  // The first block is cheaper by construction (nothing closes or merges before the window is full).
  const steady = rows[1]!;
  rows.forEach(({ wall, cpu, held }, i) => {
    console.log(
      `| ${((i + 1) * BLOCK).toLocaleString('en')} | ${wall.toFixed(0)} | ${(wall / steady.wall).toFixed(2)} | ${cpu.toFixed(0)} | ${(cpu / steady.cpu).toFixed(2)} | ${held.openStories} | ${held.vocabulary.toLocaleString('en')} | ${held.indexedTerms.toLocaleString('en')} |`,
    );
  });
}

const scaleOnly = process.argv.includes('--scale');
if (!scaleOnly) accuracy();
if (!dev) speed();
if (!dev && !process.argv.includes('--no-scale')) scaling();
