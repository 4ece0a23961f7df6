import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSite, type TestSite } from './test-harness.js';

let site: TestSite;
beforeAll(async () => {
  site = await openTestSite();
  const { store, seeded } = site;
  // The single-outlet story turns out to be part of the broad one: re-clustering folds it in.
  const [broad, fresh] = await store.stories.getMany([seeded.broad, seeded.fresh]);
  const members = async (id: number) => (await store.articles.listByStory(id)).map((a) => a.id);
  const articleIds = [...(await members(seeded.broad)), ...(await members(seeded.fresh))];
  await store.stories.applyClustering([
    {
      ...broad!,
      id: seeded.broad,
      articleCount: articleIds.length,
      lastPublished: fresh!.lastPublished,
      articleIds,
      redirectFrom: [seeded.fresh],
    },
  ]);
});
afterAll(async () => {
  await site.close();
});

describe('a story merged into another', () => {
  it('answers at its old address with a permanent redirect to the story it joined', async () => {
    const res = await site.app.request(`/stories/${site.seeded.fresh}`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`/stories/${site.seeded.broad}`);
    const page = await site.app.request(res.headers.get('location')!);
    expect(page.status).toBe(200);
  });

  it('redirects the API the same way, to the API address', async () => {
    const res = await site.app.request(`/api/stories/${site.seeded.fresh}`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`/api/stories/${site.seeded.broad}`);
  });

  it('still answers 404 for an id that never was a story', async () => {
    expect((await site.app.request('/stories/999999')).status).toBe(404);
    expect((await site.app.request('/api/stories/999999')).status).toBe(404);
  });
});
