import { describe, expect, it } from 'vitest';
import { articleFixture, forEachDialect, outletFixture } from './test-harness.js';

describe('storage: editing outlets and removing feeds', () => {
  forEachDialect((fresh) => {
    it('updates an outlet by slug and raises the story-views version in the same write', async () => {
      const { store } = await fresh();
      await store.outlets.upsert(outletFixture('edited', { country: 'unknown', ownership: 'unknown' }));
      const before = await store.stories.version();
      const updated = await store.outlets.update('edited', {
        country: 'GB',
        ownership: 'public',
        name: 'Edited',
      });
      expect(updated).toMatchObject({ slug: 'edited', country: 'GB', ownership: 'public', name: 'Edited' });
      expect(await store.outlets.getBySlug('edited')).toEqual(updated);
      expect(await store.stories.version()).toBe(before + 1);
      expect(await store.outlets.update('nobody', { country: 'GB' })).toBeNull();
      expect(await store.stories.version()).toBe(before + 1);
    });

    it('removes a feed keeping its articles with their outlet, or with --purge deleting them', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('feeder'));
      const kept = await store.feeds.add('https://feeder.example/rss', outlet.id);
      const purged = await store.feeds.add('https://feeder.example/other.xml', outlet.id);
      await store.articles.insert(articleFixture(outlet.id, 'k1', { feedId: kept.id }));
      await store.articles.insert(articleFixture(outlet.id, 'p1', { feedId: purged.id }));
      await store.articles.insert(articleFixture(outlet.id, 'p2', { feedId: purged.id }));
      const version = await store.stories.version();

      expect(await store.feeds.remove(kept.id, { purge: false })).toEqual({ purged: 0 });
      expect(await store.feeds.get(kept.id)).toBeNull();
      expect(await store.articles.count()).toBe(3);
      expect((await store.articles.listByOutlet(outlet.id, { limit: 10, offset: 0 })).length).toBe(3);

      expect(await store.feeds.remove(purged.id, { purge: true })).toEqual({ purged: 2 });
      expect(await store.articles.count()).toBe(1);
      expect(await store.stories.version()).toBe(version + 1);
      expect(await store.feeds.remove(purged.id, { purge: true })).toBeNull();
      expect(await store.feeds.getByUrl('https://feeder.example/rss')).toBeNull();
    });
  });
});
