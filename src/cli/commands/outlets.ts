import type { Command } from 'commander';
import { z } from 'zod';
import type { Config } from '../../config/index.js';
import { AppError, type Outlet, UNKNOWN } from '../../domain/index.js';
import { outletBySlug } from '../../pipeline/index.js';
import { openRuntime } from '../runtime.js';
import { countryFlag, genreFlag, languageFlag, nameFlag, ownershipFlag } from './outlet-flags.js';
import { parseOptions } from './shared.js';

const setFlags = z
  .object({
    name: nameFlag.optional(),
    country: countryFlag.optional(),
    ownership: ownershipFlag.optional(),
    genre: genreFlag.optional(),
    language: languageFlag.optional(),
    fullText: z
      .enum(['on', 'off'], { message: '--full-text takes on or off' })
      .transform((v) => v === 'on')
      .optional(),
    json: z.boolean().optional(),
  })
  .refine((f) => Object.entries(f).some(([k, v]) => k !== 'json' && v !== undefined), {
    message: 'give at least one of --name, --country, --ownership, --genre, --language, --full-text',
  });

const slugArg = z.string().regex(/^[a-z0-9-]{1,80}$/, 'an outlet slug (see multipolar outlets list)');

/** `multipolar outlets list|show|set`. */
export function registerOutlets(program: Command, config: () => Readonly<Config>): void {
  const outlets = program
    .command('outlets')
    .description('see and correct the outlets Multipolar files articles under');
  outlets
    .command('list')
    .description('list the outlets with country, ownership and article count')
    .option('--json', 'print JSON')
    .action(async (raw: { json?: boolean }) => {
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        const rows = await rt.store.outlets.list();
        if (raw.json) {
          process.stdout.write(`${JSON.stringify(rows.map(toJson), null, 2)}\n`);
          return;
        }
        if (rows.length === 0)
          process.stdout.write('No outlets yet. Add a feed with: multipolar sources add <feed-url>\n');
        for (const o of rows) {
          process.stdout.write(
            `${o.slug}\t${o.name}\t${rated(o.country)}\t${rated(o.ownership)}\t${o.genre}\t${o.articleCount} articles\n`,
          );
        }
      } finally {
        await rt.close();
      }
    });
  outlets
    .command('show <slug>')
    .description("one outlet's details")
    .option('--json', 'print JSON')
    .action(async (slug: string, raw: { json?: boolean }) => {
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        const outlet = await outletBySlug(rt.ctx, parseOptions(slugArg, slug));
        if (!outlet) throw noSuchOutlet(slug);
        print(outlet, raw.json === true);
      } finally {
        await rt.close();
      }
    });
  outlets
    .command('set <slug>')
    .description("correct an outlet's details; stories already stored are regrouped")
    .option('--name <name>', "the outlet's name")
    .option('--country <code>', 'ISO 3166 alpha-2 country code (e.g. GB)')
    .option('--ownership <kind>', 'state | state-backed | public | private | independent')
    .option('--genre <genre>', 'broadcaster | newspaper | wire | business | magazine | online')
    .option('--language <code>', 'primary language, e.g. en')
    .option(
      '--full-text <on|off>',
      'on only for openly licensed outlets: the site then shows their articles whole',
    )
    .option('--json', 'print the outlet as JSON')
    .action(async (slug: string, raw: unknown) => {
      const { json, ...changes } = parseOptions(setFlags, raw);
      const valid = parseOptions(slugArg, slug);
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        // A registry outlet not yet seen is stored first, so an editor can rate it before any feed.
        if (!(await outletBySlug(rt.ctx, valid))) throw noSuchOutlet(slug);
        const updated = await rt.store.outlets.update(valid, changes);
        if (!updated) throw noSuchOutlet(slug);
        print(updated, json === true);
      } finally {
        await rt.close();
      }
    });
}

function toJson(o: Outlet & { articleCount?: number }) {
  return {
    slug: o.slug,
    name: o.name,
    domain: o.domain,
    country: o.country,
    language: o.language,
    ownership: o.ownership,
    genre: o.genre,
    fullText: o.fullText,
    homepage: o.homepage,
    notes: o.notes,
    ...(o.articleCount !== undefined ? { articleCount: o.articleCount } : {}),
  };
}

function print(o: Outlet, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(toJson(o), null, 2)}\n`);
    return;
  }
  process.stdout.write(
    [
      `${o.name} (${o.slug})`,
      `  domain     ${o.domain}`,
      `  country    ${rated(o.country)}`,
      `  ownership  ${rated(o.ownership)}`,
      `  genre      ${o.genre}`,
      `  language   ${o.language}`,
      `  full text  ${o.fullText ? 'shown (openly licensed)' : 'excerpt and link'}`,
      ...(o.homepage ? [`  homepage   ${o.homepage}`] : []),
      ...(o.notes ? [`  notes      ${o.notes}`] : []),
      '',
    ].join('\n'),
  );
}

function rated(value: string): string {
  return value === UNKNOWN ? 'unrated' : value;
}

function noSuchOutlet(slug: string): AppError {
  return new AppError(
    'not-found',
    `there is no outlet "${slug}". See the outlets with: multipolar outlets list`,
  );
}
