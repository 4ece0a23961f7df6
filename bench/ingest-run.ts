import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import pino from 'pino';
import { createGazetteer, listActors } from '../src/actors/index.js';
import { loadConfig } from '../src/config/index.js';
import { type DemoOutlet, toNewOutlet } from '../src/demo/index.js';
import { createHostLimiter, parseAllowList } from '../src/net/index.js';
import { type PipelineContext, type Stage, ingestDueFeeds } from '../src/pipeline/index.js';
import { openStore } from '../src/storage/index.js';

/** What one end-to-end ingest run measured. */
export interface IngestBenchResult {
  outlets: number;
  articlesPerOutlet: number;
  dialect: string;
  stored: number;
  /** Entries recognised as already stored (same outlet, same words) and not stored again. */
  duplicates: number;
  skipped: number;
  stories: number;
  seconds: number;
  /** Summed milliseconds per stage. */
  stages: Map<Stage, number>;
}

/** Serve a scaled-up newsroom on loopback and ingest all of it once through the real pipeline. */
export async function runIngestBench(opts: {
  outlets: number;
  articlesPerOutlet: number;
  seed: number;
  sqlitePath: string;
  databaseUrl?: string;
}): Promise<IngestBenchResult> {
  const now = new Date();
  const newsroom = await startNewsroomProcess(opts, now);
  const schema = opts.databaseUrl ? `bench_${Date.now()}` : undefined;
  const store = await openStore({ url: opts.databaseUrl, sqlitePath: opts.sqlitePath, schema });
  const stages = new Map<Stage, number>();
  try {
    const gazetteer = createGazetteer();
    await store.actors.upsertMany(listActors(gazetteer));
    const config = loadConfig({}, { feedIntervalMinutes: 30 });
    const ctx: PipelineContext = {
      store,
      config,
      gazetteer,
      allowList: parseAllowList(['127.0.0.1']),
      limiter: createHostLimiter({ perHostConcurrency: 8, minDelayMs: 0 }),
      log: pino({ level: 'error' }),
      now: () => now,
      onStage: (stage, ms) => stages.set(stage, (stages.get(stage) ?? 0) + ms),
    };
    for (const { outlet, url } of newsroom.feeds) {
      const o = await store.outlets.upsert(toNewOutlet(outlet, `${new URL(url).host}/${outlet.slug}`));
      await store.feeds.add(url, o.id);
    }
    const started = performance.now();
    const pass = await ingestDueFeeds(ctx, { all: true, concurrency: 4 });
    const seconds = (performance.now() - started) / 1000;
    return {
      outlets: opts.outlets,
      articlesPerOutlet: opts.articlesPerOutlet,
      dialect: store.dialect,
      stored: pass.stored,
      duplicates: pass.feeds.reduce((n, f) => n + f.duplicates, 0),
      skipped: pass.feeds.reduce((n, f) => n + f.skipped.length, 0),
      stories: pass.clustering?.stories ?? 0,
      seconds,
      stages,
    };
  } finally {
    await newsroom.close();
    await store.close();
  }
}

/** Start the newsroom in a child process and wait for its address. */
async function startNewsroomProcess(
  opts: { outlets: number; articlesPerOutlet: number; seed: number },
  now: Date,
): Promise<{ feeds: { outlet: DemoOutlet; url: string }[]; close(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./newsroom-process.ts', import.meta.url).pathname, String(opts.outlets), String(opts.articlesPerOutlet), String(opts.seed), now.toISOString()],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const { feeds } = JSON.parse(line) as { feeds: { outlet: DemoOutlet; url: string }[] };
  return {
    feeds,
    async close() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
