import type { FeedEntry } from '../domain/index.js';
import { normalizeUrl } from '../lib/index.js';
import type { FetchResult } from '../net/index.js';

/** Failed attempts at an entry's page (5xx, time-out, connection error) after which it is given up on. */
export const MAX_ENTRY_ATTEMPTS = 3;

/** Why an entry was not stored, and whether trying again later could change that. */
export type EntryFailure = { status: 'failed'; reason: string; permanent: boolean };

/** What identifies an entry from one poll to the next: its GUID, else its link. */
export function entryKey(entry: FeedEntry): string | null {
  if (entry.guid) return entry.guid;
  return entry.url ? (normalizeUrl(entry.url) ?? entry.url) : null;
}

/** A page that could not be had: 404/410 and refusals are final; 5xx, time-outs and network errors may pass. */
export function pageFailure(page: FetchResult): EntryFailure {
  if (page.ok) return { status: 'failed', reason: `page answered ${page.status}`, permanent: false };
  switch (page.reason) {
    case 'http-error':
      return {
        status: 'failed',
        reason: page.message,
        permanent: page.status === 404 || page.status === 410,
      };
    case 'timeout':
    case 'network':
      return { status: 'failed', reason: page.message, permanent: false };
    default:
      return { status: 'failed', reason: page.message, permanent: true };
  }
}
