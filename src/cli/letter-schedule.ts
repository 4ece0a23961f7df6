/**
 * When the letters go out: the briefing every day at a time, the weekly letters on a day at a time
 * (UTC). Serve's scheduler role queues a `newsletter-send` job at each such moment; the job's
 * pending key and the outbox's one row per (issue, subscriber) make a second scheduler, or a restart
 * inside the catch-up window, harmless.
 */
import type { Config } from '../config/index.js';
import type { ListId } from '../newsletter/types.js';
import type { Store } from '../storage/index.js';
import { NEWSLETTER_SEND_JOB } from './commands/newsletter-send.js';

/** A moment of the day (UTC), and for weekly lists the weekday (0 Sunday … 6 Saturday). */
export interface SendTime {
  hour: number;
  minute: number;
  weekday?: number;
}

export type LetterSchedule = Partial<Record<ListId, SendTime>>;

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** `06:00` → daily at 06:00 UTC; `sat 08:00` → Saturdays at 08:00 UTC; null: never (the operator sends by hand). */
export function parseSendTime(text: string | null): SendTime | null {
  if (text === null) return null;
  const m = /^(?:([a-z]{3})\s+)?(\d{1,2}):(\d{2})$/i.exec(text.trim());
  if (!m)
    throw new Error(`"${text}" is not a send time: use HH:MM or a weekday and HH:MM, e.g. "sat 08:00" (UTC)`);
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  const weekday = m[1] ? WEEKDAYS.indexOf(m[1].toLowerCase()) : undefined;
  if (hour > 23 || minute > 59 || weekday === -1) throw new Error(`"${text}" is not a send time`);
  return weekday === undefined ? { hour, minute } : { hour, minute, weekday };
}

/** The schedule the config asks for. */
export function letterSchedule(config: Pick<Config, 'briefingAt' | 'weeklyLettersAt'>): LetterSchedule {
  const daily = parseSendTime(config.briefingAt);
  const weekly = parseSendTime(config.weeklyLettersAt);
  return {
    ...(daily && { briefing: daily }),
    ...(weekly && { 'good-news': weekly, blindspots: weekly }),
  };
}

/** Every scheduled send in (from, to], oldest first. */
export function sendsBetween(schedule: LetterSchedule, from: Date, to: Date): { list: ListId; at: Date }[] {
  const due: { list: ListId; at: Date }[] = [];
  const firstDay = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  for (let day = firstDay; day <= to.getTime(); day += 86_400_000) {
    for (const [list, t] of Object.entries(schedule) as [ListId, SendTime][]) {
      const at = new Date(day + (t.hour * 60 + t.minute) * 60_000);
      if (t.weekday !== undefined && at.getUTCDay() !== t.weekday) continue;
      if (at > from && at <= to) due.push({ list, at });
    }
  }
  return due.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** A send missed by at most this much (the process was down at the moment) is still made. */
export const CATCH_UP_MS = 30 * 60_000;

/** Queue the sends that fell due since the last call; returns a function to call on each scheduler tick. */
export function letterScheduler(
  store: Pick<Store, 'jobs'>,
  schedule: LetterSchedule,
  now: () => Date,
): () => Promise<number> {
  let last = new Date(now().getTime() - CATCH_UP_MS);
  return async () => {
    const at = now();
    let queued = 0;
    for (const send of sendsBetween(schedule, last, at)) {
      const day = send.at.toISOString().slice(0, 10);
      const { created } = await store.jobs.enqueue(
        NEWSLETTER_SEND_JOB,
        { list: send.list, at: send.at.toISOString() },
        { runAt: at, dedupeKey: `${NEWSLETTER_SEND_JOB}:${send.list}/${day}` },
      );
      if (created) queued++;
    }
    last = at;
    return queued;
  };
}
