/** The newsletters a reader can subscribe to (the same ids as `newsletter/types.ts` ListId). */
export type NewsletterList = 'briefing' | 'good-news' | 'blindspots';

/** Every newsletter list, in the order pages show them. */
export const NEWSLETTER_LISTS: readonly NewsletterList[] = ['briefing', 'good-news', 'blindspots'];

/**
 * Where a subscriber stands: pending until the double opt-in is confirmed; unsubscribed may sign up
 * again (through a new confirmation); suppressed (hard bounce, complaint, operator) is never mailed again.
 */
export type SubscriberState = 'pending' | 'confirmed' | 'unsubscribed' | 'suppressed';

/** A reader who signed up for letters. */
export interface Subscriber {
  id: number;
  /** Normalised: the domain in lower-case ASCII (punycode), the local part as given. */
  email: string;
  lists: NewsletterList[];
  state: SubscriberState;
  /** Confirmed, but no letters for now (preferences page). */
  paused: boolean;
  createdAt: Date;
  confirmedAt: Date | null;
  updatedAt: Date;
}
