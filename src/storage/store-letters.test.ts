import { describe, expect, it } from 'vitest';
import type { IssuedLetter } from './index.js';
import { forEachDialect } from './test-harness.js';

const AT = new Date('2026-12-07T06:00:00.000Z');

function letter(list: string, date: string, subject = `${list} of ${date}`): Omit<IssuedLetter, 'createdAt'> {
  return {
    issueKey: `${list}/${date}`,
    list,
    date,
    subject,
    preheader: 'Three stories',
    html: `<p>${subject} — ünïcødé “quotes”</p>`,
    text: `${subject}\n%%MP_GREETING%%`,
    storyIds: ['3', '1', '2'],
  };
}

describe('storage: issued letters', () => {
  forEachDialect((fresh) => {
    it('stores an issue once and hands back the first one to a second issue of the same key', async () => {
      const { store } = await fresh();
      const first = await store.letters.issue(letter('briefing', '2026-12-07', 'First'), AT);
      expect(first.created).toBe(true);
      expect(first.letter).toMatchObject({ ...letter('briefing', '2026-12-07', 'First'), createdAt: AT });
      const second = await store.letters.issue(letter('briefing', '2026-12-07', 'Second'), new Date());
      expect(second.created).toBe(false);
      expect(second.letter.subject).toBe('First');
      expect(second.letter.createdAt).toEqual(AT);
      expect(await store.letters.get('briefing/2026-12-07')).toEqual(first.letter);
      expect(await store.letters.get('briefing/2026-12-08')).toBeNull();
    });

    it('stores one row when two connections issue the same letter at once', async () => {
      const { store, reopen } = await fresh();
      const other = await reopen();
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? store : other).letters.issue(letter('good-news', '2026-12-06', `racer ${i}`), AT),
        ),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      const subjects = new Set(results.map((r) => r.letter.subject));
      expect(subjects.size).toBe(1);
      expect(await store.letters.list({}, { limit: 10, offset: 0 })).toHaveLength(1);
    });

    it('lists the archive newest date first, optionally one list', async () => {
      const { store } = await fresh();
      for (const [list, date] of [
        ['briefing', '2026-12-05'],
        ['good-news', '2026-12-06'],
        ['briefing', '2026-12-07'],
        ['blindspots', '2026-12-07'],
      ] as const) {
        await store.letters.issue(letter(list, date), AT);
      }
      const all = await store.letters.list({}, { limit: 10, offset: 0 });
      expect(all.map((l) => l.issueKey)).toEqual([
        'blindspots/2026-12-07',
        'briefing/2026-12-07',
        'good-news/2026-12-06',
        'briefing/2026-12-05',
      ]);
      const briefings = await store.letters.list({ list: 'briefing' }, { limit: 1, offset: 1 });
      expect(briefings.map((l) => l.issueKey)).toEqual(['briefing/2026-12-05']);
    });
  });
});
