import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Store } from './index.js';
import type { RaceJob } from './race-writer.js';
import { articleFixture, forEachDialect, outletFixture, runWriterProcess } from './test-harness.js';
import { storyUpsertFixture } from './fixtures.js';

const upsert = storyUpsertFixture;

async function seed(store: Store, n: number, prefix = 's'): Promise<number[]> {
  const outlet = await store.outlets.upsert(outletFixture(`${prefix}-outlet`));
  const ids: number[] = [];
  for (let i = 0; i < n; i++)
    ids.push(await store.articles.insert(articleFixture(outlet.id, `${prefix}${i}`)));
  return ids;
}

const script = path.join(import.meta.dirname, 'race-writer.ts');

/** Run race-writer.ts as its own process; resolves to the lines it printed. */
async function runWriter(job: RaceJob): Promise<string[]> {
  return (await runWriterProcess(script, job)).split('\n').filter(Boolean);
}

describe('storage: story redirects', () => {
  forEachDialect((fresh) => {
    it('sends a merged story’s id to the story it joined, following later merges', async () => {
      const { store } = await fresh();
      const [a, b, c, d] = await seed(store, 4);
      const [s1, s2, s3] = await store.stories.applyClustering([
        upsert(null, [a!]),
        upsert(null, [b!]),
        upsert(null, [c!, d!]),
      ]);
      // s2 merges into s1: s2 is deleted (no articles left) and redirects.
      await store.stories.applyClustering([
        upsert(s1!, [a!, b!], { redirectFrom: [s2!] }),
        upsert(s3!, [c!, d!]),
      ]);
      expect(await store.stories.get(s2!)).toBeNull();
      expect(await store.stories.resolve(s2!)).toBe(s1);
      expect(await store.stories.resolve(s1!)).toBe(s1);
      // Later s1 merges into a brand-new story: s2's readers follow both hops.
      const [s4] = await store.stories.applyClustering([
        upsert(null, [a!, b!, c!, d!], { redirectFrom: [s1!, s3!] }),
      ]);
      expect(await store.stories.resolve(s2!)).toBe(s4);
      expect(await store.stories.resolve(s1!)).toBe(s4);
      expect(await store.stories.resolve(s3!)).toBe(s4);
      expect(await store.stories.resolve(s4! + 1000)).toBeNull();
    });

    it('keeps the first redirect written for an id and never redirects a story that exists', async () => {
      const { store } = await fresh();
      const [a, b, c] = await seed(store, 3);
      const [s1, s2] = await store.stories.applyClustering([upsert(null, [a!]), upsert(null, [b!, c!])]);
      const gone = s2! + 500;
      await store.stories.applyClustering([
        upsert(s1!, [a!], { redirectFrom: [gone, s2!] }),
        upsert(s2!, [b!, c!]),
      ]);
      // s2 still exists, so it is not redirected; the unknown id goes to s1.
      expect(await store.stories.resolve(s2!)).toBe(s2);
      expect(await store.stories.resolve(gone)).toBe(s1);
      // Insert or skip: a second claim on the same old id does not move it.
      await store.stories.applyClustering([
        upsert(s1!, [a!]),
        upsert(s2!, [b!, c!], { redirectFrom: [gone] }),
      ]);
      expect(await store.stories.resolve(gone)).toBe(s1);
    });

    it('answers null for an old id whose story has since gone without a redirect', async () => {
      const { store } = await fresh();
      const [a, b] = await seed(store, 2);
      const [s1, s2] = await store.stories.applyClustering([upsert(null, [a!]), upsert(null, [b!])]);
      await store.stories.applyClustering([upsert(s1!, [a!, b!], { redirectFrom: [s2!] })]);
      expect(await store.stories.resolve(s2!)).toBe(s1);
      // Re-clustering drops s1 altogether (its articles left the window): nowhere to send s2's readers.
      await store.stories.applyClustering([], 'delete-others');
      expect(await store.stories.resolve(s2!)).toBeNull();
    });

    it('lets two processes write the same redirects at once: each old id stored once, no error', async () => {
      const { store, options } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('redirect-race'));
      const feed = await store.feeds.add('https://redirect-race.example/feed', outlet.id);
      const articleIds: number[] = [];
      for (let i = 0; i < 6; i++)
        articleIds.push(await store.articles.insert(articleFixture(outlet.id, `r${i}`)));
      const [target] = await store.stories.applyClustering([upsert(null, articleIds)]);
      const redirectFrom = Array.from({ length: 40 }, (_, i) => target! + 1000 + i);
      const job: RaceJob = {
        options,
        mode: 'redirect',
        outletId: outlet.id,
        feedId: feed.id,
        keys: [],
        urlPrefix: 'https://redirect-race.example/',
        startAt: Date.now() + 3000,
        storyId: target!,
        redirectFrom,
      };
      const runs = await Promise.all([runWriter(job), runWriter({ ...job, reverse: true })]);
      expect(runs.map((r) => r.length)).toEqual([30, 30]);
      for (const from of redirectFrom) expect(await store.stories.resolve(from)).toBe(target);
      expect((await store.articles.listByStory(target!)).length).toBe(6);
    }, 60_000);
  });
});
