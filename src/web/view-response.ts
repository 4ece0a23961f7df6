import type { Context } from 'hono';
import type { View } from './view-cache.js';

/** Revalidate on every use: the ETag makes that a 304 with no body while nothing changed. */
export const REVALIDATE = 'no-cache';

/** True when an If-None-Match header names `etag` (weak or strong) or is `*`. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
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
export function sendView(
  c: Context,
  view: View,
  contentType: string,
  cacheControl: string = REVALIDATE,
): Response {
  const zipped = acceptsGzip(c.req.header('Accept-Encoding'));
  const etag = zipped ? `${view.etag.slice(0, -1)}-gz"` : view.etag;
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  c.header('Vary', 'Accept-Encoding');
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', contentType);
  if (!zipped) return c.body(view.body);
  c.header('Content-Encoding', 'gzip');
  return c.body(view.gzip);
}

/** Content types of the composed views. */
export const HTML = 'text/html; charset=UTF-8';
export const JSON_TYPE = 'application/json';
export const ATOM = 'application/atom+xml; charset=utf-8';
