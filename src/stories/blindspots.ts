import type { Blindspot } from '../domain/index.js';
import { quoteKey } from './perspectives.js';
import { type ActorCountryOf, countriesAtStake, quoteSide } from './story-place.js';
import type { StoryArticle } from './types.js';

// Fewer quotes than this with a known side say nothing about balance.
const MIN_SIDED_QUOTES = 2;

/** What every blindspot rule reads about a story, worked out once. */
interface StoryFacts {
  articles: readonly StoryArticle[];
  place: string | null;
  atStake: string[];
  /** The side of each distinct quote whose speaker's country the text gives. */
  quoteSides: string[];
  countryName: (code: string) => string;
}

/** One rule: the flag it raises for a story, or null. */
type BlindspotRule = (story: StoryFacts) => Blindspot | null;

const stateOnly: BlindspotRule = ({ articles }) => {
  if (articles.length === 0) return null;
  const kinds = new Set(articles.map((a) => a.outlet.ownership));
  if (![...kinds].every((k) => k === 'state' || k === 'state-backed')) return null;
  const outletCount = new Set(articles.map((a) => a.outlet.id)).size;
  const text = kinds.has('state-backed')
    ? kinds.has('state')
      ? 'Covered only by state and state-backed media'
      : 'Covered only by state-backed media'
    : 'Covered only by state media';
  return { kind: 'state-only', text, outletCount };
};

const noLocalCoverage: BlindspotRule = ({ articles, place, countryName }) => {
  if (place === null || articles.some((a) => a.outlet.country === place)) return null;
  return {
    kind: 'no-local-coverage',
    text: `No coverage from ${countryName(place)}, where it happened`,
    country: place,
  };
};

const oneSideQuoted: BlindspotRule = ({ atStake, quoteSides, countryName }) => {
  if (atStake.length < 2 || quoteSides.length < MIN_SIDED_QUOTES) return null;
  const sides = new Set(quoteSides);
  const only = quoteSides[0]!;
  if (sides.size !== 1 || !atStake.includes(only)) return null;
  const unheard = atStake.filter((c) => c !== only);
  return {
    kind: 'one-side-quoted',
    text: `Only one side quoted: voices from ${countryName(only)}, none from ${unheard.map(countryName).join(', ')}`,
    country: only,
    unheard,
  };
};

/** The rules, in the order their flags are shown. */
const RULES: readonly BlindspotRule[] = [stateOnly, noLocalCoverage, oneSideQuoted];

/**
 * A story's blindspots: covered only by state media; no outlet from the country where it happened
 * (the country most of its articles name, see story-place.ts); every quote whose speaker's country
 * the text gives from one of the countries at stake. Pure: the newsletter's weekly letter calls it too.
 */
export function blindspotsOf(
  articles: readonly StoryArticle[],
  countryName: (code: string) => string,
  actorCountry?: ActorCountryOf,
): Blindspot[] {
  const seen = new Set<string>();
  const quoteSides: string[] = [];
  for (const item of articles) {
    for (const quote of item.quotes) {
      const key = quoteKey(quote);
      // A wire quote reprinted by four outlets is one voice, not four.
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const side = quoteSide(quote, item.mentions, actorCountry);
      if (side) quoteSides.push(side);
    }
  }
  const atStake = countriesAtStake(articles);
  const facts: StoryFacts = {
    articles,
    place: atStake[0] ?? null,
    atStake,
    quoteSides,
    countryName,
  };
  return RULES.flatMap((rule) => rule(facts) ?? []);
}
