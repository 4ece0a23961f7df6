/**
 * The contract between composing a letter (once per issue) and sending it
 * (once per subscriber). Composition renders the whole letter once; the sender
 * replaces only the personal placeholders below, so 10,000 recipients cost one
 * composition and 10,000 string replacements.
 */

/** The lists a reader can subscribe to. */
export type ListId = 'briefing' | 'good-news' | 'blindspots';

export const LIST_IDS: readonly ListId[] = ['briefing', 'good-news', 'blindspots'];

/** Placeholders a rendered letter carries where per-subscriber values go. */
export const PERSONAL = {
  greeting: '%%MP_GREETING%%',
  unsubscribeUrl: '%%MP_UNSUBSCRIBE_URL%%',
  preferencesUrl: '%%MP_PREFERENCES_URL%%',
} as const;

export type PersonalField = keyof typeof PERSONAL;

/** One issue of one list, rendered once, before personalisation. */
export interface RenderedLetter {
  list: ListId;
  /** Unique per issue, e.g. `briefing/2026-12-07`: the outbox's key with the subscriber. */
  issueKey: string;
  subject: string;
  /** The short line mail clients show after the subject. */
  preheader: string;
  /** Full HTML document with PERSONAL placeholders. */
  html: string;
  /** Plain-text part with the same placeholders. */
  text: string;
  /** Stories the letter links to, for the archive and for tests. */
  storyIds: string[];
}
