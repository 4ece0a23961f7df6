/*
 * Hostile and broken endpoints, for tests of the fetcher, the feed parser and the extractor:
 *
 *   /_broken/feed.xml       malformed RSS: unclosed tags, an undeclared entity, truncated mid-item
 *   /_broken/slow           answers after 5 s (?ms=N to choose 0–30000); other requests are not held up
 *   /_broken/huge           streams exactly 20 MiB of HTML without Content-Length (?declare=1 sends it)
 *   /_broken/not-html       a PNG image (?lie=1 labels it text/html)
 *   /_broken/404            a 404 page
 *   /_broken/500            a 500 page
 *   /_broken/redirect-loop  a 302 that points at itself
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bytes streamed by `/_broken/huge`. */
export const HUGE_BYTES = 20 * 1024 * 1024;

/** Default delay of `/_broken/slow`. */
export const SLOW_MS = 5000;

/** A tiny valid PNG (8×8, one colour). */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mPYrCaHFTEMLQkARnA9wT0fC4MAAAAASUVORK5CYII=',
  'base64',
);

/** The malformed feed served at `/_broken/feed.xml`. */
export const MALFORMED_FEED = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<rss version="2.0"><channel><title>Broken & Co</title>',
  '<link>http://127.0.0.1/_broken/</link>',
  '<item><title>Unclosed <b>bold</title><link>http://127.0.0.1/_broken/a</link>',
  '<description>An undeclared entity &nbsp; and a stray < sign</description></item>',
  '<item><title>Truncated item',
  '',
].join('\n');

/** Pending work of the broken endpoints, so closing the server never waits for a timer. */
export type Cleanups = Set<() => void>;

function queryNumber(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  const n = raw === null ? Number.NaN : Number(raw);
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.floor(n)), max) : fallback;
}

function slow(req: IncomingMessage, res: ServerResponse, url: URL, cleanups: Cleanups): void {
  const ms = queryNumber(url, 'ms', SLOW_MS, 30_000);
  const cancel = (): void => {
    clearTimeout(timer);
    cleanups.delete(cancel);
  };
  const timer = setTimeout(() => {
    cleanups.delete(cancel);
    if (res.destroyed) return;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Slow</title><p>Answered after ${ms} ms.</p>\n`);
  }, ms);
  cleanups.add(cancel);
  req.on('close', cancel);
}

function huge(res: ServerResponse, url: URL, cleanups: Cleanups): void {
  const chunkSize = 64 * 1024;
  const line = '<p>All work and no play makes a very long demo page.</p>\n';
  const filler = Buffer.alloc(chunkSize, line);
  const opening = Buffer.alloc(chunkSize, line);
  Buffer.from('<!doctype html><html><head><title>Huge</title></head><body>\n').copy(opening, 0);
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' };
  if (url.searchParams.get('declare') === '1') headers['Content-Length'] = String(HUGE_BYTES);
  res.writeHead(200, headers);
  let sent = 0;
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    cleanups.delete(stop);
  };
  cleanups.add(stop);
  res.on('close', stop);
  const pump = (): void => {
    while (!stopped && sent < HUGE_BYTES) {
      const chunk = sent === 0 ? opening : filler.subarray(0, Math.min(chunkSize, HUGE_BYTES - sent));
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!stopped) res.end();
    stop();
  };
  pump();
}

/** Answers a `/_broken/…` path; returns false when the path is not one of them. */
export function handleBroken(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  cleanups: Cleanups,
): boolean {
  switch (url.pathname) {
    case '/_broken/feed.xml':
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(MALFORMED_FEED);
      return true;
    case '/_broken/slow':
      slow(req, res, url, cleanups);
      return true;
    case '/_broken/huge':
      huge(res, url, cleanups);
      return true;
    case '/_broken/not-html':
      res.writeHead(200, {
        'Content-Type': url.searchParams.get('lie') === '1' ? 'text/html; charset=utf-8' : 'image/png',
        'Content-Length': String(PNG_BYTES.length),
      });
      res.end(PNG_BYTES);
      return true;
    case '/_broken/404':
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>404 Not Found</h1>\n');
      return true;
    case '/_broken/500':
      res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Server error</title><h1>500 Internal Server Error</h1>\n');
      return true;
    case '/_broken/redirect-loop':
      res.writeHead(302, { Location: '/_broken/redirect-loop' }).end();
      return true;
    default:
      return false;
  }
}
