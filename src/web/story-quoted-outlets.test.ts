import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComposedStory } from '../domain/index.js';
import { articleFixture } from '../storage/test-harness.js';
import { NOW, openTestSite, quote, type TestSite } from './test-harness.js';

let site: TestSite;
let storyId: number;

// Two outlets quote two others that have no article in this story: the quotes stage's outlet facts
// must survive the database for the story to give the quoted outlets their own perspectives.
beforeAll(async () => {
  site = await openTestSite();
  const { store } = site;
  const meridian = (await store.outlets.getBySlug('meridian-wire'))!;
  const northbridge = (await store.outlets.getBySlug('northbridge-bc'))!;
  const herald = quote('the cargo ships were turned back at the strait', 'the Huaxia Herald', {
    kind: 'reported',
    speakerKind: 'outlet',
    cue: 'reported',
    cueClass: 'speech',
    outlet: 'Huaxia Herald',
    outletActorId: 'outlet:huaxia-herald',
    outletCountry: 'CN',
    outletOwnership: 'state',
    outletGenre: 'newspaper',
    speakerDescription: 'the state-run daily',
  });
  const cnn = quote('the convoy had been stopped at the border', 'CNN', {
    kind: 'reported',
    speakerKind: 'outlet',
    cue: 'says',
    outlet: 'CNN',
    outletCountry: 'US',
    outletOwnership: 'private',
    outletGenre: 'broadcaster',
  });
  const at = { fetchedAt: NOW, published: new Date(NOW.getTime() - 2 * 3_600_000) };
  const wire = await store.articles.insert(
    articleFixture(meridian.id, 'meridian-strait', {
      ...at,
      title: 'Ships turned back at strait',
      quotes: [herald],
    }),
  );
  const broadcast = await store.articles.insert(
    articleFixture(northbridge.id, 'northbridge-strait', { ...at, title: 'Convoy halted', quotes: [cnn] }),
  );
  [storyId] = (await store.stories.applyClustering([
    {
      id: null,
      headline: 'Ships turned back at the strait',
      standfirst: null,
      firstPublished: at.published,
      lastPublished: at.published,
      articleCount: 2,
      outletCount: 2,
      relatedIds: [],
      articleIds: [wire, broadcast],
    },
  ])) as [number];
});
afterAll(async () => {
  await site.close();
});

describe('stored stories: outlets quoted by other outlets', () => {
  it('shows each quoted outlet as its own unlinked perspective, reported by the citing outlet, on the page', async () => {
    const res = await site.app.request(`/stories/${storyId}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h3>Chinese state media</h3>');
    expect(page).toContain('<h4>Huaxia Herald</h4>');
    expect(page).toContain('Quoted in coverage by Meridian Wire');
    expect(page).toContain('as reported by Meridian Wire');
    expect(page).toContain('<h4>CNN</h4>');
    expect(page).toContain('Quoted in coverage by Northbridge Broadcasting');
    expect(page).toContain('as reported by Northbridge Broadcasting');
    expect(page).not.toContain('href="/outlets/cnn"');
  });

  it('returns the same quoted-outlet perspectives, with the stored quote details, from the API', async () => {
    const res = await site.app.request(`/api/stories/${storyId}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ComposedStory;
    const coverage = body.perspectives.flatMap((p) => p.outlets.map((o) => ({ ...o, perspective: p })));
    const herald = coverage.find((o) => o.outlet.name === 'Huaxia Herald');
    expect(herald?.perspective).toMatchObject({ ownership: 'state', country: 'CN' });
    expect(herald?.reportedBy).toEqual(['Meridian Wire']);
    expect(herald?.articles).toEqual([]);
    expect(herald?.quotes).toMatchObject([
      {
        text: 'the cargo ships were turned back at the strait',
        reportedBy: 'Meridian Wire',
        cueClass: 'speech',
        outletActorId: 'outlet:huaxia-herald',
        speakerDescription: 'the state-run daily',
      },
    ]);
    const cnn = coverage.find((o) => o.outlet.name === 'CNN');
    expect(cnn?.perspective).toMatchObject({ ownership: 'private', country: 'US' });
    expect(cnn?.reportedBy).toEqual(['Northbridge Broadcasting']);
    expect(cnn?.quotes.map((q) => q.reportedBy)).toEqual(['Northbridge Broadcasting']);
    // The citing outlets keep their articles but not the words they only passed on.
    const wire = coverage.find((o) => o.outlet.name === 'Meridian Wire');
    expect(wire?.articles.map((a) => a.title)).toEqual(['Ships turned back at strait']);
    expect(wire?.quotes).toEqual([]);
  });
});
