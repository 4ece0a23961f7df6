import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import { forEachDialect } from '../storage/test-harness.js';
import { letterSchedule, letterScheduler, parseSendTime, sendsBetween } from './letter-schedule.js';

const at = (iso: string) => new Date(iso);

describe('when the letters go out', () => {
  it('reads send times and the config, and refuses what is not one', () => {
    expect(parseSendTime('06:30')).toEqual({ hour: 6, minute: 30 });
    expect(parseSendTime('Sat 08:00')).toEqual({ hour: 8, minute: 0, weekday: 6 });
    expect(() => parseSendTime('25:00')).toThrow('not a send time');
    expect(letterSchedule(loadConfig({}))).toEqual({
      briefing: { hour: 6, minute: 0 },
      'good-news': { hour: 8, minute: 0, weekday: 6 },
      blindspots: { hour: 8, minute: 0, weekday: 6 },
    });
    expect(
      letterSchedule(loadConfig({ MULTIPOLAR_BRIEFING_AT: 'off', MULTIPOLAR_WEEKLY_LETTERS_AT: 'off' })),
    ).toEqual({});
    expect(() => loadConfig({ MULTIPOLAR_BRIEFING_AT: '6 am' })).toThrow(/send time/);
  });

  it('lists every send in a span once: the briefing daily, the weekly letters on their day', () => {
    const schedule = letterSchedule(loadConfig({}));
    // Friday 2026-12-04 07:00 to Monday 2026-12-07 07:00 UTC.
    const sends = sendsBetween(schedule, at('2026-12-04T07:00:00Z'), at('2026-12-07T07:00:00Z'));
    expect(sends.map((s) => `${s.list} ${s.at.toISOString()}`)).toEqual([
      'briefing 2026-12-05T06:00:00.000Z',
      'good-news 2026-12-05T08:00:00.000Z',
      'blindspots 2026-12-05T08:00:00.000Z',
      'briefing 2026-12-06T06:00:00.000Z',
      'briefing 2026-12-07T06:00:00.000Z',
    ]);
    // The end is in the span, the start is not: consecutive spans never send twice.
    expect(sendsBetween(schedule, at('2026-12-07T06:00:00Z'), at('2026-12-07T06:01:00Z'))).toEqual([]);
  });

  forEachDialect((fresh) => {
    it('queues each due send once, however many schedulers tick', async () => {
      const db = await fresh();
      const schedule = letterSchedule(loadConfig({}));
      const clock = { now: at('2026-12-07T05:59:00Z') };
      const a = letterScheduler(db.store, schedule, () => clock.now);
      const b = letterScheduler(db.store, schedule, () => clock.now);
      expect(await a()).toBe(0);
      clock.now = at('2026-12-07T06:00:30Z');
      expect((await a()) + (await b())).toBe(1);
      expect(await a()).toBe(0);
      const job = await db.store.jobs.claim(['newsletter-send'], 'w1', clock.now, 60_000);
      expect(job?.payload).toEqual({ list: 'briefing', at: '2026-12-07T06:00:00.000Z' });
      expect(await db.store.jobs.claim(['newsletter-send'], 'w2', clock.now, 60_000)).toBeNull();
    });

    it('makes a send missed by a short restart, not one missed by hours', async () => {
      const db = await fresh();
      const schedule = letterSchedule(loadConfig({}));
      const late = letterScheduler(db.store, schedule, () => at('2026-12-07T06:20:00Z'));
      expect(await late()).toBe(1);
      const db2 = await fresh();
      const muchLater = letterScheduler(db2.store, schedule, () => at('2026-12-07T09:00:00Z'));
      expect(await muchLater()).toBe(0);
    });
  });
});
