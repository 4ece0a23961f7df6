import type { NewOutlet } from '../domain/index.js';
import { slugify } from '../lib/index.js';

/** What an editor may say about an outlet when adding it; the rest is guessed. */
export type OutletDetails = Partial<
  Pick<NewOutlet, 'name' | 'country' | 'language' | 'ownership' | 'homepage' | 'fullText'>
>;

/**
 * An outlet first seen by its host. Country stays unknown ("ZZ") and ownership is taken as private
 * until an editor says otherwise, so perspective grouping never invents a state label.
 */
export function outletForHost(domain: string, details: OutletDetails, notes: string): NewOutlet {
  return {
    slug: slugify(domain),
    name: details.name ?? domain,
    domain,
    country: details.country ?? 'ZZ',
    language: details.language ?? 'en',
    ownership: details.ownership ?? 'private',
    genre: 'online',
    homepage: details.homepage ?? null,
    notes,
    // Only a registry entry that says the outlet is openly licensed lets the site show its articles whole.
    fullText: details.fullText ?? false,
  };
}
