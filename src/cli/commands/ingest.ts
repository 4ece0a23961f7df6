import type { Command } from 'commander';
import type { Config } from '../../config/index.js';
import { ingestDueFeeds } from '../../pipeline/index.js';
import { startProgress } from '../progress.js';
import { openRuntime } from '../runtime.js';

/** `multipolar ingest`: one pass over all due feeds. */
export function registerIngest(program: Command, config: () => Readonly<Config>): void {
  program
    .command('ingest')
    .description('one pass over all due feeds (or all feeds with --all), then re-cluster stories')
    .option('--all', 'fetch every feed, due or not')
    .action(async (raw: { all?: boolean }) => {
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        const total = raw.all
          ? (await rt.store.feeds.list()).length
          : (await rt.store.feeds.due(rt.ctx.now(), 10_000)).length;
        const progress = startProgress('Ingesting', total);
        const pass = await ingestDueFeeds(rt.ctx, {
          all: raw.all,
          onFeedDone: (_r, done) => progress.tick(done),
        });
        progress.finish(`${pass.stored} new articles`);
        const failed = pass.feeds.filter((f) => f.status === 'failed');
        for (const f of failed) process.stderr.write(`feed failed: ${f.url}: ${f.error}\n`);
        process.stdout.write(
          `${pass.feeds.length} feeds, ${pass.stored} new articles, ${failed.length} failed, ${pass.clustering?.stories ?? 'no'} stories re-clustered\n`,
        );
        if (failed.length > 0 && failed.length === pass.feeds.length) process.exitCode = 1;
      } finally {
        await rt.close();
      }
    });
}
