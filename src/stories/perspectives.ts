import {
  type Outlet,
  type OutletCoverage,
  type OutletGenre,
  type Ownership,
  type Perspective,
  type Quote,
  UNKNOWN,
} from '../domain/index.js';
import { publishedTime } from './headline.js';
import {
  outletKey,
  type QuotedOutletOf,
  quotedOnlyOutlet,
  quotedOutletOf,
  splitReported,
} from './reported-outlets.js';
import type { StoryArticle } from './types.js';

const MAX_QUOTES = 3;
// Quotes shorter than this are usually scare quotes ("provocation"), not a view worth showing first.
const SHORT_QUOTE_WORDS = 4;

/**
 * Order of perspective groups: state-run voices first, then public broadcasters, wire agencies,
 * private and independent media, so the official line and its counterweights sit side by side.
 */
const GROUP_RANK = {
  state: 0,
  'state-backed': 1,
  public: 2,
  wire: 3,
  private: 4,
  independent: 5,
  unknown: 6,
} as const;

/**
 * Group a story's outlets by ownership and country (private outlets also by genre, so US
 * broadcasters and the US business press stay apart), label each group for readers ("Chinese
 * state media", "French wire agency") and pick each outlet's key quotes.
 */
export function groupPerspectives(
  articles: readonly StoryArticle[],
  countryAdjective: (code: string) => string,
  resolveOutlet: QuotedOutletOf = quotedOutletOf,
  wireCopyOf: (articleId: number) => string | undefined = () => undefined,
): Perspective[] {
  // "…, says CNN": quotes an article carries for another outlet go to that outlet's perspective.
  const split = splitReported(articles, resolveOutlet);
  const byOutlet = new Map<number, StoryArticle[]>();
  articles.forEach((item, i) => {
    const own = { ...item, quotes: split.own[i]! };
    const list = byOutlet.get(item.outlet.id);
    if (list === undefined) byOutlet.set(item.outlet.id, [own]);
    else list.push(own);
  });
  const groups = new Map<
    string,
    { ownership: Ownership; country: string; genre: OutletGenre | null; outlets: OutletCoverage[] }
  >();
  const place = (outlet: Outlet, coverage: OutletCoverage) => {
    const genre = outlet.ownership === 'private' ? outlet.genre : null;
    const key = `${outlet.ownership}|${outlet.country}|${genre ?? ''}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { ownership: outlet.ownership, country: outlet.country, genre, outlets: [] };
      groups.set(key, group);
    }
    group.outlets.push(coverage);
  };
  for (const items of byOutlet.values()) {
    const outlet = items[0]!.outlet;
    const cited = split.reported.get(outletKey(outlet.name));
    if (cited) split.reported.delete(outletKey(outlet.name));
    place(outlet, coverageOf(outlet, items, wireCopyOf, cited));
  }
  [...split.reported.values()].forEach((cited, i) => {
    const outlet = quotedOnlyOutlet(cited.outlet, i);
    place(outlet, { outlet, articles: [], quotes: keyQuotes(cited.quotes), reportedBy: cited.citedBy });
  });
  return [...groups.values()]
    .map((g) => {
      g.outlets.sort(
        (a, b) =>
          b.articles.length - a.articles.length ||
          firstTime(a) - firstTime(b) ||
          a.outlet.name.localeCompare(b.outlet.name),
      );
      const label = perspectiveLabel(
        g.ownership,
        g.country === UNKNOWN ? null : countryAdjective(g.country),
        g.outlets.map((o) => o.outlet.genre),
      );
      return {
        label,
        ownership: g.ownership,
        country: g.country,
        outlets: g.outlets,
        rank: rankOf(g.ownership, g.genre),
      };
    })
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        articleCount(b) - articleCount(a) ||
        a.country.localeCompare(b.country) ||
        a.label.localeCompare(b.label),
    )
    .map(({ rank: _rank, ...perspective }) => perspective);
}

/**
 * A reader's label for a group of outlets: "Russian state-backed media", "US broadcasters". A null
 * adjective is an unrated country: the label says so rather than naming a placeholder code.
 */
export function perspectiveLabel(
  ownership: Ownership,
  countryAdjective: string | null,
  genres: readonly OutletGenre[],
): string {
  if (ownership === 'unknown') {
    return countryAdjective === null ? 'Unrated outlets' : `${countryAdjective} outlets, ownership unrated`;
  }
  if (countryAdjective === null) {
    return `${capitalise(perspectiveLabel(ownership, '', genres).trim())}, country unrated`;
  }
  const adjective = countryAdjective;
  const many = genres.length > 1;
  const all = (genre: OutletGenre) => genres.length > 0 && genres.every((g) => g === genre);
  switch (ownership) {
    case 'state':
      return `${adjective} state media`;
    case 'state-backed':
      return `${adjective} state-backed media`;
    case 'public':
      return all('broadcaster')
        ? `${adjective} public broadcaster${many ? 's' : ''}`
        : `${adjective} public media`;
    case 'independent':
      return `${adjective} independent media`;
    case 'private': {
      const genre = genres[0];
      if (genre === undefined || !all(genre)) return `${adjective} private media`;
      return `${adjective} ${GENRE_NOUN[genre][many ? 1 : 0]}`;
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const GENRE_NOUN: Record<OutletGenre, [string, string]> = {
  broadcaster: ['broadcaster', 'broadcasters'],
  newspaper: ['newspaper', 'newspapers'],
  wire: ['wire agency', 'wire agencies'],
  business: ['business press', 'business press'],
  magazine: ['magazine', 'magazines'],
  online: ['online media', 'online media'],
};

function rankOf(ownership: Ownership, genre: OutletGenre | null): number {
  if (ownership === 'private' && genre === 'wire') return GROUP_RANK.wire;
  return GROUP_RANK[ownership];
}

function coverageOf(
  outlet: Outlet,
  items: readonly StoryArticle[],
  wireCopyOf: (articleId: number) => string | undefined,
  cited?: { quotes: Quote[]; citedBy: string[] },
): OutletCoverage {
  const sorted = [...items].sort(
    (a, b) => publishedTime(a) - publishedTime(b) || a.article.id - b.article.id,
  );
  const own = sorted.flatMap((item) => [...item.quotes].sort((a, b) => a.start - b.start));
  return {
    outlet,
    articles: sorted.map(({ article }) => {
      const copy = wireCopyOf(article.id);
      return {
        id: article.id,
        title: article.title ?? article.url,
        url: article.url,
        standfirst: article.standfirst,
        published: article.published,
        ...(copy ? { wireCopyOf: copy } : {}),
      };
    }),
    // Its own words first; what others reported it saying after them.
    quotes: keyQuotes([...own, ...(cited?.quotes ?? [])]),
    ...(cited ? { reportedBy: cited.citedBy } : {}),
  };
}

/**
 * An outlet's most telling quotes: direct speech with a named speaker first, then reported speech
 * with a speaker, then the rest; each text once; at most three.
 */
export function keyQuotes(quotes: readonly Quote[]): Quote[] {
  const seen = new Set<string>();
  const unique: { quote: Quote; tier: number; order: number }[] = [];
  quotes.forEach((quote, order) => {
    const key = quoteKey(quote);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    unique.push({ quote, tier: tierOf(quote), order });
  });
  return unique
    .sort((a, b) => a.tier - b.tier || a.order - b.order)
    .slice(0, MAX_QUOTES)
    .map((u) => u.quote);
}

/** A quote's words with case and punctuation gone: the same quote in two copies has the same key. */
export function quoteKey(quote: Pick<Quote, 'text'>): string {
  return quote.text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tierOf(quote: Quote): number {
  const named = quote.speaker !== null && quote.speaker.trim() !== '';
  const short = quote.text.trim().split(/\s+/).length < SHORT_QUOTE_WORDS;
  if (short) return 4;
  if (named && quote.kind !== 'reported') return 0;
  if (named) return 1;
  if (quote.kind !== 'reported') return 2;
  return 3;
}

function firstTime(coverage: OutletCoverage): number {
  return Math.min(...coverage.articles.map((a) => a.published?.getTime() ?? Number.POSITIVE_INFINITY));
}

function articleCount(p: Perspective): number {
  return p.outlets.reduce((sum, o) => sum + o.articles.length, 0);
}
