import { z } from 'zod';
import { outletRegistry } from '../actors/index.js';
import { type NewOutlet, OUTLET_GENRES, type Outlet, RATED_OWNERSHIPS, UNKNOWN } from '../domain/index.js';
import { type OpmlFeed, type OpmlSkipped, parseOpml, writeOpml } from '../feeds/index.js';
import { hostOf } from '../lib/index.js';
import type { Store } from '../storage/index.js';
import type { PipelineContext } from './context.js';
import { type OutletDetails, outletFromRegistry } from './new-outlet.js';
import { conflictMessage, contradictions, outletForFeed } from './source-outlet.js';

/** What an OPML import did. */
export interface SourcesImport {
  added: number;
  /** Feeds already followed (left as they are). */
  alreadyFollowed: number;
  /** Outlines not imported, with the reason. */
  skipped: OpmlSkipped[];
}

const outletAttributes = z.object({
  outlet: z
    .string()
    .regex(
      /^outlet:[a-z0-9][a-z0-9-]{0,79}$/,
      'an outlet id like outlet:bbc (lower-case letters, digits, hyphens)',
    ),
  name: z.string().trim().min(1).max(200).optional(),
  country: z
    .string()
    .regex(/^([A-Z]{2}|unknown)$/, 'a two-letter ISO country code in capitals, or unknown')
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'a two- or three-letter language code')
    .optional(),
  ownership: z.enum([...RATED_OWNERSHIPS, UNKNOWN]).optional(),
  genre: z.enum(OUTLET_GENRES).optional(),
  domain: z
    .string()
    .regex(/^[a-z0-9.-]{1,253}(:\d{1,5})?$/, 'a host name')
    .optional(),
});

type OutletAttributes = z.infer<typeof outletAttributes>;

interface Planned {
  feed: OpmlFeed;
  outlet: OutletAttributes | null;
}

/**
 * Follow every feed of an OPML list without fetching any (the next ingest finds broken ones).
 * Everything is checked before anything is written: a malformed outlet attribute, two entries that
 * disagree about one outlet, or details that contradict a stored outlet refuse the whole file.
 * Writes are insert-or-skip, so an import run twice, or beside another, adds each feed once.
 */
export async function importSources(
  ctx: PipelineContext,
  text: string,
): Promise<{ ok: true; value: SourcesImport } | { ok: false; error: string }> {
  const parsed = parseOpml(text);
  if (!parsed.ok) return parsed;
  const planned = validate(parsed.value.feeds);
  if (!planned.ok) return planned;
  const refused = await checkAgainstStore(ctx.store, planned.value);
  if (refused) return { ok: false, error: refused };
  let added = 0;
  let alreadyFollowed = 0;
  const skipped = [...parsed.value.skipped];
  for (const { feed, outlet } of planned.value) {
    // A feed already followed keeps its outlet; nothing is created for it.
    if (await ctx.store.feeds.getByUrl(feed.url)) {
      alreadyFollowed++;
      continue;
    }
    const owner = outlet
      ? await namedOutlet(ctx, feed, outlet)
      : await outletForFeed(ctx, feed.url, {}, { fallbackName: feed.title });
    if (!owner.ok) {
      skipped.push({ title: feed.title, reason: owner.error });
      continue;
    }
    await ctx.store.feeds.add(feed.url, owner.value.id);
    added++;
  }
  return { ok: true, value: { added, alreadyFollowed, skipped } };
}

/** Every followed feed as OPML 2.0, with its outlet's slug, name, country, language, ownership, genre and domain. */
export async function exportSources(store: Store): Promise<string> {
  const feeds = await store.feeds.list();
  const outlets = new Map((await store.outlets.list()).map((o) => [o.id, o]));
  const entries: OpmlFeed[] = feeds.map((feed) => {
    const outlet = feed.outletId === null ? undefined : outlets.get(feed.outletId);
    return {
      title: feed.title ?? outlet?.name ?? null,
      url: feed.url,
      htmlUrl: outlet?.homepage ?? null,
      outlet: outlet
        ? {
            outlet: `outlet:${outlet.slug}`,
            name: outlet.name,
            country: outlet.country,
            language: outlet.language,
            ownership: outlet.ownership,
            genre: outlet.genre,
            domain: outlet.domain,
          }
        : null,
    };
  });
  return writeOpml(entries, 'Multipolar sources');
}

