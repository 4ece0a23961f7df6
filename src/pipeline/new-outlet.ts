import { type OutletRecord, outletRegistry, registrySlug } from '../actors/index.js';
import { type NewOutlet, type Outlet, UNKNOWN } from '../domain/index.js';
import { slugify } from '../lib/index.js';
import type { PipelineContext } from './context.js';

/** What an editor may say about an outlet when adding it; the rest comes from the registry or stays unknown. */
export type OutletDetails = Partial<
  Pick<NewOutlet, 'name' | 'country' | 'language' | 'ownership' | 'genre' | 'homepage' | 'fullText'>
>;

/**
 * An outlet first seen by its host that the registry does not know. Country and ownership stay
 * `unknown` (shown as "unrated") until an editor sets them: a guess would put it in a perspective.
 */
export function outletForHost(domain: string, details: OutletDetails, notes: string): NewOutlet {
  return {
    slug: slugify(domain),
    name: details.name ?? domain,
    domain,
    country: details.country ?? UNKNOWN,
    language: details.language ?? 'en',
    ownership: details.ownership ?? UNKNOWN,
    genre: details.genre ?? 'online',
    homepage: details.homepage ?? null,
    notes,
    // Only a registry entry that says the outlet is openly licensed lets the site show its articles whole.
    fullText: details.fullText ?? false,
  };
}

/** A registry record as an outlet to store: name, country, language, ownership and genre as the registry has them. */
export function outletFromRegistry(record: OutletRecord): Omit<Outlet, 'id'> {
  const domain = record.domains[0] ?? registrySlug(record);
  return {
    slug: registrySlug(record),
    name: record.name,
    domain,
    country: record.country,
    language: record.language,
    ownership: record.ownership,
    genre: record.genre,
    homepage: `https://${record.domains.find((d) => !d.startsWith('feeds.')) ?? domain}/`,
    notes: `From the outlet registry (checked ${record.checked}): ${record.basis}`,
    // Only a registry entry that says the outlet is openly licensed lets the site show its articles whole.
    fullText: record.fullText === true,
  };
}

/**
 * The stored outlet a host belongs to: the registry's outlet first (stored on first sight,
 * insert-or-skip, so an editor's later `outlets set` is never undone), then an outlet already
 * stored for the host, else null.
 */
export async function knownOutletForHost(
  ctx: PipelineContext,
  host: string,
  persist = true,
): Promise<Outlet | null> {
  const record = outletRegistry().byHost(host);
  if (record) {
    const stored = await ctx.store.outlets.getBySlug(registrySlug(record));
    if (stored) return stored;
    const fresh = outletFromRegistry(record);
    return persist ? ctx.store.outlets.ensure(fresh) : { id: 0, ...fresh };
  }
  return ctx.store.outlets.findByDomain(host);
}
