import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import type { Store } from '../storage/index.js';
import { forEachDialect } from '../storage/test-harness.js';
import { createWebApp } from './app.js';
import { NOW, seedNewsroom, testLabels } from './test-harness.js';
import { createViewCache } from './view-cache.js';

/** The real store, with the reads that compose pages counted. */
function counted(store: Store) {
  const reads = { storyLists: 0, storyArticles: 0 };
  const counting: Store = {
    ...store,
    stories: {
      ...store.stories,
      list: (page) => {
        reads.storyLists++;
        return store.stories.list(page);
      },
    },
    articles: {
      ...store.articles,
      listByStories: (ids) => {
        reads.storyArticles++;
        return store.articles.listByStories(ids);
      },
      listByStory: (id) => {
        reads.storyArticles++;
        return store.articles.listByStory(id);
      },
    },
  };
  return { store: counting, reads };
}

function site(store: Store, clock: { now: Date } = { now: NOW }) {
  const now = () => clock.now;
  // Every request reads the version, so a change is seen at once (serve reads it at most once a second).
  const views = createViewCache(store.stories, now, { versionCheckMs: 0 });
  const app = createWebApp({ store, config: loadConfig({}, {}), now, labels: testLabels, demo: true, views });
  return { app, views };
}

const COMPOSED = (ids: { broad: number }) => [
  '/',
  `/stories/${ids.broad}`,
  '/api/stories',
  `/api/stories/${ids.broad}`,
  '/feeds/stories.atom',
];

