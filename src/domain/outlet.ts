/** Who owns or controls an outlet: drives how perspectives are grouped. */
export type Ownership = 'state' | 'state-backed' | 'public' | 'private' | 'independent';

/** What kind of newsroom an outlet is (the genre, independent of ownership). */
export type OutletGenre = 'broadcaster' | 'newspaper' | 'wire' | 'business' | 'magazine' | 'online';

/** A news organisation whose coverage Multipolar collects. */
export interface Outlet {
  id: number;
  slug: string;
  name: string;
  /** Host name without "www.", e.g. "example.org" (or "127.0.0.1:4000" in the demo). */
  domain: string;
  /** ISO 3166-1 alpha-2, upper case ("CN", "US"). */
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
