import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSite, type TestSite } from './test-harness.js';

let site: TestSite;
beforeAll(async () => {
  site = await openTestSite();
});
afterAll(async () => {
  await site.close();
});

const get = async (path: string) => {
  const res = await site.app.request(path);
  return { status: res.status, headers: res.headers, text: await res.text() };
};

const storyLinks = (page: string) => [...page.matchAll(/href="\/stories\/(\d+)"/g)].map((m) => Number(m[1]));

describe('home page', () => {
  it('lists stories in rank order, broad coverage before a newer single-outlet story', async () => {
    const { status, text } = await get('/');
    expect(status).toBe(200);
    const order = [...new Set(storyLinks(text))];
    expect(order).toEqual([site.seeded.broad, site.seeded.fresh, site.seeded.old]);
  });

  it('shows the demo banner, counts, age, outlet names, a mini coverage bar and the image credit', async () => {
    const { text } = await get('/');
    expect(text).toContain('Demo newsroom');
    expect(text).toMatch(/fictional/);
    expect(text).toContain('4 outlets · 4 articles · 3 h ago');
    expect(text).toContain('Huaxia Herald, Northbridge Broadcasting');
    expect(text).toMatch(/<svg[^>]*role="img"/);
    expect(text).toContain('Image: Ana Ruiz / Northbridge Broadcasting');
    expect(text).toContain('href="/outlets"');
    expect(text).toContain('action="/search"');
  });

  it('sends a strict content security policy with no script sources', async () => {
    const { headers } = await get('/');
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(headers.get('content-type')).toContain('text/html');
  });

  it('sends the security headers with error pages, API errors and 304s too', async () => {
    const home = await get('/');
    const answers = [
      await get('/no/such/page'),
      await get('/stories/abc'),
      await get('/api/stories/999999'),
      await site.app.request('/', { headers: { 'If-None-Match': home.headers.get('etag')! } }),
    ];
    expect(answers.map((a) => a.status)).toEqual([404, 400, 404, 304]);
    for (const { headers } of answers) {
      expect(headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('story page', () => {
  it('shows at least three outlets in perspective groups, with their quotes and attributions', async () => {
    const { status, text } = await get(`/stories/${site.seeded.broad}`);
    expect(status).toBe(200);
    expect(text.match(/<h1>/g)).toHaveLength(1);
    expect(text).toContain('Perspectives');
    const groups = text.match(/<section class="perspective /g) ?? [];
    expect(groups.length).toBeGreaterThanOrEqual(3);
    for (const slug of ['huaxia-herald', 'northbridge-bc', 'meridian-wire', 'ganga-independent']) {
      expect(text).toContain(`href="/outlets/${slug}"`);
    }
    expect(text).toContain('Chinese state media');
    expect(text).toContain('<blockquote');
    expect(text).toContain('China supports every effort that keeps food flowing to the world');
    // Credited as a magazine does: the name, the role and the organisation the text gives.
    expect(text).toContain('— Liang Wen, spokesperson, Foreign Ministry, said');
    expect(text).not.toContain('the corridor will close by winter');
  });

  it('shows the lead image with caption and credit, coverage bars and related stories', async () => {
    const { text } = await get(`/stories/${site.seeded.broad}`);
    expect(text).toContain('src="https://img.example/ships.jpg"');
    expect(text).toContain('Ships at anchor off Istanbul');
    expect(text).toContain('Image: Ana Ruiz / Northbridge Broadcasting');
    expect(text).toContain('<svg');
    expect(text).toContain('By kind of outlet');
    expect(text).toContain('By country');
    expect(text).toMatch(/Explore more[\s\S]*href="\/stories\/\d+"/);
    expect(text).toContain(`href="/stories/${site.seeded.old}"`);
    expect(text).toContain('href="/actors/person:liang-wen"');
  });

  it('escapes an article title carrying a script tag', async () => {
    const { text } = await get(`/stories/${site.seeded.broad}`);
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Grain &amp; the poor');
    expect(text).not.toContain('href="javascript:');
  });

  it('answers a missing story with a 404 page and a malformed id with a 400 page, never a stack trace', async () => {
    const missing = await get('/stories/999999');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('text/html');
    expect(missing.text).toContain('Page not found');
    for (const bad of ['/stories/abc', '/stories/-1', '/stories/1e3', '/stories/99999999999']) {
      const res = await get(bad);
      expect(res.status).toBe(400);
      expect(res.text).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});

describe('outlet pages', () => {
  it('lists outlets with country, ownership and article counts', async () => {
    const { status, text } = await get('/outlets');
    expect(status).toBe(200);
    expect(text).toMatch(
      /Huaxia Herald<\/a><\/td><td>China<\/td><td>State media<\/td><td>newspaper<\/td><td class="num">2</,
    );
  });

  it('shows an outlet profile with its latest articles and paginates', async () => {
    const { status, text } = await get('/outlets/huaxia-herald');
    expect(status).toBe(200);
    expect(text).toContain('<h1>Huaxia Herald</h1>');
    expect(text).toContain('Grain corridor talks resume in Istanbul');
    expect(text).toContain('Solar schools open in Kenya');
    const later = await get('/outlets/huaxia-herald?page=2');
    expect(later.text).toContain('No articles yet.');
    expect((await get('/outlets/huaxia-herald?page=zero')).status).toBe(400);
    expect((await get('/outlets/no-such-outlet')).status).toBe(404);
  });
});

describe('actor page', () => {
  it('shows an actor with the stories and articles that mention it, with the id plain or URL-encoded', async () => {
    for (const path of ['/actors/country:cn', '/actors/country%3Acn']) {
      const { status, text } = await get(path);
      expect(status).toBe(200);
      expect(text).toContain('<h1>China</h1>');
      expect(text).toContain(`href="/stories/${site.seeded.broad}"`);
      expect(text).toContain(`href="/articles/${site.seeded.richArticle}"`);
    }
    expect((await get('/actors/country:zz')).status).toBe(404);
    expect((await get('/actors/%3Cscript%3E')).status).toBe(400);
  });
});

describe('article page', () => {
  it('shows title, byline, outlet, body, quotes, actors and links to the original and the story', async () => {
    const { status, text } = await get(`/articles/${site.seeded.richArticle}`);
    expect(status).toBe(200);
    expect(text).toContain('<h1>Grain corridor talks resume in Istanbul</h1>');
    expect(text).toContain('By Zhou Min');
    expect(text).toContain('<p>Delegations from Ankara and Moscow met in Istanbul');
    expect(text).toContain('Quotes found');
    expect(text).toContain('— Liang Wen, spokesperson, Foreign Ministry, said');
    // A quote below the display threshold is not shown to readers.
    expect(text).not.toContain('the corridor will close by winter');
    expect(text).toContain('href="/actors/country:cn"');
    expect(text).toContain('href="https://news.example/huaxia-grain"');
    expect(text).toContain(`href="/stories/${site.seeded.broad}"`);
  });

  it('does not link an original URL that is not http(s)', async () => {
    const { text } = await get(`/articles/${site.seeded.hostileArticle}`);
    expect(text).not.toContain('javascript:');
    expect(text).not.toContain('<script>');
  });

  it('answers a missing article with 404', async () => {
    expect((await get('/articles/424242')).status).toBe(404);
  });
});

describe('search page', () => {
  it('shows only the form for an empty query', async () => {
    const { status, text } = await get('/search');
    expect(status).toBe(200);
    expect(text).toContain('name="q"');
    expect(text).not.toContain('found for');
  });

  it('lists matching articles with highlighted snippets', async () => {
    const { status, text } = await get('/search?q=istanbul');
    expect(status).toBe(200);
    expect(text).toMatch(/\d+ articles? found for “istanbul”/);
    expect(text).toMatch(/<mark>Istanbul<\/mark>/i);
    expect(text).not.toContain('\u0002');
  });

  it('answers hostile input with a normal page, escaped', async () => {
    const hostile = [
      '"><script>alert(1)</script>',
      "' OR 1=1 --",
      'NEAR( AND * "unbalanced',
      '\u0002\u0003',
      'x'.repeat(5000),
    ];
    for (const q of hostile) {
      const res = await get(`/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.text).not.toContain('<script>alert(1)');
    }
    expect((await get('/search?q=a&q=b')).status).toBe(200);
  });
});

describe('site plumbing', () => {
  it('answers /healthz with ok and unknown paths with the 404 page', async () => {
    expect(await (await site.app.request('/healthz')).text()).toBe('ok');
    const missing = await get('/no/such/page');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('There is nothing at this address.');
  });

  it('serves the stylesheet with long cache headers and answers a matching ETag with 304', async () => {
    const home = await get('/');
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(home.text)?.[1];
    expect(href).toMatch(/^\/static\/site\.css\?v=/);
    const css = await site.app.request(href!);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(css.headers.get('cache-control')).toContain('immutable');
    expect(await css.text()).toContain('.perspectives');
    const again = await site.app.request(href!, { headers: { 'If-None-Match': css.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
