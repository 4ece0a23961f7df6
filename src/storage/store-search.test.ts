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