function validate(feeds: readonly OpmlFeed[]): { ok: true; value: Planned[] } | { ok: false; error: string } {
  const problems: string[] = [];
  const bySlug = new Map<string, { attrs: OutletAttributes; url: string }>();
  const planned = feeds.map((feed, i): Planned => {
    if (feed.outlet === null) return { feed, outlet: null };
    const checked = outletAttributes.safeParse(feed.outlet);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const key = String(issue?.path[0] ?? 'outlet');
      const value = (feed.outlet as Record<string, string | undefined>)[key];
      problems.push(
        `feed ${i + 1} (${feed.url}): mp:${key}${value === undefined ? ' is missing' : ` "${value.slice(0, 60)}"`} — expected ${issue?.message ?? 'a valid value'}`,
      );
      return { feed, outlet: null };
    }
    const attrs = checked.data;
    const first = bySlug.get(attrs.outlet);
    if (!first) bySlug.set(attrs.outlet, { attrs, url: feed.url });
    else {
      const differs = (['name', 'country', 'language', 'ownership', 'genre'] as const).filter(
        (k) => attrs[k] !== undefined && first.attrs[k] !== undefined && attrs[k] !== first.attrs[k],
      );
      if (differs.length > 0) {
        problems.push(
          `feed ${i + 1} (${feed.url}) says ${attrs.outlet} has ${differs.map((k) => `${k} "${attrs[k]}"`).join(', ')}, but ${first.url} says ${differs.map((k) => `"${first.attrs[k]}"`).join(', ')}`,
        );
      }
    }
    return { feed, outlet: attrs };
  });
  if (problems.length === 0) return { ok: true, value: planned };
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return { ok: false, error: `Nothing was imported: ${problems.slice(0, 5).join('; ')}${more}.` };
}

// Read-only: every named outlet is held against the stored (or registry) outlet of that slug.
async function checkAgainstStore(store: Store, planned: readonly Planned[]): Promise<string | null> {
  const seen = new Set<string>();
  for (const { feed, outlet } of planned) {
    if (!outlet || seen.has(outlet.outlet)) continue;
    seen.add(outlet.outlet);
    const slug = outlet.outlet.slice('outlet:'.length);
    const stored = await store.outlets.getBySlug(slug);
    const registered = outletRegistry().bySlug(slug);
    const existing: Outlet | null =
      stored ?? (registered ? { id: 0, ...outletFromRegistry(registered) } : null);
    if (existing && contradictions(existing, detailsOf(outlet)).length > 0) {
      return `Nothing was imported: ${conflictMessage(hostOf(feed.url) ?? feed.url, existing, detailsOf(outlet))}`;
    }
  }
  return null;
}

async function namedOutlet(
  ctx: PipelineContext,
  feed: OpmlFeed,
  attrs: OutletAttributes,
): Promise<{ ok: true; value: Outlet } | { ok: false; error: string }> {
  const slug = attrs.outlet.slice('outlet:'.length);
  const exists = (await ctx.store.outlets.getBySlug(slug)) ?? outletRegistry().bySlug(slug);
  if (!exists) await ctx.store.outlets.ensure(newOutlet(slug, feed, attrs));
  return outletForFeed(ctx, feed.url, detailsOf(attrs), { outletSlug: slug });
}

function newOutlet(slug: string, feed: OpmlFeed, attrs: OutletAttributes): NewOutlet {
  const domain = attrs.domain ?? (hostOf(feed.url) ?? slug).replace(/^www\./, '');
  const rated =
    attrs.country !== undefined &&
    attrs.country !== UNKNOWN &&
    attrs.ownership !== undefined &&
    attrs.ownership !== UNKNOWN;
  return {
    slug,
    name: attrs.name ?? feed.title ?? domain,
    domain,
    country: attrs.country ?? UNKNOWN,
    language: attrs.language ?? 'en',
    ownership: attrs.ownership ?? UNKNOWN,
    genre: attrs.genre ?? 'online',
    homepage: feed.htmlUrl,
    notes: rated ? 'Imported from OPML.' : 'Imported from OPML; country and ownership not yet set.',
  };
}

function detailsOf(attrs: OutletAttributes): OutletDetails {
  const details: OutletDetails = {};
  if (attrs.name !== undefined) details.name = attrs.name;
  if (attrs.country !== undefined && attrs.country !== UNKNOWN) details.country = attrs.country;
  if (attrs.language !== undefined) details.language = attrs.language;
  if (attrs.ownership !== undefined && attrs.ownership !== UNKNOWN) details.ownership = attrs.ownership;
  if (attrs.genre !== undefined) details.genre = attrs.genre;
  return details;
}
