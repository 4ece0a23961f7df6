import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPublicError } from './errors.js';
import { openTestSite, type TestSite } from './test-harness.js';
import { AppError } from '../domain/index.js';

let site: TestSite;
beforeAll(async () => {
  site = await openTestSite({ publicUrl: 'https://news.example.org/' });
});
afterAll(async () => {
  await site.close();
});

type StoryRow = { id: number };
type ErrorBody = { error: { code: string; message: unknown } };
type ComposedBody = {
  headline: string;
  headlineCredit: unknown;
  perspectives: { ownership: string; outlets: { quotes: unknown[] }[] }[];
  related: unknown[];
  coverage: { byOwnership: unknown[] };
  timeline: { at: string }[];
  facts: unknown;
};

const getJson = async <T = ErrorBody>(path: string) => {
  const res = await site.app.request(path);
  expect(res.headers.get('content-type')).toContain('application/json');
  return { status: res.status, body: (await res.json()) as T };
};

describe('JSON API', () => {
  it('lists stories ranked, with ISO dates, absolute URLs from the public URL and the total', async () => {
    const { status, body } = await getJson<{ total: number; stories: StoryRow[] }>('/api/stories');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.stories.map((s) => s.id)).toEqual([site.seeded.broad, site.seeded.fresh, site.seeded.old]);
    expect(body.stories[0]).toEqual({
      id: site.seeded.broad,
      headline: 'Grain corridor talks resume in Istanbul',
      standfirst: 'Negotiators meet again on shipping grain across the Black Sea.',
      outletCount: 4,
      articleCount: 4,
      firstPublished: '2024-05-03T09:00:00.000Z',
      lastPublished: '2024-05-03T09:00:00.000Z',
      url: `https://news.example.org/stories/${site.seeded.broad}`,
      blindspots: [],
    });
  });

  it('pages the ranked list with limit and offset and rejects out-of-range values', async () => {
    const { body } = await getJson<{ stories: StoryRow[] }>('/api/stories?limit=1&offset=1');
    expect(body.stories.map((s) => s.id)).toEqual([site.seeded.fresh]);
    expect((await getJson('/api/stories?limit=0')).status).toBe(400);
    expect((await getJson('/api/stories?limit=abc')).status).toBe(400);
    const tooFar = await getJson('/api/stories?offset=100000');
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.error.code).toBe('bad-input');
  });

  it('returns the composed story with perspectives, quotes, facts, coverage, timeline and related', async () => {
    const { status, body } = await getJson<ComposedBody>(`/api/stories/${site.seeded.broad}`);
    expect(status).toBe(200);
    // The stored headline is the state outlet's title: the page takes the wire agency's instead, and says so.
    expect(body.headline).toBe('Grain deal negotiators meet again');
    expect(body.headlineCredit).toMatchObject({ outlet: { name: 'Meridian Wire' }, basis: 'wire' });
    expect(body.perspectives.map((p) => p.ownership)).toEqual(['state', 'public', 'private', 'independent']);
    const quotes = body.perspectives.flatMap((p) => p.outlets.flatMap((o) => o.quotes));
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expect(body.related).toEqual([
      { id: site.seeded.old, headline: 'Solar schools open in Kenya', outletCount: 2 },
    ]);
    expect(body.coverage.byOwnership.length).toBe(4);
    expect(body.timeline).toHaveLength(4);
    expect(body.timeline[0]?.at).toBe('2024-05-03T09:00:00.000Z');
    expect(Array.isArray(body.facts)).toBe(true);
  });

  it('returns an article with its outlet, quotes and mentions', async () => {
    const { status, body } = await getJson<{
      article: unknown;
      quotes: unknown[];
      mentions: { actorId: string }[];
    }>(`/api/articles/${site.seeded.richArticle}`);
    expect(status).toBe(200);
    expect(body.article).toMatchObject({
      id: site.seeded.richArticle,
      title: 'Grain corridor talks resume in Istanbul',
      byline: 'Zhou Min',
      published: '2024-05-03T09:00:00.000Z',
      outlet: { slug: 'huaxia-herald', ownership: 'state' },
      storyId: site.seeded.broad,
    });
    expect(body.quotes[0]).toMatchObject({
      speaker: 'Liang Wen',
      speakerRole: 'spokesperson',
      affiliation: 'Foreign Ministry',
    });
    expect(body.mentions.map((m) => m.actorId)).toContain('person:liang-wen');
  });

  it('returns only the quotes readers are shown, and all of them with their confidence for ?all=1', async () => {
    type Body = {
      quotes: {
        text: string;
        confidence: number;
        shown: boolean;
        speakerRole: string | null;
        affiliation: string | null;
      }[];
    };
    const shown = await getJson<Body>(`/api/articles/${site.seeded.richArticle}`);
    expect(shown.body.quotes.map((q) => q.shown)).toEqual([true]);
    const all = await getJson<Body>(`/api/articles/${site.seeded.richArticle}?all=1`);
    expect(all.status).toBe(200);
    expect(all.body.quotes.map((q) => [q.text, q.confidence, q.shown])).toEqual([
      ['China supports every effort that keeps food flowing to the world', 0.95, true],
      ['the corridor will close by winter', 0.31, false],
    ]);
    // Role and organisation are in every quote object, null where the text gives none.
    expect(all.body.quotes.map((q) => [q.speakerRole, q.affiliation])).toEqual([
      ['spokesperson', 'Foreign Ministry'],
      [null, null],
    ]);
    expect((await getJson(`/api/articles/${site.seeded.richArticle}?all=yes`)).status).toBe(400);
  });

  it('lists outlets with article counts', async () => {
    const { body } = await getJson<{ outlets: { slug: string }[] }>('/api/outlets');
    const huaxia = body.outlets.find((o) => o.slug === 'huaxia-herald');
    expect(huaxia).toMatchObject({
      name: 'Huaxia Herald',
      articleCount: 2,
      url: 'https://news.example.org/outlets/huaxia-herald',
    });
    expect(body.outlets).toHaveLength(5);
  });

  it('returns an actor with the stories and articles that mention it', async () => {
    const { status, body } = await getJson<{ actor: unknown; stories: StoryRow[]; articles: StoryRow[] }>(
      '/api/actors/person%3Aliang-wen',
    );
    expect(status).toBe(200);
    expect(body.actor).toMatchObject({ id: 'person:liang-wen', name: 'Liang Wen', kind: 'person' });
    expect(body.stories.map((s) => s.id)).toEqual([site.seeded.broad]);
    expect(body.articles.map((a) => a.id)).toEqual([site.seeded.richArticle]);
  });

  it('answers missing and malformed ids, and unknown API paths, with JSON errors', async () => {
    const cases: [string, number, string][] = [
      ['/api/stories/999999', 404, 'not-found'],
      ['/api/stories/not-a-number', 400, 'bad-input'],
      ['/api/articles/0', 400, 'bad-input'],
      ['/api/articles/31337', 404, 'not-found'],
      ['/api/actors/country:zz', 404, 'not-found'],
      ['/api/actors/nonsense', 400, 'bad-input'],
      ['/api/nothing-here', 404, 'not-found'],
    ];
    for (const [path, status, code] of cases) {
      const res = await getJson(path);
      expect([path, res.status]).toEqual([path, status]);
      expect(res.body.error.code).toBe(code);
      expect(typeof res.body.error.message).toBe('string');
    }
  });
});

describe('error mapping', () => {
  it('hides unknown errors behind a 500 without details, and keeps AppError messages', () => {
    const bug = toPublicError(new TypeError('secret internals at foo.ts:12'));
    expect(bug).toEqual({
      status: 500,
      code: 'internal',
      message: 'An unexpected error occurred.',
      known: false,
    });
    expect(toPublicError(new AppError('not-found', 'No story here.'))).toMatchObject({
      status: 404,
      message: 'No story here.',
    });
  });

  it('logs an unexpected failure and shows a plain 500 page and JSON error, no stack trace', async () => {
    const broken = await openTestSite();
    await broken.store.close();
    const page = await broken.app.request('/');
    expect(page.status).toBe(500);
    const text = await page.text();
    expect(text).toContain('Something went wrong');
    expect(text).not.toMatch(/at .*\.[tj]s:\d+/);
    const api = await broken.app.request('/api/stories');
    expect(api.status).toBe(500);
    expect(await api.json()).toEqual({
      error: { code: 'internal', message: 'An unexpected error occurred.' },
    });
    expect(broken.logged.length).toBe(2);
    await broken.close();
  });
});
