import { describe, expect, it } from 'vitest';
import { forEachDialect, outletFixture } from './test-harness.js';

const at = new Date('2024-05-01T12:00:00.000Z');

describe('storage: skipped feed entries', () => {
  forEachDialect((fresh) => {
    it('counts the attempts at a transient failure and gives up after the maximum, keeping the reason', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('skips'));
      const feed = await store.feeds.add('https://skips.example/rss', outlet.id);
      const fail = (reason: string, permanent = false) =>
        store.feeds.recordEntrySkip(feed.id, {
          key: 'g1',
          url: 'https://skips.example/1',
          reason,
          permanent,
          maxAttempts: 3,
          at,
        });
      expect(await fail('page answered 503')).toMatchObject({ attempts: 1, permanent: false });
      expect(await fail('gave up after 15000 ms')).toMatchObject({ attempts: 2, permanent: false });
      expect(await fail('page answered 502')).toEqual({
        key: 'g1',
        url: 'https://skips.example/1',
        reason: 'page answered 502',
        attempts: 3,
        permanent: true,
      });
      const gone = await store.feeds.recordEntrySkip(feed.id, {
        key: 'g2',
        url: null,
        reason: 'HTTP 404',
        permanent: true,
        maxAttempts: 3,
        at,
      });
      expect(gone).toMatchObject({ attempts: 1, permanent: true });
      expect([...(await store.feeds.entrySkips(feed.id)).keys()].sort()).toEqual(['g1', 'g2']);
      expect(await store.feeds.permanentSkipCounts()).toEqual(new Map([[feed.id, 2]]));
      await store.feeds.clearEntrySkip(feed.id, 'g1');
      expect([...(await store.feeds.entrySkips(feed.id)).keys()]).toEqual(['g2']);
    });

    it('keeps the validators of the last complete poll when a poll leaves an entry to retry', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('polled'));
      const feed = await store.feeds.add('https://polled.example/rss', outlet.id);
      const next = new Date('2024-05-01T12:30:00.000Z');
      await store.feeds.recordSuccess(feed.id, {
        title: 'T',
        etag: '"v1"',
        lastModified: 'L1',
        checkedAt: at,
        nextCheckAt: next,
      });
      await store.feeds.recordPolled(feed.id, { title: 'T2', checkedAt: next, nextCheckAt: next });
      expect(await store.feeds.get(feed.id)).toMatchObject({
        title: 'T2',
        etag: '"v1"',
        lastModified: 'L1',
        lastCheckedAt: next,
      });
    });
  });
});
