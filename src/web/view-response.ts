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

/** Send a composed view with its ETag, or 304 Not Modified when the client already holds it. */
export function sendView(
  c: Context,
  view: View,
  contentType: string,
  cacheControl: string = REVALIDATE,
): Response {
  c.header('ETag', view.etag);
  c.header('Cache-Control', cacheControl);
  if (matchesEtag(c.req.header('If-None-Match'), view.etag)) return c.body(null, 304);
  c.header('Content-Type', contentType);
  return c.body(view.body);
}

/** Content types of the composed views. */
export const HTML = 'text/html; charset=UTF-8';
export const JSON_TYPE = 'application/json';
export const ATOM = 'application/atom+xml; charset=utf-8';
