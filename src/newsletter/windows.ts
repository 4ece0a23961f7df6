import type { ListId } from './types.js';

/** How far back each list looks from its issue time, in hours. */
export const LIST_WINDOW_HOURS: Readonly<Record<ListId, number>> = {
  briefing: 24,
  'good-news': 7 * 24,
  blindspots: 7 * 24,
};

/** The issue's date (UTC) as YYYY-MM-DD. */
export function issueDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The outbox and archive key of one issue: `briefing/2026-12-07`. */
export function issueKey(list: ListId, at: Date): string {
  return issueKeyOf(list, issueDate(at));
}

/** The issue key of a list's issue on a date (YYYY-MM-DD). */
export function issueKeyOf(list: ListId, date: string): string {
  return `${list}/${date}`;
}

/** The start of a list's window ending at `at`. */
export function windowStart(list: ListId, at: Date): Date {
  return new Date(at.getTime() - LIST_WINDOW_HOURS[list] * 3_600_000);
}
