import type { Context } from 'hono';
import type { Config } from '../config/index.js';

/** The site's origin for absolute links: the configured public URL, else the request's origin. No trailing slash. */
export function siteBase(c: Context, config: Pick<Config, 'publicUrl'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  return new URL(c.req.url).origin;
}
