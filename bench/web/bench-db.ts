/**
 * The benchmark's database: the scaled demo newsroom served on loopback and ingested through the real
 * pipeline (bench/ingest-run.ts), then regrouped into the generator's own stories. The generator
 * recombines 13 written events, so the clusterer rightly merges its ~900 variants into a few dozen
 * huge stories; a newsroom of this size has hundreds of stories of a handful of articles, and the web
 * benchmark needs that shape. Headlines, counts and related stories are still computed by `recluster`.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { createGazetteer } from '../../src/actors/index.js';
import { loadConfig } from '../../src/config/index.js';
import { scaleUpNewsroom } from '../../src/demo/index.js';
import { createHostLimiter, parseAllowList } from '../../src/net/index.js';
import { type PipelineContext, recluster } from '../../src/pipeline/index.js';
import { type ClusteringArticle, openStore, type Store } from '../../src/storage/index.js';
import type { Cluster } from '../../src/stories/index.js';
import { runIngestBench } from '../ingest-run.js';

/** How big a newsroom to build. */
export interface BenchDbOptions {
  outlets: number;
  articlesPerOutlet: number;
  seed: number;
}

/** What the database holds. */
export interface BenchDb {
  /** The data directory (for MULTIPOLAR_DATA_DIR) and the SQLite file in it. */
  dataDir: string;
  path: string;
  articles: number;
  stories: number;
  /** Seconds spent building it (0 when reused). */
  buildSeconds: number;
  reused: boolean;
}

/** Build the database at a path named for the options under `dir`, or reuse the file there when `reuse`. */
export async function prepareBenchDb(dir: string, opts: BenchDbOptions, reuse: boolean): Promise<BenchDb> {
  // One data directory per newsroom size, so `serve` finds it as MULTIPOLAR_DATA_DIR/multipolar.db.
  const dataDir = path.join(dir, `scaled-${opts.outlets}x${opts.articlesPerOutlet}-seed${opts.seed}`);
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'multipolar.db');
  if (reuse && existsSync(file))
    return { ...(await countRows(file)), dataDir, path: file, buildSeconds: 0, reused: true };
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const started = performance.now();
  process.stderr.write(
    `building ${file}: ${opts.outlets} outlets × ${opts.articlesPerOutlet} articles through the real pipeline…\n`,
  );
  await runIngestBench({ ...opts, sqlitePath: file });
  const store = await openStore({ sqlitePath: file });
  try {
    await regroupByGeneratedStory(store, opts);
  } finally {
    await store.close();
  }
  return {
    ...(await countRows(file)),
    dataDir,
    path: file,
    buildSeconds: (performance.now() - started) / 1000,
    reused: false,
  };
}

async function countRows(file: string): Promise<{ articles: number; stories: number }> {
  const store = await openStore({ sqlitePath: file });
  try {
    return { articles: await store.articles.count(), stories: await store.stories.count() };
  } finally {
    await store.close();
  }
}

/** Re-cluster with the generator's story of each article as the grouping. */
async function regroupByGeneratedStory(store: Store, opts: BenchDbOptions): Promise<void> {
  const scaled = scaleUpNewsroom(opts);
  // Article pages live at /<outlet slug>/<date>/<article slug>.
  const storyOf = new Map(scaled.articles.map((a) => [`${a.outlet}/${a.slug}`, a.story]));
  const all = await store.articles.listForClustering(new Date(0));
  const keyOf = new Map<number, string>();
  for (let i = 0; i < all.length; i += 500) {
    for (const a of await store.articles.getMany(all.slice(i, i + 500).map((r) => r.id))) {
      const parts = new URL(a.url).pathname.split('/').filter(Boolean);
      const key = storyOf.get(`${parts[0]}/${parts.at(-1)}`);
      if (key) keyOf.set(a.id, key);
    }
  }
  const group = (rows: ClusteringArticle[]): Cluster[] => {
    const byKey = new Map<string, ClusteringArticle[]>();
    for (const r of rows) {
      const key = keyOf.get(r.id) ?? `article-${r.id}`;
      byKey.set(key, [...(byKey.get(key) ?? []), r]);
    }
    return [...byKey.values()].map((members) => {
      const sorted = members.sort((a, b) => a.published.getTime() - b.published.getTime() || a.id - b.id);
      return {
        articleIds: sorted.map((m) => m.id),
        firstPublished: sorted[0]!.published,
        lastPublished: sorted.at(-1)!.published,
      };
    });
  };
  const gazetteer = createGazetteer();
  const ctx: PipelineContext = {
    store,
    config: loadConfig({}, {}),
    gazetteer,
    allowList: parseAllowList([]),
    limiter: createHostLimiter({ perHostConcurrency: 1, minDelayMs: 0 }),
    log: pino({ level: 'error' }),
    now: () => new Date(),
  };
  await recluster(ctx, { group });
}
