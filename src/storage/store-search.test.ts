import { describe, expect, it } from 'vitest';
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type Store } from './index.js';
import { articleFixture, forEachDialect, outletFixture } from './test-harness.js';

async function seed(store: Store) {
  const outlet = await store.outlets.upsert(outletFixture('search'));
  const put = (key: string, title: string, bodyText: string, standfirst: string | null = null) =>
    store.articles.insert(articleFixture(outlet.id, key, { title, bodyText, standfirst }));
  return {
    harbour: await put(
      'harbour',
      'Port reopens',
      'The harbour authority confirmed that grain shipments resumed on Monday.',
    ),
    summit: await put(
      'summit',
      'Leaders meet',
      'The summit in Geneva ended without a joint statement on grain.',
    ),
    rain: await put(
      'rain',
      'Weather',
      'Heavy rain is expected across the northern provinces.',
      'A wet week.',
    ),
  };
}

const HOSTILE = [
  '"',
  '""',
  '*',
  'AND (',
  'OR',
  'NOT',
  '-',
  ')',
  "'; DROP TABLE articles; --",
  "O'Brien",
  'grain" OR "1"="1',
  'NEAR(grain summit)',
  'title:grain',
  'grain^',
  '\\',
  '%_',
  '\u0000',
  '&|!:*',
];

describe('storage: full-text search', () => {
  forEachDialect((fresh) => {
    it('finds words in the body and marks them in the snippet', async () => {
      const { store } = await fresh();
      const ids = await seed(store);
      const found = await store.search('shipments', { limit: 10, offset: 0 });
      expect(found.total).toBe(1);
      expect(found.results.map((r) => r.id)).toEqual([ids.harbour]);
      expect(found.results[0]).toMatchObject({ title: 'Port reopens', outletName: 'The search Times' });
      expect(found.results[0]?.snippet).toContain(`${SNIPPET_MARK_START}shipments${SNIPPET_MARK_END}`);
    });

    it('matches all words, stems, standfirsts and titles', async () => {
      const { store } = await fresh();
      const ids = await seed(store);
      expect((await store.search('grain', { limit: 10, offset: 0 })).total).toBe(2);
      expect((await store.search('grain Geneva', { limit: 10, offset: 0 })).results.map((r) => r.id)).toEqual(
        [ids.summit],
      );
      expect((await store.search('shipment', { limit: 10, offset: 0 })).results.map((r) => r.id)).toEqual([
        ids.harbour,
      ]);
      expect((await store.search('wet', { limit: 10, offset: 0 })).results.map((r) => r.id)).toEqual([
        ids.rain,
      ]);
      expect((await store.search('reopens', { limit: 10, offset: 0 })).results.map((r) => r.id)).toEqual([
        ids.harbour,
      ]);
      expect((await store.search('volcano', { limit: 10, offset: 0 })).total).toBe(0);
    });

    it('understands phrases, exclusions and or', async () => {
      const { store } = await fresh();
      const ids = await seed(store);
      const ids_of = async (q: string) =>
        (await store.search(q, { limit: 10, offset: 0 })).results.map((r) => r.id).sort();
      expect(await ids_of('"joint statement"')).toEqual([ids.summit]);
      expect(await ids_of('"statement joint"')).toEqual([]);
      expect(await ids_of('grain -Geneva')).toEqual([ids.harbour]);
      expect(await ids_of('rain or harbour')).toEqual([ids.harbour, ids.rain].sort());
    });

    it('pages results and reports the total', async () => {
      const { store } = await fresh();
      await seed(store);
      const first = await store.search('grain', { limit: 1, offset: 0 });
      const second = await store.search('grain', { limit: 1, offset: 1 });
      expect([first.total, second.total]).toEqual([2, 2]);
      expect(first.results).toHaveLength(1);
      expect(second.results).toHaveLength(1);
      expect(first.results[0]?.id).not.toBe(second.results[0]?.id);
    });

    it('returns nothing for an empty or blank query', async () => {
      const { store } = await fresh();
      await seed(store);
      expect(await store.search('', { limit: 10, offset: 0 })).toEqual({ total: 0, results: [] });
      expect(await store.search('   \n', { limit: 10, offset: 0 })).toEqual({ total: 0, results: [] });
    });

    it('never fails on hostile input and leaves the data intact', async () => {
      const { store } = await fresh();
      await seed(store);
      for (const q of HOSTILE) {
        const r = await store.search(q, { limit: 10, offset: 0 });
        expect(r.total, q).toBeGreaterThanOrEqual(0);
      }
      expect((await store.search('grain" OR "1"="1', { limit: 10, offset: 0 })).total).toBeLessThanOrEqual(2);
      expect((await store.search('grain', { limit: -5, offset: -1 })).total).toBe(2);
      expect(await store.articles.count()).toBe(3);
    });

    it('still finds an article after reclustering gives it a story', async () => {
      const { store } = await fresh();
      const ids = await seed(store);
      await store.stories.applyClustering([
        {
          id: null,
          headline: 'Grain',
          standfirst: null,
          firstPublished: new Date(),
          lastPublished: new Date(),
          articleCount: 1,
          outletCount: 1,
          relatedIds: [],
          articleIds: [ids.harbour],
        },
      ]);
      const hit = (await store.search('shipments', { limit: 10, offset: 0 })).results[0];
      expect(hit?.storyId).not.toBeNull();
    });
  });
});

