import { hoursBefore } from '../lib/index.js';
import { CLUSTER_WINDOW_HOURS } from './recluster.js';
import type { StoreOutcome } from './store-article.js';

/** Where an imported page shows on the site, for the import command to tell the editor. */
export interface PagePlacement {
  /** Path of its article page; null when nothing was stored (a dry run, or no text). */
  articlePath: string | null;
  /** True when it can join a story: only articles of the last CLUSTER_WINDOW_HOURS are grouped. */
  inStoryWindow: boolean;
  /** One sentence saying where it appears and why. */
  note: string;
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * Where a page published at `published` (null: no date found) appears once stored at `now`. An
 * undated page is grouped as if published when it was fetched, which is what re-clustering does.
 */
export function placePage(stored: StoreOutcome | null, published: Date | null, now: Date): PagePlacement {
  const articlePath = stored && stored.status !== 'empty' ? `/articles/${stored.id}` : null;
  const windowDays = CLUSTER_WINDOW_HOURS / 24;
  const inStoryWindow = (published ?? now) >= hoursBefore(now, CLUSTER_WINDOW_HOURS);
  const where = articlePath ? `on its article page ${articlePath}` : 'on its article page once stored';
  if (!published) {
    return {
      articlePath,
      inStoryWindow,
      note: `no publication date found (shown as "date unknown"); appears ${where}, and joins a story when other outlets covered the event in the last ${windowDays} days`,
    };
  }
  if (!inStoryWindow) {
    return {
      articlePath,
      inStoryWindow,
      note: `published ${DAY.format(published)}, before the ${windowDays}-day story window; appears ${where}, not in a story`,
    };
  }
  return {
    articlePath,
    inStoryWindow,
    note: `appears ${where}, and in a story when other outlets covered the event in the last ${windowDays} days`,
  };
}
