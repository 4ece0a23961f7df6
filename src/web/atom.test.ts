import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStoriesAtom } from './atom.js';
import { NOW, openTestSite, type TestSite } from './test-harness.js';

let site: TestSite;
beforeAll(async () => {
  site = await openTestSite();
});
afterAll(async () => {
  await site.close();
});

const parse = (xml: string) => parseDocument(xml, { xmlMode: true });
const text = (el: ReturnType<typeof DomUtils.findOne>, tag: string) =>
  DomUtils.textContent(DomUtils.getElementsByTagName(tag, el!.children, false)[0]!);

describe('Atom feed of top stories', () => {
  it('is an Atom 1.0 document with one entry per story, ranked, linking to story pages on the listen address, whatever Host the request names', async () => {
    const res = await site.app.request('http://news.test:8080/feeds/stories.atom', {
      headers: { Host: 'news.test:8080', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const doc = parse(await res.text());
    const feed = DomUtils.findOne((e) => e.name === 'feed', doc.children)!;
    expect(feed.attribs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(text(feed, 'id')).toBe('http://127.0.0.1:3000/');
    expect(text(feed, 'updated')).toBe('2024-05-03T11:00:00.000Z');
    const entries = DomUtils.getElementsByTagName('entry', feed);
    expect(entries).toHaveLength(3);
    const first = entries[0]!;
    expect(text(first, 'title')).toBe('Grain corridor talks resume in Istanbul');
    expect(text(first, 'id')).toBe(`http://127.0.0.1:3000/stories/${site.seeded.broad}`);
    expect(text(first, 'summary')).toBe('Negotiators meet again on shipping grain across the Black Sea.');
    expect(DomUtils.getElementsByTagName('link', first)[0]!.attribs.href).toBe(
      `http://127.0.0.1:3000/stories/${site.seeded.broad}`,
    );
    for (const e of entries) expect(text(e, 'updated')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("never takes the API's absolute links from a forged Host", async () => {
    const res = await site.app.request('http://evil.example/api/stories', {
      headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' },
    });
    const body = await res.text();
    expect(body).toContain(`"http://127.0.0.1:3000/stories/${site.seeded.broad}"`);
    expect(body).not.toContain('evil.example');
  });

  it('escapes markup in headlines and uses the public URL when one is configured', () => {
    const xml = renderStoriesAtom(
      [
        {
          id: 7,
          headline: 'Tom & Jerry <b>talk</b>\u0002',
          standfirst: null,
          firstPublished: NOW,
          lastPublished: NOW,
          articleCount: 2,
          outletCount: 1,
          relatedIds: [],
          updatedAt: NOW,
        },
      ],
      'https://example.org',
      NOW,
    );
    const doc = parse(xml);
    const entry = DomUtils.findOne((e) => e.name === 'entry', doc.children)!;
    expect(text(entry, 'title')).toBe('Tom & Jerry <b>talk</b>');
    expect(DomUtils.getElementsByTagName('b', doc)).toHaveLength(0);
    expect(xml).not.toContain('<b>');
    expect(text(entry, 'id')).toBe('https://example.org/stories/7');
    expect(text(entry, 'summary')).toBe('1 outlet, 2 articles.');
  });

  it('stays valid with no stories, dated now', () => {
    const doc = parse(renderStoriesAtom([], 'https://example.org', NOW));
    const feed = DomUtils.findOne((e) => e.name === 'feed', doc.children)!;
    expect(text(feed, 'updated')).toBe(NOW.toISOString());
    expect(DomUtils.getElementsByTagName('entry', feed)).toHaveLength(0);
  });
});
