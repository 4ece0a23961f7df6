import type { NewOutlet } from '../domain/index.js';
import type { DemoOutlet } from './types.js';

/**
 * A demo outlet as a record to store. All demo outlets share one loopback host, so the caller gives
 * each a domain of its own (host plus slug) to keep them apart.
 */
export function toNewOutlet(outlet: DemoOutlet, domain: string, homepage: string | null = null): NewOutlet {
  return {
    slug: outlet.slug,
    name: outlet.name,
    domain,
    country: outlet.country,
    language: outlet.language,
    ownership: outlet.ownership,
    genre: outlet.genre,
    homepage,
    notes: outlet.notes,
    // Fictional and written for this demo: shown whole, unlike real outlets' work.
    fullText: true,
  };
}
