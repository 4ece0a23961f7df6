import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoArticles } from './content/index.js';
import { type DemoNewsroom, startDemoNewsroom } from './server.js';
import { HOSTILE_TEXT, fixtureArticle, fixtureOutlet } from './test-fixtures.js';
import type { DemoOutlet } from './types.js';
import { xmlProblems } from './xml-check.js';

const NOW = new Date('2026-11-27T12:00:00Z');
const HOUR = 3_600_000;

type Node = Parameters<typeof DomUtils.textContent>[0];
const all = (node: Node, name: string) => DomUtils.getElementsByTagName(name, node as never, true);
const text = (node: Node | undefined) => (node ? DomUtils.textContent(node).trim() : '');
const child = (node: Node, name: string) => all(node, name)[0];

function expectedFor(outlet: DemoOutlet) {
  return demoArticles.filter((a) => a.outlet === outlet.slug);
}

async function getText(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { res, body: await res.text() };
}

describe('demo newsroom feeds', () => {
  let nr: DemoNewsroom;
  beforeAll(async () => {
    nr = await startDemoNewsroom({ now: NOW });
  });
  afterAll(() => nr.close());

  const feedsOf = (format: DemoOutlet['feedFormat']) =>
    nr.feedUrls.filter((f) => f.outlet.feedFormat === format);

  it('offers one feed per outlet, each outlet under its own path prefix', () => {
    expect(nr.feedUrls).toHaveLength(10);
    for (const { outlet, url } of nr.feedUrls)
      expect(url.startsWith(`${nr.origin}/${outlet.slug}/feed.`)).toBe(true);
  });

  it('serves well-formed RSS 2.0 that lists every article of the outlet with guid, date, creator and image', async () => {
    expect(feedsOf('rss').length).toBeGreaterThan(0);
    for (const { outlet, url } of feedsOf('rss')) {
      const { res, body } = await getText(url);
      expect(res.headers.get('content-type')).toContain('application/rss+xml');
      expect(xmlProblems(body)).toEqual([]);
      const doc = parseDocument(body, { xmlMode: true });
      expect(child(doc, 'rss')?.attribs.version).toBe('2.0');
      const items = all(doc, 'item');
      const expected = expectedFor(outlet);
      expect(items.map((i) => text(child(i, 'title'))).sort()).toEqual(expected.map((a) => a.title).sort());
      for (const item of items) {
        const article = expected.find((a) => a.title === text(child(item, 'title')))!;
        expect(text(child(item, 'guid'))).not.toBe('');
        expect(new Date(text(child(item, 'pubDate'))).getTime()).toBe(
          NOW.getTime() - article.hoursAgo * HOUR,
        );
        expect(text(child(item, 'description'))).toBe(article.standfirst);
        expect(all(item, 'category').map((c) => text(c))).toContain(article.section);
        if (article.byline.startsWith('By ')) expect(all(item, 'dc:creator').length).toBeGreaterThan(0);
        const image = child(item, 'media:content') ?? child(item, 'enclosure');
        expect(image?.attribs.url).toMatch(new RegExp(`/${outlet.slug}/images/.+\\.svg$`));
      }
    }
  });

  it('uses both media:content and enclosure images across the RSS outlets', async () => {
    const kinds = new Set<string>();
    for (const { url } of feedsOf('rss')) {
      const { body } = await getText(url);
      if (body.includes('<media:content')) kinds.add('media');
      if (body.includes('<enclosure')) kinds.add('enclosure');
    }
    expect([...kinds].sort()).toEqual(['enclosure', 'media']);
  });

  it('serves well-formed Atom 1.0 with id, dates, author, summary and alternate and enclosure links', async () => {
    expect(feedsOf('atom').length).toBeGreaterThan(0);
    for (const { outlet, url } of feedsOf('atom')) {
      const { res, body } = await getText(url);
      expect(res.headers.get('content-type')).toContain('application/atom+xml');
      expect(xmlProblems(body)).toEqual([]);
      const doc = parseDocument(body, { xmlMode: true });
      expect(child(doc, 'feed')?.attribs.xmlns).toBe('http://www.w3.org/2005/Atom');
      const entries = all(doc, 'entry');
      const expected = expectedFor(outlet);
      expect(entries).toHaveLength(expected.length);
      for (const entry of entries) {
        const article = expected.find((a) => a.title === text(child(entry, 'title')))!;
        expect(article).toBeDefined();
        expect(text(child(entry, 'id'))).toMatch(/^tag:/);
        expect(Date.parse(text(child(entry, 'published')))).toBe(NOW.getTime() - article.hoursAgo * HOUR);
        expect(text(child(entry, 'updated'))).not.toBe('');
        expect(text(child(entry, 'summary'))).toBe(article.standfirst);
        expect(text(child(child(entry, 'author')!, 'name'))).not.toBe('');
        const links = all(entry, 'link');
        expect(links.find((l) => l.attribs.rel === 'alternate')?.attribs.href).toContain(`/${outlet.slug}/`);
        expect(links.find((l) => l.attribs.rel === 'enclosure')?.attribs.type).toBe('image/svg+xml');
      }
    }
  });

  it('serves JSON Feed 1.1 with id, url, title, summary, date, authors, image and tags', async () => {
    expect(feedsOf('json').length).toBeGreaterThan(0);
    for (const { outlet, url } of feedsOf('json')) {
      const { res, body } = await getText(url);
      expect(res.headers.get('content-type')).toContain('application/feed+json');
      const feed = JSON.parse(body);
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      const expected = expectedFor(outlet);
      expect(feed.items.map((i: { title: string }) => i.title).sort()).toEqual(
        expected.map((a) => a.title).sort(),
      );
      for (const item of feed.items) {
        const article = expected.find((a) => a.title === item.title)!;
        expect(typeof item.id).toBe('string');
        expect(item.url).toContain(`/${outlet.slug}/`);
        expect(item.summary).toBe(article.standfirst);
        expect(item.content_html ?? item.content_text).toBeTruthy();
        expect(Date.parse(item.date_published)).toBe(NOW.getTime() - article.hoursAgo * HOUR);
        expect(item.authors.length).toBeGreaterThan(0);
        expect(item.image).toMatch(/\.svg$/);
        expect(item.tags).toEqual(expect.arrayContaining(article.tags));
      }
    }
  });

  it('lists the newest article first', async () => {
    const { body } = await getText(nr.feedUrls[0]!.url);
    const dates = all(parseDocument(body, { xmlMode: true }), 'pubDate').map((d) => Date.parse(text(d)));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('answers a conditional GET with a matching ETag with 304 and no body', async () => {
    const url = nr.feedUrls[1]!.url;
    const first = await fetch(url);
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(url, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
  });

  it('answers If-Modified-Since at or after Last-Modified with 304, and earlier with 200', async () => {
    const url = nr.feedUrls[3]!.url;
    const first = await fetch(url);
    await first.arrayBuffer();
    const lastModified = first.headers.get('last-modified')!;
    expect((await fetch(url, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    const stale = await fetch(url, { headers: { 'If-Modified-Since': earlier } });
    expect(stale.status).toBe(200);
    expect((await stale.text()).length).toBeGreaterThan(100);
  });

  it('answers 200 when the client holds a different ETag', async () => {
    const res = await fetch(nr.feedUrls[0]!.url, { headers: { 'If-None-Match': '"stale"' } });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  });

  it('keeps guids and ids the same when the newsroom restarts on another port', async () => {
    const other = await startDemoNewsroom({ now: NOW });
    try {
      const atom = nr.feedUrls.find((f) => f.outlet.feedFormat === 'atom')!;
      const ids = async (base: string) =>
        all(parseDocument((await getText(base)).body, { xmlMode: true }), 'id').map((i) => text(i));
      const otherUrl = other.feedUrls.find((f) => f.outlet.slug === atom.outlet.slug)!.url;
      expect(other.origin).not.toBe(nr.origin);
      expect(await ids(otherUrl)).toEqual(await ids(atom.url));
    } finally {
      await other.close();
    }
  });
});

describe('feed escaping', () => {
  it('keeps every format well-formed and the text intact when titles and captions contain markup', async () => {
    const outlets = (['rss', 'atom', 'json'] as const).map((feedFormat, i) =>
      fixtureOutlet({ slug: `o${i}`, feedFormat, name: `A & B <${feedFormat}>` }),
    );
    const articles = outlets.map((o) =>
      fixtureArticle({
        outlet: o.slug,
        slug: 'hostile',
        title: HOSTILE_TEXT,
        standfirst: HOSTILE_TEXT,
        byline: 'By Ann <O’Neil> & Bob',
        tags: [HOSTILE_TEXT],
        image: { alt: HOSTILE_TEXT, caption: HOSTILE_TEXT, credit: HOSTILE_TEXT, motif: HOSTILE_TEXT },
        paragraphs: [HOSTILE_TEXT, 'Second ]]> paragraph'],
      }),
    );
    const nr = await startDemoNewsroom({ now: NOW, outlets, articles });
    const clean = HOSTILE_TEXT.replace('\u0007', '').trim();
    try {
      for (const { outlet, url } of nr.feedUrls) {
        const { body } = await getText(url);
        if (outlet.feedFormat === 'json') {
          expect(JSON.parse(body).items[0].title).toBe(HOSTILE_TEXT);
          continue;
        }
        expect(xmlProblems(body)).toEqual([]);
        const doc = parseDocument(body, { xmlMode: true });
        const entry = child(doc, outlet.feedFormat === 'rss' ? 'item' : 'entry')!;
        expect(text(child(entry, 'title'))).toBe(clean);
      }
    } finally {
      await nr.close();
    }
  });
});
