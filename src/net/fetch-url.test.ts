import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_ALLOW_LIST, parseAllowList } from './allow-list.js';
import { fetchUrl } from './fetch-url.js';
import { requestOnce } from './request-once.js';
import type { FetchOptions } from './types.js';

const ETAG = '"v1"';
const LAST_MODIFIED = 'Wed, 01 Jan 2025 10:00:00 GMT';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const routes: Record<string, Handler> = {
  '/ok': (req, res) => {
    if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/rss+xml; charset=ISO-8859-1',
      etag: ETAG,
      'last-modified': LAST_MODIFIED,
    });
    res.end(
      `<rss>ok</rss> ua=${req.headers['user-agent']} accept=${req.headers.accept} host=${req.headers.host}`,
    );
  },
  '/r1': (_req, res) => res.writeHead(302, { location: '/r2' }).end(),
  '/r2': (_req, res) => res.writeHead(301, { location: '/r3?x=1' }).end(),
  '/r3': (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`final ${req.url}`),
  '/loop': (_req, res) => res.writeHead(307, { location: '/loop' }).end(),
  '/to-metadata': (_req, res) =>
    res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/to-ftp': (_req, res) => res.writeHead(302, { location: 'ftp://example.org/file' }).end(),
  '/missing': (_req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('nope'),
  '/big-announced': (_req, res) => res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000)),
  '/big-chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
    res.end();
  },
  '/slow': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('first bytes');
    // Never ends: only the client's deadline can finish this one.
  },
  '/gzip': (_req, res) =>
    res
      .writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/xml' })
      .end(gzipSync('<feed>compressed with gzip</feed>')),
  '/br': (_req, res) =>
    res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync('compressed with brotli')),
  '/raw-deflate': (_req, res) =>
    res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateRawSync('raw deflate body')),
  '/cut-short': (_req, res) => {
    res.writeHead(200, { 'content-length': '1000' });
    res.write('only part of it');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  '/gzip-bomb': (_req, res) =>
    res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(2_000_000))),
};

let server: Server;
let base: string;
let connections = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const handler = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (handler) handler(req, res);
    else res.writeHead(500).end();
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const options = (over: Partial<FetchOptions> = {}): FetchOptions => ({
  timeoutMs: 2000,
  maxBytes: 4096,
  userAgent: 'MultipolarTest/1.0',
  allowPrivate: parseAllowList(['127.0.0.1']),
  ...over,
});

