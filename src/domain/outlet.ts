/** Who owns or controls an outlet: drives how perspectives are grouped. `unknown` until someone rates it. */
export type Ownership = 'state' | 'state-backed' | 'public' | 'private' | 'independent' | 'unknown';

/** Every ownership kind an editor or the registry may give (all but `unknown`). */
export const RATED_OWNERSHIPS = ['state', 'state-backed', 'public', 'private', 'independent'] as const;

/** Every genre an outlet may have. */
export const OUTLET_GENRES = ['broadcaster', 'newspaper', 'wire', 'business', 'magazine', 'online'] as const;

/** The country and ownership of an outlet nobody has rated yet; shown to readers as "unrated". */
export const UNKNOWN = 'unknown';

/** What kind of newsroom an outlet is (the genre, independent of ownership). */
export type OutletGenre = 'broadcaster' | 'newspaper' | 'wire' | 'business' | 'magazine' | 'online';

/** A news organisation whose coverage Multipolar collects. */
export interface Outlet {
  id: number;
  slug: string;
  name: string;
  /** Host name without "www.", e.g. "example.org" (or "127.0.0.1:4000" in the demo). */
  domain: string;
  /** ISO 3166-1 alpha-2, upper case ("CN", "US"), or `unknown` for an outlet nobody has rated. */
  country: string;
  /** BCP 47 primary language ("en"). */
  language: string;
  ownership: Ownership;
  genre: OutletGenre;
  homepage: string | null;
  notes: string | null;
  /**
   * The outlet's work may be republished whole (an open licence, or the demo's fictional outlets).
   * When false the site shows an excerpt and links to the original.
   */
  fullText: boolean;
}

/** An outlet not yet stored; `fullText` defaults to false (and an upsert without it keeps the stored value). */
export type NewOutlet = Omit<Outlet, 'id' | 'fullText'> & { fullText?: boolean };
