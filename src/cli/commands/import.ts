import type { Command } from 'commander';
import type { Config } from '../../config/index.js';
import { type ImportedPage, importPage, recluster } from '../../pipeline/index.js';
import { AppError } from '../../domain/index.js';
import { parseHttpUrl } from '../../lib/index.js';
import { openRuntime } from '../runtime.js';

/** The JSON shape `import --json` prints for each page (one object per line). */
export function pageToJson(page: ImportedPage) {
  const a = page.article;
  const actors = new Map<string, { name: string; kind: string; mentions: number }>();
  for (const m of page.mentions) {
    const entry = actors.get(m.actorId) ?? { name: m.name, kind: m.kind, mentions: 0 };
    entry.mentions++;
    actors.set(m.actorId, entry);
  }
  return {
    title: a.title,
    standfirst: a.standfirst,
    byline: a.byline,
    published: a.published?.toISOString() ?? null,
    url: a.canonicalUrl ?? (page.source.startsWith('http') ? page.source : null),
    image: { url: a.image?.url ?? null, caption: a.image?.caption ?? null, credit: a.image?.credit ?? null },
    body: a.bodyText,
    outlet: { name: page.outlet.name, country: page.outlet.country, ownership: page.outlet.ownership },
    quotes: page.quotes.map((q) => ({ speaker: q.speaker, cue: q.cue, text: q.text, kind: q.kind })),
    actors: [...actors.values()].sort((x, y) => y.mentions - x.mentions),
    placement: page.placement,
  };
}

/** `multipolar import <file-or-url>… [--json]`. */
export function registerImport(program: Command, config: () => Readonly<Config>): void {
  program
    .command('import <sources...>')
    .description('ingest HTML or plain-text pages from files or URLs')
    .option('--json', 'print each analysed article as one JSON object per line')
    .option('--dry-run', 'analyse only; store nothing')
    .option('--url <original-url>', "the page's original address, for one saved file: it names the outlet")
    .action(async (sources: string[], raw: { json?: boolean; dryRun?: boolean; url?: string }) => {
      if (raw.url !== undefined && (sources.length !== 1 || !parseHttpUrl(raw.url))) {
        throw new AppError('bad-input', '--url takes one http(s) address and goes with exactly one file');
      }
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      let failures = 0;
      let stored = 0;
      try {
        for (const source of sources) {
          const result = await importPage(rt.ctx, source, {
            store: !raw.dryRun,
            ...(raw.url ? { url: raw.url } : {}),
          });
          if (!result.ok) {
            failures++;
            process.stderr.write(`multipolar import: ${source}: ${result.failure.error}\n`);
            continue;
          }
          const { page } = result;
          if (page.stored?.status === 'stored') stored++;
          if (raw.json) process.stdout.write(`${JSON.stringify(pageToJson(page))}\n`);
          else {
            const what = page.stored
              ? page.stored.status === 'duplicate'
                ? 'already stored'
                : page.stored.status
              : 'analysed';
            process.stdout.write(
              `${source}: ${what}: “${page.article.title ?? '(untitled)'}”, ${page.quotes.length} quotes\n`,
            );
            process.stdout.write(`  ${page.placement.note}\n`);
          }
        }
        if (stored > 0) await recluster(rt.ctx);
      } finally {
        await rt.close();
      }
      if (failures > 0) process.exitCode = 1;
    });
}
