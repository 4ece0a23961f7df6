import { describe, expect, it } from 'vitest';
import { articleFixture, forEachDialect, outletFixture } from './test-harness.js';

describe('storage: outlets, feeds, migrations, dates', () => {
  forEachDialect((fresh, dialect) => {
    it('reports which database it is', async () => {
      const { store } = await fresh();
      expect(store.dialect).toBe(dialect);
    });

    it('runs migrations idempotently: opening the same database twice keeps its data', async () => {
      const db = await fresh();
      const outlet = await db.store.outlets.upsert(outletFixture('twice'));
      await db.store.articles.insert(articleFixture(outlet.id, 'a1'));
      const again = await db.reopen();
      expect(await again.outlets.getBySlug('twice')).toEqual(outlet);
      expect(await again.articles.count()).toBe(1);
    });

    it('upserts outlets by slug, keeping the id and replacing the fields', async () => {
      const { store } = await fresh();
      const first = await store.outlets.upsert(outletFixture('herald'));
      const second = await store.outlets.upsert(
        outletFixture('herald', { name: 'The Herald', ownership: 'public' }),
      );
      expect(second.id).toBe(first.id);
      expect(second.name).toBe('The Herald');
      expect(await store.outlets.get(first.id)).toEqual(second);
      expect(await store.outlets.getBySlug('nope')).toBeNull();
      expect(await store.outlets.get(9999)).toBeNull();
    });

    it('keeps an outlet excerpt-only unless told it is openly licensed, and an upsert without the flag keeps it', async () => {
      const { store } = await fresh();
      expect((await store.outlets.upsert(outletFixture('closed'))).fullText).toBe(false);
      expect((await store.outlets.ensure(outletFixture('ensured'))).fullText).toBe(false);
      const open = await store.outlets.upsert(outletFixture('open', { fullText: true }));
      expect(open.fullText).toBe(true);
      expect((await store.outlets.upsert(outletFixture('open', { name: 'Open Press' }))).fullText).toBe(true);
      expect((await store.outlets.getBySlug('open'))?.fullText).toBe(true);
      expect((await store.outlets.upsert(outletFixture('open', { fullText: false }))).fullText).toBe(false);
      const listed = await store.outlets.list();
      expect(listed.map((o) => [o.slug, o.fullText])).toEqual([
        ['closed', false],
        ['ensured', false],
        ['open', false],
      ]);
    });

    it('finds an outlet by domain, ignoring www. and walking up from subdomains', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('wire', { domain: 'wire.example' }));
      const demo = await store.outlets.upsert(outletFixture('demo', { domain: '127.0.0.1:4000' }));
      expect((await store.outlets.findByDomain('WWW.wire.example'))?.id).toBe(outlet.id);
      expect((await store.outlets.findByDomain('news.wire.example'))?.id).toBe(outlet.id);
      expect((await store.outlets.findByDomain('127.0.0.1:4000'))?.id).toBe(demo.id);
      expect(await store.outlets.findByDomain('other.example')).toBeNull();
      expect(await store.outlets.findByDomain('')).toBeNull();
    });

    it('lists outlets by name with their article counts', async () => {
      const { store } = await fresh();
      const b = await store.outlets.upsert(outletFixture('bbb', { name: 'Beta' }));
      const a = await store.outlets.upsert(outletFixture('aaa', { name: 'Alpha' }));
      await store.articles.insert(articleFixture(b.id, 'b1'));
      await store.articles.insert(articleFixture(b.id, 'b2'));
      const list = await store.outlets.list();
      expect(list.map((o) => [o.id, o.articleCount])).toEqual([
        [a.id, 0],
        [b.id, 2],
      ]);
    });

    it('adds feeds idempotently by url and fills in a missing outlet', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('feedy'));
      const first = await store.feeds.add('https://feedy.example/rss', null);
      const again = await store.feeds.add('https://feedy.example/rss', outlet.id);
      expect(again.id).toBe(first.id);
      expect(again.outletId).toBe(outlet.id);
      const kept = await store.feeds.add('https://feedy.example/rss', null);
      expect(kept.outletId).toBe(outlet.id);
      expect((await store.feeds.list()).length).toBe(1);
      expect(first).toMatchObject({ failures: 0, etag: null, lastCheckedAt: null, nextCheckAt: null });
    });

    it('walks a feed through due, success, not-modified and failures', async () => {
      const { store } = await fresh();
      const t0 = new Date('2024-06-01T00:00:00.000Z');
      const later = (mins: number) => new Date(t0.getTime() + mins * 60_000);
      const a = await store.feeds.add('https://a.example/feed', null);
      const b = await store.feeds.add('https://b.example/feed', null);
      await store.feeds.recordSuccess(b.id, {
        title: 'B feed',
        etag: '"v1"',
        lastModified: 'Sat, 01 Jun 2024 00:00:00 GMT',
        checkedAt: t0,
        nextCheckAt: later(30),
      });
      expect((await store.feeds.due(later(10), 10)).map((f) => f.id)).toEqual([a.id]);
      expect((await store.feeds.due(later(30), 10)).map((f) => f.id)).toEqual([a.id, b.id]);
      expect((await store.feeds.due(later(30), 1)).map((f) => f.id)).toEqual([a.id]);

      await store.feeds.recordFailure(b.id, {
        error: 'HTTP 503',
        checkedAt: later(30),
        nextCheckAt: later(60),
      });
      await store.feeds.recordFailure(b.id, {
        error: 'timeout',
        checkedAt: later(60),
        nextCheckAt: later(120),
      });
      let feed = await store.feeds.get(b.id);
      expect(feed).toMatchObject({ failures: 2, lastError: 'timeout', etag: '"v1"', title: 'B feed' });
      expect(feed?.lastModified).toBe('Sat, 01 Jun 2024 00:00:00 GMT');
      expect(feed?.nextCheckAt).toEqual(later(120));

      await store.feeds.recordNotModified(b.id, { checkedAt: later(120), nextCheckAt: later(180) });
      feed = await store.feeds.get(b.id);
      expect(feed).toMatchObject({ failures: 0, lastError: null, etag: '"v1"' });
      expect(feed?.lastCheckedAt).toEqual(later(120));

      await store.feeds.recordSuccess(b.id, {
        title: null,
        etag: '"v2"',
        lastModified: null,
        checkedAt: later(180),
        nextCheckAt: later(240),
      });
      feed = await store.feeds.get(b.id);
      expect(feed).toMatchObject({ title: 'B feed', etag: '"v2"', lastModified: null, failures: 0 });
      expect(await store.feeds.get(12345)).toBeNull();
    });

    it('round-trips dates to the millisecond', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('clock'));
      const published = new Date('2024-02-29T23:59:59.999Z');
      const updated = new Date('2024-03-01T00:00:00.001Z');
      const fetchedAt = new Date(Date.UTC(1999, 11, 31, 23, 59, 58, 7));
      const id = await store.articles.insert(
        articleFixture(outlet.id, 'clock', { published, updated, fetchedAt }),
      );
      const article = await store.articles.get(id);
      expect(article?.published?.toISOString()).toBe(published.toISOString());
      expect(article?.updated?.getTime()).toBe(updated.getTime());
      expect(article?.fetchedAt.getTime()).toBe(fetchedAt.getTime());

      const feed = await store.feeds.add('https://clock.example/feed', outlet.id);
      await store.feeds.recordNotModified(feed.id, { checkedAt: updated, nextCheckAt: published });
      const got = await store.feeds.get(feed.id);
      expect(got?.lastCheckedAt?.getTime()).toBe(updated.getTime());
      expect(got?.nextCheckAt?.getTime()).toBe(published.getTime());

      const [storyId] = await store.stories.applyClustering([
        {
          id: null,
          headline: 'Leap day',
          standfirst: null,
          firstPublished: fetchedAt,
          lastPublished: published,
          articleCount: 1,
          outletCount: 1,
          relatedIds: [],
          articleIds: [id],
        },
      ]);
      const story = await store.stories.get(storyId!);
      expect(story?.firstPublished.getTime()).toBe(fetchedAt.getTime());
      expect(story?.lastPublished.getTime()).toBe(published.getTime());
      expect(story?.updatedAt).toBeInstanceOf(Date);
    });
  });
});
