import type { Command } from 'commander';
import { z } from 'zod';
import type { Config } from '../../config/index.js';
import { AppError, type Ownership } from '../../domain/index.js';
import { addSource } from '../../pipeline/index.js';
import { openRuntime } from '../runtime.js';
import { parseOptions } from './shared.js';

const addFlags = z.object({
  name: z.string().min(1).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'a two-letter ISO country code')
    .transform((c) => c.toUpperCase())
    .optional(),
  ownership: z
    .enum(['state', 'state-backed', 'public', 'private', 'independent'] satisfies Ownership[])
    .optional(),
});

/** `multipolar sources add|list`. */
export function registerSources(program: Command, config: () => Readonly<Config>): void {
  const sources = program.command('sources').description('manage the feeds Multipolar follows');
  sources
    .command('add <feed-url>')
    .description('subscribe to a feed (or a page that links to one); it is fetched once to check it parses')
    .option('--name <name>', "the outlet's name (default: the feed's title)")
    .option('--country <code>', "the outlet's country, ISO 3166 alpha-2 (e.g. GB)")
    .option('--ownership <kind>', 'state | state-backed | public | private | independent')
    .action(async (url: string, raw: unknown) => {
      const flags = parseOptions(addFlags, raw);
      if (!/^https?:\/\//i.test(url)) throw new AppError('bad-input', `not an http(s) URL: ${url}`);
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        const added = await addSource(rt.ctx, url, flags);
        if (!added.ok) throw new AppError('unparseable', added.error);
        const { feed, outlet: owner, discoveredFrom } = added.value;
        process.stdout.write(
          `Added feed #${feed.id} ${feed.url} for ${owner.name}${discoveredFrom ? ` (found on ${discoveredFrom})` : ''}\n`,
        );
      } finally {
        await rt.close();
      }
    });
  sources
    .command('list')
    .description('list the feeds with their state')
    .option('--json', 'print JSON')
    .action(async (raw: { json?: boolean }) => {
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        const feeds = await rt.store.feeds.list();
        const givenUp = await rt.store.feeds.permanentSkipCounts();
        if (raw.json) {
          const rows = feeds.map((f) => ({ ...f, skippedEntries: givenUp.get(f.id) ?? 0 }));
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        if (feeds.length === 0)
          process.stdout.write('No feeds yet. Add one with: multipolar sources add <feed-url>\n');
        for (const f of feeds) {
          const state = f.lastError
            ? `failing ×${f.failures}: ${f.lastError}`
            : f.lastCheckedAt
              ? 'ok'
              : 'not fetched yet';
          const skipped = givenUp.get(f.id);
          const note = skipped ? ` (${skipped} ${skipped === 1 ? 'entry' : 'entries'} skipped for good)` : '';
          process.stdout.write(`#${f.id}\t${f.url}\t${f.title ?? ''}\t${state}${note}\n`);
        }
      } finally {
        await rt.close();
      }
    });
}
