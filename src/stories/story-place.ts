import type { ActorMention, Quote } from '../domain/index.js';
import type { StoryArticle } from './types.js';

// A country counts as the story's place, or as one of its sides, when at least this share of its
// articles name it: a country named once in passing by one outlet is context, not the event.
const PLACE_SHARE = 0.5;

/** The country (ISO code) a gazetteer actor belongs to, when known: injected, since this stage reads no data. */
export type ActorCountryOf = (actorId: string) => string | null;

/** "country:kz" → "KZ"; null for any other actor. */
function countryCode(actorId: string | null | undefined): string | null {
  return actorId?.startsWith('country:') ? actorId.slice('country:'.length).toUpperCase() : null;
}

/** The countries an article names, in the order it first names them. */
function countriesInOrder(mentions: readonly ActorMention[] | undefined): string[] {
  const sorted = [...(mentions ?? [])].sort((a, b) => a.start - b.start);
  const seen: string[] = [];
  for (const m of sorted) {
    const code = m.kind === 'country' ? countryCode(m.actorId) : null;
    if (code && !seen.includes(code)) seen.push(code);
  }
  return seen;
}

/** Per country: how many articles name it, and the mean position of its first naming among the countries each names. */
function countryTally(articles: readonly StoryArticle[]): Map<string, { articles: number; rankSum: number }> {
  const tally = new Map<string, { articles: number; rankSum: number }>();
  for (const item of articles) {
    countriesInOrder(item.mentions).forEach((code, rank) => {
      const t = tally.get(code) ?? { articles: 0, rankSum: 0 };
      t.articles++;
      t.rankSum += rank;
      tally.set(code, t);
    });
  }
  return tally;
}

/**
 * Countries at the heart of a story: named by at least half its articles, most named first, ties
 * to the one the articles name earlier (a dateline, "leaders met in Astana" in the opening line).
 */
export function countriesAtStake(articles: readonly StoryArticle[]): string[] {
  if (articles.length === 0) return [];
  const needed = Math.max(1, articles.length * PLACE_SHARE);
  return [...countryTally(articles)]
    .filter(([, t]) => t.articles >= needed)
    .sort(
      ([codeA, a], [codeB, b]) =>
        b.articles - a.articles ||
        a.rankSum / a.articles - b.rankSum / b.articles ||
        codeA.localeCompare(codeB),
    )
    .map(([code]) => code);
}

/** Where the story happened, as an ISO code: the first of its countries at stake; null when none is. */
export function placeOf(articles: readonly StoryArticle[]): string | null {
  return countriesAtStake(articles)[0] ?? null;
}

/**
 * The country a quote's speaker speaks for: the speaker itself when it is a country ("Moscow said"),
 * else a country named in the words that introduce them ("Kremlin spokesman Arkady Voronin"); null
 * when the text does not say. A person's nationality is not guessed from their name, only taken from
 * the gazetteer when the speaker is one of its actors.
 */
export function quoteSide(
  quote: Quote,
  mentions: readonly ActorMention[] | undefined,
  actorCountry: ActorCountryOf = () => null,
): string | null {
  const own = countryCode(quote.speakerActorId);
  if (own) return own;
  // A speaker the gazetteer knows (a leader, a ministry) belongs to the country it lists for them.
  const known = quote.speakerActorId ? actorCountry(quote.speakerActorId) : null;
  if (known) return known.toUpperCase();
  if (!quote.source || !mentions) return null;
  // Only the source span itself: a country named nearby is as often whom they talk about.
  const { start: from, end: to } = quote.source;
  for (const m of mentions) {
    const code = m.kind === 'country' ? countryCode(m.actorId) : null;
    if (code && m.start >= from && m.end <= to) return code;
  }
  return null;
}
