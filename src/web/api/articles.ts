import { Hono } from 'hono';
import { siteBase } from '../base-url.js';
import type { WebDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { idParams, validParams } from '../validate.js';
import { CACHE, JSON_TYPE, sendComposed } from '../view-response.js';
import { presentArticleDetail } from './presenters.js';

/** GET /api/articles/:id: the article with its quotes and mentions. */
export function articleApi(deps: WebDeps): Hono {
  const app = new Hono();
  app.get('/api/articles/:id', validParams(idParams), async (c) => {
    const a = await deps.store.articles.get(c.req.valid('param').id);
    if (!a) throw notFound('article');
    return sendComposed(
      c,
      JSON.stringify(presentArticleDetail(a, siteBase(deps.config))),
      JSON_TYPE,
      CACHE.api,
    );
  });
  return app;
}