describe('fetchUrl against a loopback server', () => {
  it('returns the body, content type, charset and validators of a 200', async () => {
    const result = await fetchUrl(`${base}/ok`, options({ accept: 'application/rss+xml' }));
    expect(result.ok && result.status === 200).toBe(true);
    if (!result.ok || result.status !== 200) return;
    expect(result.body.toString()).toContain(
      '<rss>ok</rss> ua=MultipolarTest/1.0 accept=application/rss+xml',
    );
    expect(result.contentType).toBe('application/rss+xml; charset=ISO-8859-1');
    expect(result.charset).toBe('iso-8859-1');
    expect(result.etag).toBe(ETAG);
    expect(result.lastModified).toBe(LAST_MODIFIED);
    expect(result.url).toBe(`${base}/ok`);
  });

  it('answers 304 when the ETag still matches', async () => {
    const result = await fetchUrl(`${base}/ok`, options({ etag: ETAG }));
    expect(result).toEqual({ ok: true, status: 304, url: `${base}/ok` });
  });

  it('answers 304 when nothing changed since Last-Modified', async () => {
    const result = await fetchUrl(`${base}/ok`, options({ lastModified: LAST_MODIFIED }));
    expect(result).toMatchObject({ ok: true, status: 304 });
  });

  it('follows a redirect chain and reports the final URL', async () => {
    const result = await fetchUrl(`${base}/r1`, options());
    expect(result).toMatchObject({ ok: true, status: 200, url: `${base}/r3?x=1` });
    if (result.ok && result.status === 200) expect(result.body.toString()).toBe('final /r3?x=1');
  });

  it('gives up on a redirect loop after maxRedirects hops', async () => {
    const result = await fetchUrl(`${base}/loop`, options({ maxRedirects: 3 }));
    expect(result).toMatchObject({ ok: false, reason: 'too-many-redirects' });
  });

  it('checks the address of every redirect hop and refuses the metadata service', async () => {
    const result = await fetchUrl(`${base}/to-metadata`, options());
    expect(result).toMatchObject({ ok: false, reason: 'refused-address' });
    if (!result.ok) expect(result.message).toMatch(/redirect.*169\.254\.169\.254.*metadata/i);
  });

  it('refuses a redirect to a scheme other than http(s)', async () => {
    const result = await fetchUrl(`${base}/to-ftp`, options());
    expect(result).toMatchObject({ ok: false, reason: 'unsupported-scheme' });
  });

  it('reports an HTTP error with its status', async () => {
    const result = await fetchUrl(`${base}/missing`, options());
    expect(result).toMatchObject({ ok: false, reason: 'http-error', status: 404 });
  });

  it('refuses a body whose Content-Length is over the cap', async () => {
    const result = await fetchUrl(`${base}/big-announced`, options({ maxBytes: 1000 }));
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('stops a chunked body without Content-Length once it passes the cap', async () => {
    const result = await fetchUrl(`${base}/big-chunked`, options({ maxBytes: 2500 }));
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    const fits = await fetchUrl(`${base}/big-chunked`, options({ maxBytes: 10_000 }));
    expect(fits.ok && fits.status === 200 && fits.body.length).toBe(10_000);
  });

  it('times out a body that stalls', async () => {
    const started = Date.now();
    const result = await fetchUrl(`${base}/slow`, options({ timeoutMs: 150 }));
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('decodes gzip, brotli and raw deflate bodies', async () => {
    const gz = await fetchUrl(`${base}/gzip`, options());
    expect(gz.ok && gz.status === 200 && gz.body.toString()).toBe('<feed>compressed with gzip</feed>');
    const br = await fetchUrl(`${base}/br`, options());
    expect(br.ok && br.status === 200 && br.body.toString()).toBe('compressed with brotli');
    const raw = await fetchUrl(`${base}/raw-deflate`, options());
    expect(raw.ok && raw.status === 200 && raw.body.toString()).toBe('raw deflate body');
  });

  it('reports a body cut short by the server as a network failure, well before the deadline', async () => {
    const started = Date.now();
    const result = await fetchUrl(`${base}/cut-short`, options({ timeoutMs: 5000 }));
    expect(result).toMatchObject({ ok: false, reason: 'network' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('applies the cap to decompressed bytes so a gzip bomb is stopped', async () => {
    const result = await fetchUrl(`${base}/gzip-bomb`, options({ maxBytes: 100_000 }));
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('connects to the checked address even when the URL names another host', async () => {
    const port = new URL(base).port;
    const url = new URL(`http://rebind.invalid:${port}/ok`);
    const signal = new AbortController().signal;
    const result = await requestOnce(url, { address: '127.0.0.1', family: 4 }, options(), signal);
    expect(result).toMatchObject({ ok: true, status: 200 });
    if ('ok' in result && result.ok && result.status === 200) {
      expect(result.body.toString()).toContain(`host=rebind.invalid:${port}`);
    }
  });
});

describe('fetchUrl refusals', () => {
  it.each([
    ['loopback IPv4', () => `${base}/ok`],
    ['loopback IPv6', () => `http://[::1]:${new URL(base).port}/ok`],
    ['private 10.x', () => 'http://10.1.2.3/feed'],
    ['IPv4-mapped loopback', () => `http://[::ffff:127.0.0.1]:${new URL(base).port}/ok`],
  ])('refuses %s before opening a connection when it is not allow-listed', async (_label, makeUrl) => {
    const before = connections;
    const result = await fetchUrl(makeUrl(), options({ allowPrivate: EMPTY_ALLOW_LIST }));
    expect(result).toMatchObject({ ok: false, reason: 'refused-address' });
    expect(connections).toBe(before);
  });

  it('rejects a string that is not a URL', async () => {
    expect(await fetchUrl('not a url', options())).toMatchObject({ ok: false, reason: 'bad-url' });
  });

  it('rejects schemes other than http and https', async () => {
    expect(await fetchUrl('file:///etc/passwd', options())).toMatchObject({ reason: 'unsupported-scheme' });
  });

  it('reports a refused connection as a network failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await fetchUrl(`http://127.0.0.1:${port}/`, options());
    expect(result).toMatchObject({ ok: false, reason: 'network' });
  });
});
