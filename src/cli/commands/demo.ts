import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Config } from '../../config/index.js';
import { type DemoNewsroom, demoOutlets, startDemoNewsroom, toNewOutlet } from '../../demo/index.js';
import { createJobRunner, startScheduler } from '../../jobs/index.js';
import { ingestDueFeeds } from '../../pipeline/index.js';
import { startProgress } from '../progress.js';
import { issueAllLetters, newsletterJobHandlers } from './newsletter.js';
import { reservePort } from '../reserve-port.js';
import { openRuntime } from '../runtime.js';
import { serveSite } from '../site.js';
import { parseOptions, portOption, waitForShutdown } from './shared.js';

/** A running demo: newsroom, pipeline and site. */
export interface RunningDemo {
  url: string;
  newsroom: DemoNewsroom;
  articles: number;
  stories: number;
  close(): Promise<void>;
}

/** Where the demo keeps its newsroom: its own SQLite file, recreated on every run. */
export function demoDatabasePath(config: Readonly<Config>): string {
  return path.join(config.dataDir, 'demo.db');
}

/**
 * Start the fictional newsroom on loopback, ingest it through the real pipeline into a fresh SQLite
 * file, and serve the site. The newsroom's address is allow-listed for this run only.
 *
 * The demo never touches a configured database (DATABASE_URL): it starts from scratch each run, so
 * it uses its own file. The site's port is taken first, so a port in use stops the demo before the
 * previous demo.db is deleted.
 */
export async function startDemo(
  config: Readonly<Config>,
  opts: { port: number; host: string; quiet?: boolean },
): Promise<RunningDemo> {
  const reserved = await reservePort(opts.host, opts.port, 'demo');
  let newsroom: DemoNewsroom;
  try {
    newsroom = await startDemoNewsroom({ port: 0, now: new Date() });
  } catch (err) {
    await reserved.release();
    throw err;
  }
  const sqlitePath = demoDatabasePath(config);
  let rt: Awaited<ReturnType<typeof openRuntime>>;
  try {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqlitePath}${suffix}`, { force: true });
    rt = await openRuntime(
      { ...config, databaseUrl: null, databaseSchema: null },
      { defaultLogLevel: 'warn', sqlitePath, extraAllowedHosts: ['127.0.0.1'] },
    );
  } catch (err) {
    await Promise.all([reserved.release(), newsroom.close()]);
    throw err;
  }
  try {
    for (const { outlet, url } of newsroom.feedUrls) {
      const stored = await rt.store.outlets.upsert(
        toNewOutlet(outlet, `${new URL(url).host}/${outlet.slug}`, new URL(`/${outlet.slug}/`, url).href),
      );
      await rt.store.feeds.add(url, stored.id);
    }
    const progress = opts.quiet ? null : startProgress('Ingesting the demo newsroom', demoOutlets.length);
    const pass = await ingestDueFeeds(rt.ctx, { all: true, onFeedDone: (_r, done) => progress?.tick(done) });
    progress?.finish(`${pass.stored} articles, ${pass.clustering?.stories ?? 0} stories`);
    await reserved.release();
    const site = await serveSite(rt, { host: opts.host, port: opts.port, demo: true });
    // The letters archive shows one issue of each list, composed from the first pass.
    await issueAllLetters(rt, (config.publicUrl ?? site.url).replace(/\/+$/, ''), new Date()).catch((err) =>
      rt.log.warn({ err }, 'issuing the demo letters failed; the archive stays empty'),
    );
    // After the first direct pass, the demo keeps polling its newsroom like `serve` does: one process, all roles.
    const runner = createJobRunner(rt.ctx, { concurrency: 4, handlers: newsletterJobHandlers });
    const scheduler = startScheduler(rt.ctx, { everyMs: 60_000, onEnqueued: runner.wake });
    return {
      url: site.url,
      newsroom,
      articles: pass.stored,
      stories: pass.clustering?.stories ?? 0,
      async close() {
        await scheduler.stop();
        await runner.stop();
        await site.close();
        await newsroom.close();
        await rt.close();
      },
    };
  } catch (err) {
    await reserved.release();
    await newsroom.close();
    await rt.close();
    throw err;
  }
}

const demoFlags = z.object({ port: portOption, host: z.string().min(1).optional() });

/** `multipolar demo`: the one-minute tour. */
export function registerDemo(program: Command, config: () => Readonly<Config>): void {
  program
    .command('demo')
    .description('start the fictional demo newsroom, ingest it through the pipeline and serve the site')
    .option('-p, --port <port>', 'port for the site (default: PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .action(async (raw: unknown) => {
      const flags = parseOptions(demoFlags, raw);
      const c = config();
      if (c.databaseUrl) {
        process.stderr.write(
          `The demo ignores DATABASE_URL and keeps its newsroom in ${demoDatabasePath(c)}.\n`,
        );
      }
      const demo = await startDemo(c, { port: flags.port ?? c.port, host: flags.host ?? c.host });
      process.stdout.write(
        `\nMultipolar demo: ${demo.stories} stories from ${demo.articles} articles by ${demoOutlets.length} fictional outlets.\n` +
          `Open ${demo.url}\n(Ctrl+C to stop)\n`,
      );
      await waitForShutdown(demo.close);
    });
}
