import type { ComposedStory, Ownership } from '../domain/index.js';
import { RATED_OWNERSHIPS } from '../domain/index.js';

/**
 * Which kinds of outlet ignored a story, the weekly letter's own axis beside the story's flags
 * (`stories/blindspots.ts`, which judge one story by its own articles): a kind ignored a story when
 * at least minActive of its outlets published in the window and none covered the story, while the
 * story reached minOutlets outlets of other kinds.
 */
export function kindsThatIgnored(story: ComposedStory, active: ReadonlyMap<Ownership, number>): Ownership[] {
  if (story.story.outletCount < BLINDSPOT_RULES.minOutlets) return [];
  const covering = new Set(story.perspectives.map((p) => p.ownership));
  return RATED_OWNERSHIPS.filter(
    (kind) => !covering.has(kind) && (active.get(kind) ?? 0) >= BLINDSPOT_RULES.minActive,
  );
}

/** The thresholds of kindsThatIgnored. */
export const BLINDSPOT_RULES = {
  /** A story must reach this many outlets before another kind's silence means anything. */
  minOutlets: 3,
  /** A kind must have this many outlets publishing in the window to count as having looked away. */
  minActive: 2,
} as const;

/** How many outlets of each ownership kind covered any of these stories. */
export function activeOutletKinds(stories: readonly ComposedStory[]): Map<Ownership, number> {
  const seen = new Map<Ownership, Set<number>>();
  for (const s of stories) {
    for (const p of s.perspectives) {
      for (const o of p.outlets) {
        const ids = seen.get(p.ownership) ?? new Set<number>();
        ids.add(o.outlet.id);
        seen.set(p.ownership, ids);
      }
    }
  }
  return new Map([...seen].map(([kind, ids]) => [kind, ids.size]));
}

const KIND_WORDS: Readonly<Record<Ownership, string>> = {
  state: 'state media',
  'state-backed': 'state-backed media',
  public: 'public broadcasters',
  private: 'private media',
  independent: 'independent media',
  unknown: 'unrated outlets',
};

/** A reader's words for a list of ownership kinds: "state media and public broadcasters". */
export function kindsInWords(kinds: readonly Ownership[]): string {
  const words = kinds.map((k) => KIND_WORDS[k]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
