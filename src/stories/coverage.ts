import { type CoverageSlice, type Ownership, UNKNOWN } from '../domain/index.js';
import type { StoryArticle } from './types.js';

// Unrated outlets come last, as a slice of their own, so they never swell a real kind or country.
const OWNERSHIP_ORDER: readonly Ownership[] = [
  'state',
  'state-backed',
  'public',
  'private',
  'independent',
  'unknown',
];

const OWNERSHIP_LABEL: Record<Ownership, string> = {
  state: 'State media',
  'state-backed': 'State-backed media',
  public: 'Public media',
  private: 'Private media',
  independent: 'Independent media',
  unknown: 'Unrated',
};

/**
 * Counts of reporting by outlet ownership (fixed order, empty kinds left out) and by country (largest
 * first). Articles in `reprints` (wire copy another article already counts for) are left out and
 * only counted, so four outlets running one agency text weigh as one report, not four.
 */
export function coverageOf(
  articles: readonly StoryArticle[],
  countryName: (code: string) => string,
  reprints: ReadonlySet<number> = new Set(),
): { byOwnership: CoverageSlice[]; byCountry: CoverageSlice[]; reprints: number } {
  const ownership = new Map<Ownership, number>();
  const country = new Map<string, number>();
  let reprinted = 0;
  for (const { outlet, article } of articles) {
    if (reprints.has(article.id)) {
      reprinted++;
      continue;
    }
    ownership.set(outlet.ownership, (ownership.get(outlet.ownership) ?? 0) + 1);
    country.set(outlet.country, (country.get(outlet.country) ?? 0) + 1);
  }
  const byOwnership = OWNERSHIP_ORDER.filter((kind) => ownership.has(kind)).map((kind) => ({
    key: kind,
    label: OWNERSHIP_LABEL[kind],
    count: ownership.get(kind)!,
  }));
  const unrated = country.get(UNKNOWN);
  country.delete(UNKNOWN);
  const byCountry = [...country]
    .map(([code, count]) => ({ key: code, label: countryName(code), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  if (unrated) byCountry.push({ key: UNKNOWN, label: 'Unrated', count: unrated });
  return { byOwnership, byCountry, reprints: reprinted };
}
