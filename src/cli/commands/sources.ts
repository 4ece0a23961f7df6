import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Config } from '../../config/index.js';
import { AppError } from '../../domain/index.js';
import { presetPath } from '../../feeds/index.js';
import {
  addSource,
  checkSources,
  exportSources,
  importSources,
  type SourceCheck,
} from '../../pipeline/index.js';
import type { Store } from '../../storage/index.js';
import { openRuntime } from '../runtime.js';
import { countryFlag, nameFlag, ownershipFlag } from './outlet-flags.js';
import { parseOptions } from './shared.js';

const addFlags = z.object({
  name: nameFlag.optional(),
  country: countryFlag.optional(),
  ownership: ownershipFlag.optional(),
  outlet: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'an outlet slug (see multipolar outlets list)')
    .optional(),
});

const importFlags = z.object({
  preset: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'a preset name such as world')
    .optional(),
});

// An OPML file bigger than this is refused before it is parsed: thousands of feeds fit in far less.
const MAX_OPML_BYTES = 5 * 1024 * 1024;

/** `multipolar sources add|list|remove|import|export`. */
export function registerSources(program: Command, config: () => Readonly<Config>): void {
  const sources = program.command('sources').description('manage the feeds Multipolar follows');
  sources
    .command('add <feed-url>')
    .description('subscribe to a feed (or a page that links to one); it is fetched once to check it parses')
    .option('--name <name>', "the outlet's name, for an outlet not yet known (default: the feed's title)")
    .option('--country <code>', "the outlet's country, ISO 3166 alpha-2 (e.g. GB)")
    .option('--ownership <kind>', 'state | state-backed | public | private | independent')
    .option('--outlet <slug>', 'file the feed under this outlet (for feeds on a shared feed-hosting service)')
    .action(async (url: string, raw: unknown) => {
      const { outlet, ...details } = parseOptions(addFlags, raw);
      if (!/^https?:\/\//i.test(url)) throw new AppError('bad-input', `not an http(s) URL: ${url}`);
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        const added = await addSource(rt.ctx, url, details, outlet ? { outletSlug: outlet } : {});
        if (!added.ok)
          throw new AppError(added.kind === 'unreadable' ? 'unparseable' : 'bad-input', added.error);
        const { feed, outlet: owner, discoveredFrom } = added.value;
        process.stdout.write(
          `Added feed #${feed.id} ${feed.url} for ${owner.name} (${owner.slug})${discoveredFrom ? ` (found on ${discoveredFrom})` : ''}\n`,
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
  sources
    .command('check')
    .description(
      'fetch every followed feed once and show status, item count and newest item (changes nothing)',
    )
    .option('--json', 'print one JSON object per feed')
    .action(async (raw: { json?: boolean }) => {
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        const checks = await checkSources(rt.ctx);
        if (raw.json) {
          for (const c of checks) process.stdout.write(`${JSON.stringify(checkToJson(c))}\n`);
          return;
        }
        if (checks.length === 0) {
          process.stdout.write('No feeds yet. Add one with: multipolar sources add <feed-url>\n');
          return;
        }
        process.stdout.write(checkTable(checks));
      } finally {
        await rt.close();
      }
    });
  sources
    .command('remove <feed>')
    .description(
      'stop following a feed (by URL or #id); its stored articles stay with their outlet unless --purge',
    )
    .option('--purge', 'also delete the articles stored from this feed')
    .action(async (which: string, raw: { purge?: boolean }) => {
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        const feed = await findFeed(rt.store, which);
        const removed = feed ? await rt.store.feeds.remove(feed.id, { purge: raw.purge === true }) : null;
        if (!feed || !removed) {
          throw new AppError('not-found', `no feed ${which}. See the feeds with: multipolar sources list`);
        }
        const kept = raw.purge
          ? `; ${removed.purged} stored articles deleted`
          : '; its stored articles are kept';
        process.stdout.write(`Removed feed #${feed.id} ${feed.url}${kept}\n`);
      } finally {
        await rt.close();
      }
    });
  sources
    .command('import [file]')
    .description('follow every feed of an OPML file (nothing is fetched now; the next ingest reads them)')
    .option('--preset <name>', 'import a list shipped with Multipolar instead of a file (e.g. world)')
    .action(async (file: string | undefined, raw: unknown) => {
      const { preset } = parseOptions(importFlags, raw);
      if ((file === undefined) === (preset === undefined)) {
        throw new AppError('bad-input', 'give an OPML file or --preset <name>, not both and not neither');
      }
      const text = await readOpml(preset ? presetPath(preset) : file!, preset);
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        const done = await importSources(rt.ctx, text);
        if (!done.ok) throw new AppError('bad-input', done.error);
        const { added, alreadyFollowed, skipped } = done.value;
        process.stdout.write(
          `Imported ${added} new ${added === 1 ? 'feed' : 'feeds'}; ${alreadyFollowed} already followed; ${skipped.length} skipped.\n`,
        );
        for (const s of skipped.slice(0, 20))
          process.stdout.write(`  skipped ${s.title ?? '(untitled)'}: ${s.reason}\n`);
        if (skipped.length > 20) process.stdout.write(`  … and ${skipped.length - 20} more skipped\n`);
        if (added > 0) process.stdout.write('They are fetched on the next run of: multipolar ingest\n');
      } finally {
        await rt.close();
      }
    });
  sources
    .command('export')
    .description('write the followed feeds as OPML 2.0, with their outlets, to stdout or a file')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (raw: { output?: string }) => {
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      let text: string;
      try {
        text = await exportSources(rt.store);
      } finally {
        await rt.close();
      }
      if (raw.output) {
        try {
          await writeFile(raw.output, text, 'utf8');
        } catch (err) {
          throw new AppError(
            'bad-input',
            `cannot write ${raw.output}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
          );
        }
      } else process.stdout.write(text);
    });
}

async function findFeed(store: Store, which: string) {
  const id = /^#?(\d+)$/.exec(which)?.[1];
  if (id !== undefined) return store.feeds.get(Number(id));
  return store.feeds.getByUrl(which);
}

async function readOpml(file: string, preset: string | undefined): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (preset && code === 'ENOENT') throw new AppError('bad-input', `there is no preset "${preset}"`);
    throw new AppError(
      'bad-input',
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'error')}`,
    );
  }
  if (bytes.length > MAX_OPML_BYTES) {
    throw new AppError(
      'too-large',
      `${file} is ${Math.round(bytes.length / 1024 / 1024)} MB; an OPML file may be at most 5 MB`,
    );
  }
  return bytes.toString('utf8');
}

function checkToJson(c: SourceCheck) {
  return { ...c, lastItem: c.lastItem?.toISOString() ?? null };
}

/** The checks as an aligned table with a count of the feeds that answered with a feed. */
function checkTable(checks: SourceCheck[]): string {
  const rows = [
    ['feed', 'outlet', 'status', 'items', 'last item'],
    ...checks.map((c) => [
      c.url,
      c.outlet ?? '—',
      c.status,
      c.items === null ? '—' : String(c.items),
      c.lastItem ? c.lastItem.toISOString().slice(0, 16).replace('T', ' ') : '—',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  const ok = checks.filter((c) => c.ok).length;
  return `${lines.join('\n')}\n\n${ok} of ${checks.length} feeds answered with a feed.\n`;
}
