import { describe, expect, it } from 'vitest';
import type { Store, StoryUpsert } from './index.js';
import { articleFixture, forEachDialect, outletFixture } from './test-harness.js';

const upsert = (id: number | null, articleIds: number[]): StoryUpsert => ({
  id,
  headline: `Story of ${articleIds.join('+')}`,
  standfirst: null,
  firstPublished: new Date('2024-05-01T00:00:00Z'),
  lastPublished: new Date('2024-05-02T00:00:00Z'),
  articleCount: articleIds.length,
  outletCount: 1,
  relatedIds: [],
  articleIds,
});

async function seed(store: Store, n: number): Promise<number[]> {
  const outlet = await store.outlets.upsert(outletFixture('views'));
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(await store.articles.insert(articleFixture(outlet.id, `v${i}`)));
  return ids;
}

describe('storage: story-views version', () => {
  forEachDialect((fresh) => {
    it('raises the version with every re-clustering and related-story write, and not with article inserts', async () => {
      const { store } = await fresh();
      const start = await store.stories.version();
      const [a, b] = await seed(store, 2);
      expect(await store.stories.version()).toBe(start);
      const [s1, s2] = await store.stories.applyClustering([upsert(null, [a!]), upsert(null, [b!])]);
      const afterClustering = await store.stories.version();
      expect(afterClustering).toBeGreaterThan(start);
      await store.stories.setRelated([{ storyId: s1!, relatedIds: [s2!] }]);
      expect(await store.stories.version()).toBeGreaterThan(afterClustering);
    });

    it('shows a change written through another Store instance (another process) to this one', async () => {
      const { store, reopen } = await fresh();
      const [a] = await seed(store, 1);
      const before = await store.stories.version();
      const other = await reopen();
      await other.stories.applyClustering([upsert(null, [a!])]);
      expect(await store.stories.version()).toBeGreaterThan(before);
    });

    it('leaves the version unchanged when a re-clustering fails and rolls back', async () => {
      const { store } = await fresh();
      const before = await store.stories.version();
      await expect(
        store.stories.applyClustering([{ ...upsert(null, [1]), headline: null as unknown as string }]),
      ).rejects.toThrow();
      expect(await store.stories.version()).toBe(before);
    });
  });
});
