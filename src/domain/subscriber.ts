/** The newsletters a reader can subscribe to. */
export type NewsletterList = 'daily' | 'good-news';

/** A reader who signed up for letters (double opt-in). */
export interface Subscriber {
  id: number;
  email: string;
  lists: NewsletterList[];
  status: 'pending' | 'confirmed' | 'unsubscribed';
  createdAt: Date;
  confirmedAt: Date | null;
}
