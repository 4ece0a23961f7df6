import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import type { Store } from '../storage/index.js';
import { forEachDialect } from '../storage/test-harness.js';
import { createWebApp } from './app.js';
import { NOW, seedNewsroom, testLabels } from './test-harness.js';
import { createViewCache } from './view-cache.js';

/** The real store, with its searches counted. */
function counted(store: Store) {
  const calls = { searches: 0 };
  const counting: Store = {
    ...store,
    search: (query, page) => {
      calls.searches++;
      return store.search(query, page);
    },
  };
  return { store: counting, calls };
}

function site(store: Store) {
  const now = () => NOW;
  // Every request reads the version, so a change is seen at once (serve reads it at most once a second).
  const views = createViewCache(store.stories, now, { versionCheckMs: 0 });
  const searchPages = createViewCache(store.stories, now, { versionCheckMs: 0 });
  return createWebApp({
    store,
    config: loadConfig({}, {}),
    now,
    labels: testLabels,
    demo: true,
    views,
    searchPages,
  });
}

describe('search result pages', () => {
  forEachDialect((fresh) => {
    it('are searched once per query and story-views version, with ETags, and searched again after a re-clustering', async () => {
      const db = await fresh();
      const seeded = await seedNewsroom(db.store);
      const { store, calls } = counted(db.store);
      const app = site(store);

      const first = await app.request('/search?q=grain');
      expect(first.status).toBe(200);
      const text = await first.text();
      expect(text).toMatch(/\d+ articles? found for “grain”/);
      const etag = first.headers.get('etag');
      expect(etag).toBeTruthy();
      expect(first.headers.get('cache-control')).toContain('max-age=60');

      const concurrent = await Promise.all(Array.from({ length: 20 }, () => app.request('/search?q=grain')));
      for (const res of concurrent) expect(await res.text()).toBe(text);
      expect(calls.searches).toBe(1);
      expect((await app.request('/search?q=grain', { headers: { 'If-None-Match': etag! } })).status).toBe(
        304,
      );

      // Another page of results and another query are searches of their own.
      await app.request('/search?q=grain&page=2');
      await app.request('/search?q=talks');
      expect(calls.searches).toBe(3);

      // A re-clustering (how stored articles reach readers) makes the next reader search again.
      const articleIds = (await db.store.articles.listByStory(seeded.broad)).map((a) => a.id);
      const broad = (await db.store.stories.get(seeded.broad))!;
      await db.store.stories.applyClustering([{ ...broad, id: seeded.broad, articleIds }]);
      const after = await app.request('/search?q=grain');
      expect(after.status).toBe(200);
      expect(calls.searches).toBe(4);
    });

    it('keeps no page for a search that ran out of time, so the next reader tries again', async () => {
      const db = await fresh();
      await seedNewsroom(db.store);
      let timeOut = true;
      const calls = { searches: 0 };
      const store: Store = {
        ...db.store,
        // The real search, reported as timed out while `timeOut` holds (the budget itself is tested in search-bounds).
        search: async (query, page) => {
          calls.searches++;
          const found = await db.store.search(query, page);
          return timeOut ? { total: 0, results: [], timedOut: true } : found;
        },
      };
      const app = site(store);
      const slow = await app.request('/search?q=grain');
      expect(slow.status).toBe(503);
      expect(await slow.text()).toContain('took too long');
      timeOut = false;
      const again = await app.request('/search?q=grain');
      expect(again.status).toBe(200);
      expect(calls.searches).toBe(2);
    });
  });
});