describe('composed story views', () => {
  forEachDialect((fresh) => {
    it('composes the home page, a story page and the story API once, however many requests', async () => {
      const db = await fresh();
      const seeded = await seedNewsroom(db.store);
      const { store, reads } = counted(db.store);
      const { app } = site(store);
      const first = new Map<string, string>();
      for (let i = 0; i < 10; i++) {
        for (const path of COMPOSED(seeded)) {
          const res = await app.request(path);
          expect(res.status).toBe(200);
          const text = await res.text();
          if (i === 0) first.set(path, text);
          else expect(text).toBe(first.get(path));
        }
      }
      // One ranking read for the home page, one each for the API list and the feed; one article read per page
      // (the API list reads its stories' articles once, for their blindspots).
      expect(reads.storyLists).toBe(3);
      expect(reads.storyArticles).toBe(4);
    });

    it('composes once when 500 requests meet a cold cache at the same time', async () => {
      const db = await fresh();
      await seedNewsroom(db.store);
      const { store, reads } = counted(db.store);
      const { app } = site(store);
      const all = await Promise.all(Array.from({ length: 500 }, () => app.request('/')));
      expect(all.every((r) => r.status === 200)).toBe(true);
      expect(new Set(all.map((r) => r.headers.get('etag'))).size).toBe(1);
      expect(reads.storyLists).toBe(1);
      expect(reads.storyArticles).toBe(1);
    });

    it('answers a repeated request with 304 and the same ETag, and a re-clustering by another process with new content', async () => {
      const db = await fresh();
      const seeded = await seedNewsroom(db.store);
      const { app } = site(db.store);
      const before = new Map<string, { etag: string; text: string }>();
      const lastModifieds = new Map<string, string>();
      for (const path of COMPOSED(seeded)) {
        const res = await app.request(path);
        const etag = res.headers.get('etag');
        expect(etag).toMatch(/^"\d+-[0-9a-f]{16}"$/);
        expect(res.headers.get('cache-control')).toBeTruthy();
        before.set(path, { etag: etag!, text: await res.text() });
        const again = await app.request(path, { headers: { 'If-None-Match': etag! } });
        expect(again.status).toBe(304);
        expect(again.headers.get('etag')).toBe(etag);
        expect(await again.text()).toBe('');
        // Without If-None-Match, the Last-Modified date validates too (RFC 9110 §13.1.3).
        const lastModified = res.headers.get('last-modified');
        expect(new Date(lastModified!).getTime()).toBe(Math.floor(NOW.getTime() / 1000) * 1000);
        lastModifieds.set(path, lastModified!);
        const since = await app.request(path, { headers: { 'If-Modified-Since': lastModified! } });
        expect([path, since.status]).toEqual([path, 304]);
        const earlier = new Date(NOW.getTime() - 60_000).toUTCString();
        expect((await app.request(path, { headers: { 'If-Modified-Since': earlier } })).status).toBe(200);
        // An ETag that does not match wins over a date that would.
        const both = await app.request(path, {
          headers: { 'If-None-Match': '"0-other"', 'If-Modified-Since': lastModified! },
        });
        expect(both.status).toBe(200);
        expect((await app.request(path, { headers: { 'If-Modified-Since': 'not a date' } })).status).toBe(
          200,
        );
      }

      // Another Store instance, as a worker process would hold, re-clusters: the broad story gets a new headline.
      const worker = await db.reopen();
      const articleIds = (await worker.articles.listByStory(seeded.broad)).map((a) => a.id);
      const broad = (await worker.stories.get(seeded.broad))!;
      await worker.stories.applyClustering([
        { ...broad, headline: 'Grain talks move to Ankara', id: seeded.broad, articleIds },
      ]);

      for (const path of COMPOSED(seeded)) {
        const old = before.get(path)!;
        const res = await app.request(path, { headers: { 'If-None-Match': old.etag } });
        expect([path, res.status]).toEqual([path, 200]);
        expect(res.headers.get('etag')).not.toBe(old.etag);
        const text = await res.text();
        expect(text).toContain('Grain talks move to Ankara');
        expect(text).not.toBe(old.text);
        // New bytes composed within the same second are still dated after the old ones.
        const since = await app.request(path, { headers: { 'If-Modified-Since': lastModifieds.get(path)! } });
        expect([path, since.status]).toEqual([path, 200]);
      }
    });

    it('sends the bytes gzipped at composition to a client that accepts gzip, with its own ETag, and plain bytes otherwise', async () => {
      const db = await fresh();
      const seeded = await seedNewsroom(db.store);
      const { app } = site(db.store);
      for (const path of COMPOSED(seeded)) {
        const plain = await app.request(path);
        expect(plain.headers.get('content-encoding')).toBeNull();
        expect(plain.headers.get('vary')).toBe('Accept-Encoding');
        const text = await plain.text();
        const zipped = await app.request(path, { headers: { 'Accept-Encoding': 'br, gzip;q=0.8' } });
        expect(zipped.headers.get('content-encoding')).toBe('gzip');
        expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
        const bytes = Buffer.from(await zipped.arrayBuffer());
        expect(bytes.byteLength).toBeLessThan(Buffer.byteLength(text));
        expect(gunzipSync(bytes).toString('utf8')).toBe(text);
        const etag = zipped.headers.get('etag')!;
        expect(etag).toMatch(/^"\d+-[0-9a-f]{16}-gz"$/);
        expect(etag).not.toBe(plain.headers.get('etag'));
        const again = await app.request(path, {
          headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag },
        });
        expect(again.status).toBe(304);
        // A client that refuses gzip gets the plain bytes, and the gzip ETag does not validate them.
        const refused = await app.request(path, {
          headers: { 'Accept-Encoding': 'gzip;q=0', 'If-None-Match': etag },
        });
        expect(refused.status).toBe(200);
        expect(refused.headers.get('content-encoding')).toBeNull();
        expect(await refused.text()).toBe(text);
      }
    });

    it('recomposes a page a minute old though nothing changed, serving the old one meanwhile', async () => {
      const db = await fresh();
      await seedNewsroom(db.store);
      const clock = { now: NOW };
      const { app, views } = site(db.store, clock);
      const first = await app.request('/');
      expect(await first.text()).toContain('4 outlets · 4 articles · 3 h ago');
      clock.now = new Date(NOW.getTime() + 3_600_000);
      const stale = await app.request('/');
      expect(stale.headers.get('etag')).toBe(first.headers.get('etag'));
      await views.idle();
      const fresh1 = await app.request('/');
      expect(fresh1.headers.get('etag')).not.toBe(first.headers.get('etag'));
      expect(await fresh1.text()).toContain('4 outlets · 4 articles · 4 h ago');
    });

    it('sends Cache-Control suited to each kind of response', async () => {
      const db = await fresh();
      const seeded = await seedNewsroom(db.store);
      const { app } = site(db.store);
      const cacheControl = async (path: string) => (await app.request(path)).headers.get('cache-control');
      expect(await cacheControl('/')).toBe('no-cache');
      expect(await cacheControl(`/stories/${seeded.broad}`)).toBe('no-cache');
      expect(await cacheControl('/api/stories')).toBe('no-cache');
      expect(await cacheControl(`/articles/${seeded.richArticle}`)).toBe('no-cache');
      expect(await cacheControl('/feeds/stories.atom')).toBe('public, max-age=300');
      expect(await cacheControl('/search?q=grain')).toBe('public, max-age=60');
      expect(await cacheControl('/stories/999999')).toBe('no-store');
      expect(await cacheControl('/api/stories/999999')).toBe('no-store');
      expect(await cacheControl('/healthz')).toBe('no-store');
      const home = await (await app.request('/')).text();
      const css = home.match(/href="(\/static\/site\.css\?v=[0-9a-f]+)"/)![1]!;
      expect(await cacheControl(css)).toBe('public, max-age=31536000, immutable');
    });

    it('answers article, outlet and actor pages and their API with 304 when the client holds the same bytes', async () => {
      const db = await fresh();
      const seeded = await seedNewsroom(db.store);
      const { app } = site(db.store);
      const paths = [
        `/articles/${seeded.richArticle}`,
        `/outlets/${seeded.outletSlugs[0]}`,
        '/outlets',
        '/actors/country:cn',
        `/api/articles/${seeded.richArticle}`,
        '/api/outlets',
        '/api/actors/country:cn',
      ];
      for (const path of paths) {
        const res = await app.request(path);
        expect([path, res.status]).toEqual([path, 200]);
        const etag = res.headers.get('etag');
        expect(etag).toMatch(/^"h-[0-9a-f]{16}"$/);
        const again = await app.request(path, { headers: { 'If-None-Match': etag! } });
        expect([path, again.status]).toEqual([path, 304]);
        expect(await again.text()).toBe('');
      }
      // A change to what the page shows changes its ETag.
      const outlet = (await db.store.outlets.getBySlug(seeded.outletSlugs[0]!))!;
      const before = (await app.request('/outlets')).headers.get('etag')!;
      await db.store.outlets.upsert({ ...outlet, name: 'Huaxia Evening Herald' });
      const after = await app.request('/outlets', { headers: { 'If-None-Match': before } });
      expect(after.status).toBe(200);
      expect(await after.text()).toContain('Huaxia Evening Herald');
    });
  });
});
