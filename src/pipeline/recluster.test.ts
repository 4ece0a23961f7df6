import { describe, expect, it } from 'vitest';
import { articleFixture, outletFixture } from '../storage/test-harness.js';
import { recluster } from './recluster.js';
import { openTestContext } from './test-context.js';

describe('recluster with a given grouping', () => {
  it('stores the groups it is given, with headlines and counts, in place of the clusterer’s', async () => {
    const now = new Date('2024-05-02T12:00:00Z');
    const { ctx, close } = await openTestContext({ allow: [], now });
    try {
      const outlet = await ctx.store.outlets.upsert(outletFixture('regroup'));
      const same = 'Ministers agree a grain corridor deal in Istanbul after long talks.';
      const ids: number[] = [];
      for (const key of ['a', 'b', 'c', 'd']) {
        ids.push(
          await ctx.store.articles.insert(
            articleFixture(outlet.id, key, { title: `Grain deal ${key}`, bodyText: same, fetchedAt: now }),
          ),
        );
      }
      const pairs = (rows: { id: number; published: Date }[]) =>
        [rows.slice(0, 2), rows.slice(2)].map((members) => ({
          articleIds: members.map((m) => m.id),
          firstPublished: members[0]!.published,
          lastPublished: members.at(-1)!.published,
        }));
      const report = await recluster(ctx, { group: pairs });
      expect(report).toEqual({ articles: 4, stories: 2 });
      const stories = await ctx.store.stories.list({ limit: 10, offset: 0 });
      expect(stories.map((s) => s.articleCount)).toEqual([2, 2]);
      const members = await Promise.all(stories.map((s) => ctx.store.articles.listByStory(s.id)));
      expect(members.map((m) => m.map((a) => a.id).sort((x, y) => x - y)).sort()).toEqual(
        [ids.slice(0, 2), ids.slice(2)].sort(),
      );
      expect(stories.every((s) => s.headline.startsWith('Grain deal'))).toBe(true);
    } finally {
      await close();
    }
  });

  it('keeps story ids across re-clustering: a merge redirects the lost id, a split leaves the id with most articles', async () => {
    const now = new Date('2024-05-02T12:00:00Z');
    const { ctx, close } = await openTestContext({ allow: [], now });
    try {
      const outlet = await ctx.store.outlets.upsert(outletFixture('ids'));
      const ids: number[] = [];
      for (const key of ['a', 'b', 'c', 'd', 'e']) {
        ids.push(
          await ctx.store.articles.insert(
            articleFixture(outlet.id, key, {
              title: `Port strike ${key}`,
              bodyText: `Dockers walk out ${key}.`,
              fetchedAt: now,
            }),
          ),
        );
      }
      const storyOf = async (id: number) => (await ctx.store.articles.get(id))!.storyId!;
      const groups = (parts: number[][]) => () =>
        parts.map((p) => ({ articleIds: p.map((i) => ids[i]!), firstPublished: now, lastPublished: now }));

      // Two stories: a+b+c and d+e.
      await recluster(ctx, {
        group: groups([
          [0, 1, 2],
          [3, 4],
        ]),
      });
      const [big, small] = [await storyOf(ids[0]!), await storyOf(ids[3]!)];
      expect(big).not.toBe(small);
      // The same grouping again: the same ids.
      await recluster(ctx, {
        group: groups([
          [0, 1, 2],
          [3, 4],
        ]),
      });
      expect([await storyOf(ids[0]!), await storyOf(ids[3]!)]).toEqual([big, small]);

      // They turn out to be one: the story with most articles keeps its id, the other redirects to it.
      await recluster(ctx, { group: groups([[0, 1, 2, 3, 4]]) });
      expect(await storyOf(ids[4]!)).toBe(big);
      expect(await ctx.store.stories.get(small)).toBeNull();
      expect(await ctx.store.stories.resolve(small)).toBe(big);

      // It drifts apart again: the part holding most of its articles keeps the id, the other is new.
      await recluster(ctx, {
        group: groups([
          [0, 1, 3],
          [2, 4],
        ]),
      });
      expect(await storyOf(ids[0]!)).toBe(big);
      const split = await storyOf(ids[2]!);
      expect(split).not.toBe(big);
      expect(split).not.toBe(small);
      expect(await ctx.store.stories.resolve(small)).toBe(big);
    } finally {
      await close();
    }
  });
});
