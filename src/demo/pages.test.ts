import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoArticles } from './content/index.js';
import { demoOutlets } from './outlets.js';
import { type DemoNewsroom, startDemoNewsroom } from './server.js';
import { templateFor } from './site.js';
import { HOSTILE_TEXT, fixtureArticle, fixtureOutlet } from './test-fixtures.js';

const NOW = new Date('2026-11-27T12:00:00Z');

async function page(url: string) {
  const res = await fetch(url);
  const html = await res.text();
  return { res, html, document: parseHTML(html).document };
}

function jsonLdArticle(
  document: ReturnType<typeof parseHTML>['document'],
): Record<string, unknown> | undefined {
  const script = document.querySelector('script[type="application/ld+json"]');
  const data = JSON.parse(script?.textContent ?? 'null');
  const nodes: Record<string, unknown>[] = Array.isArray(data) ? data : (data?.['@graph'] ?? [data]);
  return nodes.find((n) => n?.['@type'] === 'NewsArticle');
}

describe('demo article pages', () => {
  let nr: DemoNewsroom;
  beforeAll(async () => {
    nr = await startDemoNewsroom({ now: NOW });
  });
  afterAll(() => nr.close());

  const onePerTemplate = () =>
    (['broadsheet', 'broadcaster', 'portal'] as const).map((template) => {
      const outlet = demoOutlets.find((o) => templateFor(o) === template)!;
      return nr.articleUrls.find((a) => a.article.outlet === outlet.slug)!;
    });

  it('serves a page for every demo article at /<outlet>/<yyyy>/<mm>/<dd>/<slug>', async () => {
    expect(nr.articleUrls).toHaveLength(demoArticles.length);
    for (const { url, article, published } of nr.articleUrls) {
      const date = published.toISOString().slice(0, 10).replaceAll('-', '/');
      expect(url).toBe(`${nr.origin}/${article.outlet}/${date}/${article.slug}`);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      await res.arrayBuffer();
    }
  });

  it('uses three different layouts across the demo outlets', async () => {
    const classes = new Set<string>();
    for (const a of onePerTemplate()) classes.add((await page(a.url)).document.body.className);
    expect(classes).toEqual(new Set(['tpl-broadsheet', 'tpl-broadcaster', 'tpl-portal']));
  });

  it('carries title, standfirst, byline, date, figure with caption and credit, and the body in every layout', async () => {
    for (const { url, article, published } of onePerTemplate()) {
      const { document } = await page(url);
      expect(document.querySelector('h1')?.textContent).toBe(article.title);
      expect(document.body.textContent).toContain(article.standfirst);
      expect(document.querySelector('time')?.getAttribute('datetime')).toBe(published.toISOString());
      const caption = document.querySelector('figure figcaption')?.textContent ?? '';
      expect(caption).toContain(article.image.caption);
      expect(caption).toContain(article.image.credit.replace(/^Photo: /, ''));
      expect(document.querySelector('figure img')?.getAttribute('src')).toMatch(/\/images\/.+\.svg$/);
      for (const p of article.paragraphs) expect(document.body.textContent).toContain(p);
      for (const h of Object.values(article.subheadings ?? {}))
        expect(document.body.textContent).toContain(h);
      if (article.byline.startsWith('By ')) expect(document.querySelector('a[rel="author"]')).not.toBeNull();
    }
  });

  it('puts the credit in its own span in some layouts and inside the caption text in others', async () => {
    const styles = new Set<string>();
    for (const { url } of onePerTemplate()) {
      const figcaption = (await page(url)).document.querySelector('figcaption')!;
      styles.add(figcaption.querySelector('span') ? 'span' : 'inline');
    }
    expect(styles).toEqual(new Set(['span', 'inline']));
  });

  it('has the head metadata: title, canonical, Open Graph, published time and a parseable NewsArticle JSON-LD', async () => {
    for (const { url, article, published } of onePerTemplate()) {
      const { document } = await page(url);
      const meta = (p: string) => document.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
      expect(document.title).toContain(article.title);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
      expect(meta('og:title')).toBe(article.title);
      expect(meta('og:description')).toBe(article.standfirst);
      expect(meta('og:image')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\.svg$/);
      expect(meta('og:site_name')).toBeTruthy();
      expect(meta('article:published_time')).toBe(published.toISOString());
      const ld = jsonLdArticle(document)!;
      expect(ld.headline).toBe(article.title);
      expect(ld.description).toBe(article.standfirst);
      expect(ld.datePublished).toBe(published.toISOString());
      expect(ld.author).toBeTruthy();
      expect((ld.image as { url: string }).url).toMatch(/\.svg$/);
      expect((ld.publisher as { name: string }).name).toBeTruthy();
    }
  });

  it('wraps the page in realistic chrome: menu, breadcrumb, cookie banner, newsletter box, share bar, related list, comments, footer', async () => {
    for (const { url } of onePerTemplate()) {
      const { document } = await page(url);
      expect(document.querySelectorAll('nav a').length).toBeGreaterThan(5);
      expect(document.querySelector('[aria-label="Cookie consent"]')?.textContent).toMatch(/cookies/i);
      expect(document.querySelector('.newsletter')?.textContent).toMatch(/sign up for our newsletter/i);
      expect(document.querySelector('.share')?.textContent).toMatch(/share/i);
      expect(document.querySelector('.related h2')?.textContent).toMatch(/related|read more/i);
      expect(document.querySelectorAll('.related li').length).toBeGreaterThan(0);
      expect(document.querySelector('.comments')?.textContent).toMatch(/comments/i);
      expect(document.querySelectorAll('footer a').length).toBeGreaterThan(4);
      expect(document.body.innerHTML).toMatch(/breadcrumb|section-label/);
    }
  });

  it('says visibly that the outlet is a fictional demo', async () => {
    const { document } = await page(nr.articleUrls[0]!.url);
    expect(document.querySelector('.demo-notice')?.textContent).toMatch(/fictional/);
  });

  it('gives each outlet a home page with feed discovery and links to its articles', async () => {
    for (const { outlet, url } of nr.feedUrls) {
      const { document } = await page(`${nr.origin}/${outlet.slug}/`);
      const alternate = document.querySelector('link[rel="alternate"]');
      expect(new URL(alternate?.getAttribute('href') ?? '', `${nr.origin}/${outlet.slug}/`).href).toBe(url);
      const links = [...document.querySelectorAll('.article-list h2 a')].map((a) => a.getAttribute('href'));
      expect(links).toHaveLength(demoArticles.filter((a) => a.outlet === outlet.slug).length);
    }
  });

  it('serves author and section pages linked from articles', async () => {
    const withAuthor = nr.articleUrls.find((a) => a.article.byline.startsWith('By '))!;
    const { document } = await page(withAuthor.url);
    const authorHref = document.querySelector('a[rel="author"]')!.getAttribute('href')!;
    const author = await page(nr.origin + authorHref);
    expect(author.res.status).toBe(200);
    expect(author.html).toContain(withAuthor.url.replace(nr.origin, ''));
    const section = await fetch(`${nr.origin}/${withAuthor.article.outlet}/section/opinion`);
    expect(section.status).toBe(200);
    await section.arrayBuffer();
  });

  it('answers unknown outlets and articles with 404, and an outlet without a slash with a redirect', async () => {
    expect((await fetch(`${nr.origin}/no-such-outlet/`)).status).toBe(404);
    expect((await fetch(`${nr.origin}/huaxia-herald/2026/01/01/nothing-here`)).status).toBe(404);
    const wrongDate = nr.articleUrls[0]!.url.replace(/\/\d{4}\/\d{2}\/\d{2}\//, '/1999/01/01/');
    expect((await fetch(wrongDate)).status).toBe(404);
    const bare = await fetch(`${nr.origin}/huaxia-herald`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/huaxia-herald/');
  });

  it('ignores tracking parameters in article URLs and answers conditional GETs for pages', async () => {
    const { url } = nr.articleUrls[0]!;
    const first = await fetch(`${url}?utm_source=feed`);
    expect(first.status).toBe(200);
    await first.arrayBuffer();
    const again = await fetch(url, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('lists every outlet on the front page and in the OPML file', async () => {
    const root = await page(`${nr.origin}/`);
    const opml = await (await fetch(`${nr.origin}/opml.xml`)).text();
    for (const { outlet, url } of nr.feedUrls) {
      expect(root.html).toContain(`/${outlet.slug}/`);
      expect(opml).toContain(`xmlUrl="${url}"`);
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await fetch(`${nr.origin}/`, { method: 'POST' })).status).toBe(405);
    const head = await fetch(nr.articleUrls[0]!.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('article page escaping', () => {
  it('escapes hostile text everywhere and keeps the JSON-LD parseable', async () => {
    const outlets = (['newspaper', 'broadcaster', 'online'] as const).map((genre, i) =>
      fixtureOutlet({ slug: `p${i}`, genre, name: HOSTILE_TEXT }),
    );
    const articles = outlets.flatMap((o) => [
      fixtureArticle({
        outlet: o.slug,
        slug: 'hostile',
        title: HOSTILE_TEXT,
        standfirst: HOSTILE_TEXT,
        byline: `By ${HOSTILE_TEXT}`,
        section: HOSTILE_TEXT,
        tags: [HOSTILE_TEXT],
        image: { alt: HOSTILE_TEXT, caption: HOSTILE_TEXT, credit: HOSTILE_TEXT, motif: HOSTILE_TEXT },
        paragraphs: [HOSTILE_TEXT, 'Plain.'],
        subheadings: { 1: HOSTILE_TEXT },
      }),
      fixtureArticle({ outlet: o.slug, slug: 'other', hoursAgo: 9 }),
    ]);
    const nr = await startDemoNewsroom({ now: NOW, outlets, articles });
    try {
      for (const { url } of nr.articleUrls) {
        const { html, document } = await page(url);
        expect(html).not.toContain('<script>alert');
        expect(html).not.toContain('\u0007');
        expect(document.querySelectorAll('script')).toHaveLength(1);
        expect(jsonLdArticle(document)).toBeDefined();
      }
      const hostile = nr.articleUrls.find((a) => a.article.slug === 'hostile')!;
      const { document } = await page(hostile.url);
      expect(document.querySelector('h1')?.textContent).toBe(HOSTILE_TEXT.replace('\u0007', ''));
      expect(jsonLdArticle(document)?.headline).toBe(HOSTILE_TEXT);
    } finally {
      await nr.close();
    }
  });
});
