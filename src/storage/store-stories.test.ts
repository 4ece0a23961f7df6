import { describe, expect, it } from 'vitest';
import type { Actor } from '../domain/index.js';
import type { Store } from './index.js';
import { articleFixture, forEachDialect, outletFixture } from './test-harness.js';
import { fixtureDay, storyUpsertFixture } from './fixtures.js';

const day = fixtureDay;
const upsert = storyUpsertFixture;

async function seed(store: Store, n: number): Promise<number[]> {
  const outlet = await store.outlets.upsert(outletFixture('seed'));
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(await store.articles.insert(articleFixture(outlet.id, `s${i}`)));
  return ids;
}

const storyOf = async (store: Store, articleId: number) => (await store.articles.get(articleId))?.storyId;

describe('storage: stories and actors', () => {
  forEachDialect((fresh) => {
    it('creates stories and returns their ids in order', async () => {
      const { store } = await fresh();
      const [a, b, c] = await seed(store, 3);
      const ids = await store.stories.applyClustering([
        upsert(null, [a!, b!]),
        upsert(null, [c!], { relatedIds: [7, 3] }),
      ]);
      expect(ids).toHaveLength(2);
      expect(await storyOf(store, a!)).toBe(ids[0]);
      expect(await storyOf(store, c!)).toBe(ids[1]);
      const second = await store.stories.get(ids[1]!);
      expect(second).toMatchObject({ headline: `Story of ${c}`, articleCount: 1, relatedIds: [7, 3] });
      expect(await store.stories.count()).toBe(2);
    });

    it('replaces related-story lists after clustering', async () => {
      const { store } = await fresh();
      const [a, b] = await seed(store, 2);
      const [s1, s2] = await store.stories.applyClustering([upsert(null, [a!]), upsert(null, [b!])]);
      await store.stories.setRelated([
        { storyId: s1!, relatedIds: [s2!] },
        { storyId: s2!, relatedIds: [] },
      ]);
      expect((await store.stories.get(s1!))?.relatedIds).toEqual([s2]);
      expect((await store.stories.get(s2!))?.relatedIds).toEqual([]);
    });

    it('moves articles between stories and deletes the stories left empty', async () => {
      const { store } = await fresh();
      const [a, b, c] = await seed(store, 3);
      const [s1, s2] = await store.stories.applyClustering([upsert(null, [a!, b!]), upsert(null, [c!])]);
      // b leaves s1 for s2; s1 keeps a. Then a joins s2 too and s1 is left with nothing.
      const again = await store.stories.applyClustering([
        upsert(s1!, [a!]),
        upsert(s2!, [b!, c!], { headline: 'Grown' }),
      ]);
      expect(again).toEqual([s1, s2]);
      expect(await storyOf(store, b!)).toBe(s2);
      expect((await store.stories.get(s2!))?.headline).toBe('Grown');
      await store.stories.applyClustering([upsert(s2!, [a!, b!, c!])]);
      expect(await store.stories.get(s1!)).toBeNull();
      expect((await store.articles.listByStory(s2!)).map((x) => x.id).sort()).toEqual([a, b, c].sort());
    });

    it('lists several stories’ articles at once, oldest first, with an empty list for a story without any', async () => {
      const { store } = await fresh();
      const [a, b, c] = await seed(store, 3);
      const [s1, s2] = await store.stories.applyClustering([upsert(null, [a!, c!]), upsert(null, [b!])]);
      const byStory = await store.articles.listByStories([s1!, s2!, 999_999, s1!]);
      expect([...byStory.keys()].sort()).toEqual([s1, s2, 999_999].sort());
      expect(byStory.get(s1!)?.map((x) => x.id)).toEqual(
        (await store.articles.listByStory(s1!)).map((x) => x.id),
      );
      expect(
        byStory
          .get(s1!)
          ?.map((x) => x.id)
          .sort(),
      ).toEqual([a, c].sort());
      expect(byStory.get(s2!)?.map((x) => x.id)).toEqual([b]);
      expect(byStory.get(s2!)?.[0]?.outlet.id).toBeTypeOf('number');
      expect(byStory.get(999_999)).toEqual([]);
      expect((await store.articles.listByStories([])).size).toBe(0);
    });

    it('makes an upserted story’s membership exactly its article ids', async () => {
      const { store } = await fresh();
      const [a, b] = await seed(store, 2);
      const [s] = await store.stories.applyClustering([upsert(null, [a!, b!])]);
      await store.stories.applyClustering([upsert(s!, [a!])]);
      expect(await storyOf(store, b!)).toBeNull();
      expect(await storyOf(store, a!)).toBe(s);
    });

    it('with delete-others removes every story not in the new clustering', async () => {
      const { store } = await fresh();
      const [a, b, c] = await seed(store, 3);
      const [s1, s2] = await store.stories.applyClustering([upsert(null, [a!]), upsert(null, [b!, c!])]);
      const [s3] = await store.stories.applyClustering([upsert(s2!, [b!])], 'delete-others');
      expect(s3).toBe(s2);
      expect(await store.stories.get(s1!)).toBeNull();
      expect(await storyOf(store, a!)).toBeNull();
      expect(await storyOf(store, c!)).toBeNull();
      expect(await store.stories.count()).toBe(1);
    });

    it('gives a fresh id to an update whose story no longer exists', async () => {
      const { store } = await fresh();
      const [a] = await seed(store, 1);
      const [id] = await store.stories.applyClustering([upsert(424242, [a!])]);
      expect(id).not.toBe(424242);
      expect(await storyOf(store, a!)).toBe(id);
    });

    it('lists stories by last published, newest first, with paging and since', async () => {
      const { store } = await fresh();
      const ids = await seed(store, 3);
      const made = await store.stories.applyClustering(
        ids.map((id, i) => upsert(null, [id], { lastPublished: day(i + 1) })),
      );
      const all = await store.stories.list({ limit: 10, offset: 0 });
      expect(all.map((s) => s.id)).toEqual([made[2], made[1], made[0]]);
      expect((await store.stories.list({ limit: 1, offset: 1 })).map((s) => s.id)).toEqual([made[1]]);
      expect((await store.stories.list({ limit: 10, offset: 0, since: day(2) })).map((s) => s.id)).toEqual([
        made[2],
        made[1],
      ]);
      expect((await store.stories.getMany([made[1]!, 999_999, made[0]!])).map((s) => s.id)).toEqual([
        made[1],
        made[0],
      ]);
    });

    it('upserts a thousand actors quickly and updates them in place', async () => {
      const { store } = await fresh();
      const actors: Actor[] = Array.from({ length: 1000 }, (_, i) => ({
        id: `person:p${i}`,
        name: `Person ${i}`,
        kind: 'person',
        country: i % 2 ? 'FR' : null,
        description: null,
      }));
      const started = performance.now();
      await store.actors.upsertMany(actors);
      await store.actors.upsertMany(actors.map((a) => ({ ...a, description: 'updated' })));
      expect(performance.now() - started).toBeLessThan(5000);
      expect(await store.actors.get('person:p999')).toEqual({ ...actors[999], description: 'updated' });
      expect(await store.actors.get('person:nobody')).toBeNull();
      await store.actors.upsertMany([]);
    });

    it('ranks actors by the articles mentioning them and finds their articles and stories', async () => {
      const { store } = await fresh();
      await store.actors.upsertMany([
        { id: 'country:cn', name: 'China', kind: 'country', country: 'CN', description: null },
        { id: 'bloc:nato', name: 'NATO', kind: 'bloc', country: null, description: 'military alliance' },
      ]);
      const outlet = await store.outlets.upsert(outletFixture('act'));
      const m = (actorId: string, start: number) => ({
        actorId,
        name: actorId,
        kind: 'country' as const,
        surface: 'x',
        start,
        end: start + 1,
      });
      const a1 = await store.articles.insert(
        articleFixture(outlet.id, 'a1', {
          published: day(1),
          mentions: [m('country:cn', 0), m('country:cn', 5)],
        }),
      );
      const a2 = await store.articles.insert(
        articleFixture(outlet.id, 'a2', {
          published: day(3),
          mentions: [m('country:cn', 0), m('bloc:nato', 4)],
        }),
      );
      const a3 = await store.articles.insert(
        articleFixture(outlet.id, 'a3', { published: day(2), mentions: [m('country:ru', 0)] }),
      );
      const top = await store.actors.top(10);
      expect(top.map((t) => [t.id, t.mentionCount])).toEqual([
        ['country:cn', 2],
        ['bloc:nato', 1],
        ['country:ru', 1],
      ]);
      expect(top[1]).toMatchObject({ name: 'NATO', description: 'military alliance' });
      expect((await store.actors.get('country:ru'))?.name).toBe('country:ru');
      expect((await store.actors.articlesMentioning('country:cn', 10)).map((s) => s.id)).toEqual([a2, a1]);
      const [s1, s2] = await store.stories.applyClustering([
        upsert(null, [a1], { lastPublished: day(1) }),
        upsert(null, [a2, a3], { lastPublished: day(3) }),
      ]);
      expect((await store.actors.storiesMentioning('country:cn', 10)).map((s) => s.id)).toEqual([s2, s1]);
      expect((await store.actors.storiesMentioning('country:ru', 10)).map((s) => s.id)).toEqual([s2]);
      expect(await store.actors.storiesMentioning('person:none', 10)).toEqual([]);
    });
  });
});
