import { defaultGazetteerData } from './default-data.js';
import type { OutletRecord } from './types.js';

/** Finds the registry outlet a host belongs to. */
export interface OutletRegistry {
  /** The outlet of the longest registered domain that is `host` or a parent of it on a label boundary. */
  byHost(host: string): OutletRecord | null;
  /** The outlet with this slug (its id without "outlet:"). */
  bySlug(slug: string): OutletRecord | null;
}

/** A registry over the given outlet records (the shipped registry by default). */
export function createOutletRegistry(records: readonly OutletRecord[]): OutletRegistry {
  const domains = new Map<string, OutletRecord>();
  const slugs = new Map<string, OutletRecord>();
  for (const record of records) {
    slugs.set(registrySlug(record), record);
    // The first record to claim a domain keeps it; the data's schema test forbids duplicates anyway.
    for (const domain of record.domains) {
      const key = normaliseHost(domain);
      if (!domains.has(key)) domains.set(key, record);
    }
  }
  return {
    byHost(host) {
      const labels = normaliseHost(host).split('.');
      // Longest suffix first: news.bbc.co.uk tries news.bbc.co.uk, then bbc.co.uk, then co.uk.
      for (let i = 0; i < labels.length - 1; i++) {
        const found = domains.get(labels.slice(i).join('.'));
        if (found) return found;
      }
      return null;
    },
    bySlug: (slug) => slugs.get(slug) ?? null,
  };
}

let shipped: OutletRegistry | null = null;

/** The registry built from src/actors/data/outlets.json, once per process. */
export function outletRegistry(): OutletRegistry {
  shipped ??= createOutletRegistry(defaultGazetteerData().outlets);
  return shipped;
}

/** The slug an outlet record is stored under: its id without the "outlet:" prefix. */
export function registrySlug(record: Pick<OutletRecord, 'id'>): string {
  return record.id.replace(/^outlet:/, '');
}

function normaliseHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}
