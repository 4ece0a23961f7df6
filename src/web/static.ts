import { Hono } from 'hono';
import { sha256Hex } from '../lib/index.js';
import { SITE_CSS } from './styles.js';

const CSS_VERSION = sha256Hex(SITE_CSS).slice(0, 12);
const CSS_ETAG = `"${CSS_VERSION}"`;

/** Where pages link the stylesheet; the version changes with the CSS, so it can be cached for a year. */
export const STYLESHEET_PATH = `/static/site.css?v=${CSS_VERSION}`;

/** Serves the one stylesheet, with an ETag and long-lived cache headers. */
export function staticRoutes(): Hono {
  const app = new Hono();
  app.get('/static/site.css', (c) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('ETag', CSS_ETAG);
    if (c.req.header('If-None-Match') === CSS_ETAG) return c.body(null, 304);
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(SITE_CSS);
  });
  return app;
}
