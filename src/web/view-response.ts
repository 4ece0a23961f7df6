import type { Context } from 'hono';
import { sha256Hex } from '../lib/index.js';
import type { View } from './view-cache.js';

/** Revalidate on every use: the ETag makes that a 304 with no body while nothing changed. */
export const REVALIDATE = 'no-cache';

/**
 * Cache-Control of each kind of response, in one place. Pages and the API change whenever stories
 * are re-clustered, so a cache asks every time (a 304 costs no body); the Atom feed is polled by
 * readers that may lag five minutes; search results may be kept a minute; errors never.
 */
export const CACHE = {
  page: REVALIDATE,
  api: REVALIDATE,
  feed: 'public, max-age=300',
  search: 'public, max-age=60',
  error: 'no-store',
} as const;

/** True when an If-None-Match header names `etag` (weak or strong) or is `*`. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * True when the client's copy dated `header` (If-Modified-Since) is still current: only when the
 * request sent no If-None-Match (RFC 9110 §13.1.3) and the header is a valid HTTP date.
 */
export function notModifiedSince(
  ifModifiedSince: string | undefined,
  ifNoneMatch: string | undefined,
  lastModified: Date,
): boolean {
  if (!ifModifiedSince || ifNoneMatch !== undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && lastModified.getTime() <= since;
}

/** True when an Accept-Encoding header accepts gzip (named, or `*`, with a q-value above 0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star = false;
  for (const part of header.toLowerCase().split(',')) {
    const [coding, ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (coding === 'gzip' || coding === 'x-gzip') return accepted;
    if (coding === '*') star = accepted;
  }
  return star;
}

/**
 * Send a composed view with its ETag, or 304 Not Modified when the client already holds it. A client
 * that accepts gzip gets the bytes compressed once at composition; each encoding has its own strong
 * ETag, as RFC 9110 asks of different representations.
 */
export async function sendView(
  c: Context,
  view: View,
  contentType: string,
  cacheControl: string = REVALIDATE,
): Promise<Response> {
  await afterPendingReads();
  const zipped = acceptsGzip(c.req.header('Accept-Encoding'));
  const etag = zipped ? `${view.etag.slice(0, -1)}-gz"` : view.etag;
  const ifNoneMatch = c.req.header('If-None-Match');
  c.header('ETag', etag);
  c.header('Last-Modified', view.lastModified.toUTCString());
  c.header('Cache-Control', cacheControl);
  c.header('Vary', 'Accept-Encoding');
  if (matchesEtag(ifNoneMatch, etag)) return c.body(null, 304);
  if (notModifiedSince(c.req.header('If-Modified-Since'), ifNoneMatch, view.lastModified)) {
    return c.body(null, 304);
  }
  c.header('Content-Type', contentType);
  if (!zipped) return c.body(view.body);
  c.header('Content-Encoding', 'gzip');
  return c.body(view.gzip);
}

/** Content types of the composed views. */
export const HTML = 'text/html; charset=UTF-8';
export const JSON_TYPE = 'application/json';
export const ATOM = 'application/atom+xml; charset=utf-8';

/**
 * Send a page built for this request with an ETag of its bytes, or 304 when the client holds the same
 * bytes: composing it still costs the request, but not sending it.
 */
export function sendComposed(c: Context, text: string, contentType: string, cacheControl: string): Response {
  const etag = `"h-${sha256Hex(text).slice(0, 16)}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', contentType);
  return c.body(text);
}

/**
 * Page writes waiting for the check phase, oldest first, and how many go out per event-loop turn.
 *
 * Two reasons to wait. Under load a turn reads hundreds of requests; writing page bodies only after
 * them lets cheap answers (`/healthz`, 304s of other routes) go out first instead of waiting behind
 * every page of the turn. And Node 20's libuv accepts one new connection per turn (libuv PR 3696),
 * so a turn that wrote every queued page grew with the number of open connections and a burst of
 * 500 new connections took seconds to be accepted. A bounded batch keeps turns short: responses
 * written in a turn bring about as many new requests in the next, so a turn stays near
 * `WRITES_PER_TURN` requests' work whatever the number of connections, and connections waiting in
 * the accept queue are taken at hundreds per second.
 */
export const WRITES_PER_TURN = 24;
const waitingWrites: Array<() => void> = [];

function releaseWrites(): void {
  const batch = waitingWrites.splice(0, WRITES_PER_TURN);
  if (waitingWrites.length > 0) setImmediate(releaseWrites);
  for (const release of batch) release();
}

export function afterPendingReads(): Promise<void> {
  return new Promise((resolve) => {
    if (waitingWrites.push(resolve) === 1) setImmediate(releaseWrites);
  });
}
