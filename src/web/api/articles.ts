import { Hono } from 'hono';
import { z } from 'zod';
import { siteBase } from '../base-url.js';
import type { WebDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { idParams, validParams, validQuery } from '../validate.js';
import { CACHE, JSON_TYPE, sendComposed } from '../view-response.js';
import { presentArticleDetail } from './presenters.js';

/** `?all=1`: every attribution found, with its confidence, for research; without it only those readers are shown. */
const articleQuery = z.object({ all: z.enum(['0', '1']).default('0') });

/** GET /api/articles/:id: the article with its quotes (shown ones, or all with `?all=1`) and mentions. */
export function articleApi(deps: WebDeps): Hono {
  const app = new Hono();
  app.get('/api/articles/:id', validParams(idParams), validQuery(articleQuery), async (c) => {
    const a = await deps.store.articles.get(c.req.valid('param').id);
    if (!a) throw notFound('article');
    const all = c.req.valid('query').all === '1';
    return sendComposed(
      c,
      JSON.stringify(presentArticleDetail(a, siteBase(deps.config), { all })),
      JSON_TYPE,
      CACHE.api,
    );
  });
  return app;
}
