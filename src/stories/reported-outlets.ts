/**
 * Outlets quoted inside other outlets' articles ("…, says CNN"): their words belong under their own
 * perspective, marked as reported by the outlet whose article carried them.
 */
import type { Outlet, OutletGenre, Ownership, Quote } from '../domain/index.js';
import { slugify } from '../lib/slug.js';
import type { StoryArticle } from './types.js';

/** An outlet a quote speaks for, with what grouping it needs. */
export interface QuotedOutlet {
  name: string;
  country: string;
  ownership: Ownership;
  genre: OutletGenre;
}

/** Finds the outlet a quote speaks for; null when the speaker is not an outlet or too little is known. */
export type QuotedOutletOf = (quote: Quote) => QuotedOutlet | null;

/** The default: the outlet facts the quotes stage put on the quote (gazetteer country, ownership, genre). */
export const quotedOutletOf: QuotedOutletOf = (q) => {
  if (q.speakerKind !== 'outlet' || !q.speaker) return null;
  const name = q.outlet ?? q.speaker;
  if (!q.outletCountry || !q.outletOwnership) return null;
  return { name, country: q.outletCountry, ownership: q.outletOwnership, genre: q.outletGenre ?? 'online' };
};

/** Outlet names compared loosely: case, a leading "The" and punctuation do not matter. */
export const outletKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Quotes one article carries for another outlet, and the quotes that stay its own. */
export interface SplitQuotes {
  /** Per story article (same order): the quotes that are the outlet's own. */
  own: Quote[][];
  /** Quoted outlets by key, each with the quotes reported for it (marked with the citing outlet). */
  reported: Map<string, { outlet: QuotedOutlet; quotes: Quote[]; citedBy: string[] }>;
}

/** Separate each article's own quotes from those it reports for another outlet. */
export function splitReported(articles: readonly StoryArticle[], resolve: QuotedOutletOf): SplitQuotes {
  const own: Quote[][] = [];
  const reported: SplitQuotes['reported'] = new Map();
  for (const item of articles) {
    const mine: Quote[] = [];
    for (const q of item.quotes) {
      const target = resolve(q);
      const key = target ? outletKey(target.name) : '';
      if (!target || key === '' || key === outletKey(item.outlet.name)) {
        mine.push(q);
        continue;
      }
      let entry = reported.get(key);
      if (!entry) {
        entry = { outlet: target, quotes: [], citedBy: [] };
        reported.set(key, entry);
      }
      entry.quotes.push({ ...q, reportedBy: item.outlet.name });
      if (!entry.citedBy.includes(item.outlet.name)) entry.citedBy.push(item.outlet.name);
    }
    own.push(mine);
  }
  return { own, reported };
}

/** An outlet known only from quotes in other outlets' articles (it has no page of its own here). */
export function quotedOnlyOutlet(o: QuotedOutlet, index: number): Outlet {
  return {
    id: -(index + 1),
    slug: slugify(o.name),
    name: o.name,
    domain: '',
    country: o.country,
    language: '',
    ownership: o.ownership,
    genre: o.genre,
    homepage: null,
    notes: null,
    fullText: false,
  };
}