const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('storage: search stays bounded', () => {
  forEachDialect((fresh) => {
    it('answers the same word typed 250 times as that word once (the issue reproducer)', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('bulk'));
      // Many articles full of the repeated word: before the cap this query took minutes on SQLite.
      for (let i = 0; i < 120; i++) {
        const bodyText = `a note, a line and a word in a row ${i}. `.repeat(12);
        await store.articles.insert(
          articleFixture(outlet.id, `bulk-${i}`, { title: `a title ${i}`, bodyText }),
        );
      }
      const once = await store.search('a', { limit: 20, offset: 0 });
      const repeated = await store.search(Array(250).fill('a').join(' '), { limit: 20, offset: 0 });
      expect(repeated.timedOut).toBeUndefined();
      expect(repeated.shortened).toBeUndefined();
      expect(repeated.total).toBe(once.total);
      expect(repeated.results.map((r) => r.id)).toEqual(once.results.map((r) => r.id));
    });

    it('searches at most 16 distinct words and says which were left out', async () => {
      const { store } = await fresh();
      const ids = await seed(store);
      const extra = words('w', 40);
      const found = await store.search(`grain geneva grain ${extra.join(' ')}`, { limit: 10, offset: 0 });
      expect(found.shortened?.searched).toBe(['grain', 'geneva', ...extra.slice(0, 14)].join(' '));
      expect(found.shortened?.dropped).toEqual(extra.slice(14));
      expect(found.total).toBe(0);
      const kept = await store.search(`grain ${words('w', 30).join(' or ')}`, { limit: 10, offset: 0 });
      // "grain w0", then w1 … w14 as alternatives: 16 words in all.
      expect(kept.shortened?.searched).toBe(['grain w0', ...words('w', 15).slice(1)].join(' or '));
      expect(kept.results.map((r) => r.id)).toEqual([]);
      expect(ids.summit).toBeGreaterThan(0);
    });

    it('bounds the worst shapes: many ors, quoted phrases and minus terms', async () => {
      const { store } = await fresh();
      const ids = await seed(store);
      const sorted = async (q: string) => {
        const r = await store.search(q, { limit: 10, offset: 0 });
        return { ids: r.results.map((h) => h.id).sort(), shortened: r.shortened };
      };
      // Repeats cost nothing: the same alternative, phrase or exclusion counts once.
      expect(await sorted(Array(80).fill('grain').join(' or '))).toEqual({
        ids: [ids.harbour, ids.summit].sort(),
        shortened: undefined,
      });
      expect(await sorted(Array(25).fill('"joint statement"').join(' '))).toEqual({
        ids: [ids.summit],
        shortened: undefined,
      });
      expect(await sorted(`grain ${Array(80).fill('-geneva').join(' ')}`)).toEqual({
        ids: [ids.harbour],
        shortened: undefined,
      });
      // Distinct terms are cut at 16 words, a phrase counting each of its words.
      const phrases = words('p', 20).map((w) => `"${w} ${w}x"`);
      const many = await sorted(`"joint statement" ${phrases.join(' ')}`);
      expect(many.shortened?.searched.split(/\s+/)).toHaveLength(16);
      expect(many.shortened?.dropped[0]).toBe('"p7 p7x"');
      const minus = await sorted(`grain ${words('-m', 40).join(' ')}`);
      expect(minus.ids).toEqual([ids.harbour, ids.summit].sort());
      expect(minus.shortened?.dropped).toHaveLength(25);
      const ors = await sorted(`rain or harbour or ${words('o', 60).join(' or ')}`);
      expect(ors.ids).toEqual([ids.harbour, ids.rain].sort());
      expect(ors.shortened?.searched.split(' or ')).toHaveLength(16);
    });

    it('gives up with timedOut when a search outlives its time budget, and keeps serving', async () => {
      const db = await fresh();
      await seed(db.store);
      const slow = await db.reopen({ search: { deadlineMs: 200, stallMs: 1_500 } });
      expect(await slow.search('grain', { limit: 10, offset: 0 })).toEqual({
        total: 0,
        results: [],
        timedOut: true,
      });
      // A second slow search gets a fresh reader rather than an error.
      expect((await slow.search('rain', { limit: 10, offset: 0 })).timedOut).toBe(true);
      expect((await db.store.search('grain', { limit: 10, offset: 0 })).total).toBe(2);
    });

    it('answers a burst of slow searches, each with timedOut, and still closes', async () => {
      const db = await fresh();
      await seed(db.store);
      const slow = await db.reopen({ search: { deadlineMs: 100, stallMs: 1_000 } });
      const burst = await Promise.all(
        Array.from({ length: 8 }, (_, i) => slow.search(`grain w${i}`, { limit: 10, offset: 0 })),
      );
      expect(burst.map((r) => r.timedOut)).toEqual(Array(8).fill(true));
      await slow.close();
    });
  });
});
