import { Hono } from 'hono';
import { siteBase } from '../base-url.js';
import type { WebDeps } from '../deps.js';
import { CACHE, JSON_TYPE, sendComposed } from '../view-response.js';

/** GET /api/outlets: every outlet with its article count. */
export function outletApi(deps: WebDeps): Hono {
  const app = new Hono();
  app.get('/api/outlets', async (c) => {
    const base = siteBase(deps.config);
    const outlets = await deps.store.outlets.list();
    const json = JSON.stringify({
      outlets: outlets.map((o) => ({ ...o, url: `${base}/outlets/${o.slug}` })),
    });
    return sendComposed(c, json, JSON_TYPE, CACHE.api);
  });
  return app;
}
