import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ENTRY_ATTEMPTS } from './entry-failures.js';
import { ingestFeed } from './ingest-feed.js';
import { openTestContext } from './test-context.js';

// A loopback feed of three entries: one page is fine, one is gone (404), one always answers 503.
describe('feed entries that fail', () => {
  const hits = new Map<string, number>();
  let server: Server;
  let origin: string;
  let t: Awaited<ReturnType<typeof openTestContext>>;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      hits.set(path, (hits.get(path) ?? 0) + 1);
      if (path === '/feed.xml') {
        const etag = '"v1"';
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
        const items = ['ok', 'gone', 'busy']
          .map((k) => `<item><title>${k}</title><link>${origin}/${k}</link><guid>${k}</guid></item>`)
          .join('');
        return void res
          .writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: etag })
          .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${items}</channel></rss>`);
      }
      if (path === '/gone') return void res.writeHead(404).end();
      if (path === '/busy') return void res.writeHead(503).end();
      const body = Array.from(
        { length: 8 },
        (_, i) => `<p>Sentence ${i} of the fine story says what happened.</p>`,
      );
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(`<html><body><article><h1>Fine</h1>${body.join('')}</article></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await openTestContext({ allow: ['127.0.0.1'], timeoutMs: 2000 });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('never refetches a 404, retries a 503 a few times, and saves the validators only once nothing waits', async () => {
    const outlet = await t.ctx.store.outlets.upsert({
      slug: 'flaky',
      name: 'Flaky',
      domain: 'flaky.example',
      country: 'GB',
      language: 'en',
      ownership: 'private',
      genre: 'online',
      homepage: null,
      notes: null,
    });
    const { id } = await t.ctx.store.feeds.add(`${origin}/feed.xml`, outlet.id);
    const poll = async () => ingestFeed(t.ctx, (await t.ctx.store.feeds.get(id))!, outlet);

    const first = await poll();
    expect(first).toMatchObject({ status: 'ok', stored: 1, givenUp: 0 });
    expect(first.skipped.map((s) => [s.url, s.permanent])).toEqual([
      [`${origin}/gone`, true],
      [`${origin}/busy`, false],
    ]);
    expect((await t.ctx.store.feeds.get(id))!.etag).toBeNull();

    for (let attempt = 2; attempt <= MAX_ENTRY_ATTEMPTS; attempt++) {
      const again = await poll();
      expect(again).toMatchObject({ status: 'ok', duplicates: 1, givenUp: 1 });
      expect(again.skipped).toEqual([
        {
          url: `${origin}/busy`,
          reason: expect.stringMatching(/503/),
          permanent: attempt === MAX_ENTRY_ATTEMPTS,
        },
      ]);
    }
    expect(hits.get('/gone')).toBe(1);
    expect(hits.get('/busy')).toBe(MAX_ENTRY_ATTEMPTS);
    expect((await t.ctx.store.feeds.get(id))!.etag).toBe('"v1"');
    expect((await poll()).status).toBe('not-modified');
    expect(await t.ctx.store.feeds.permanentSkipCounts()).toEqual(new Map([[id, 2]]));
  });
});
