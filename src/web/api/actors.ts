import { Hono } from 'hono';
import { actorParams } from '../actor.js';
import { siteBase } from '../base-url.js';
import type { WebDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { actorPath } from '../format.js';
import { validParams } from '../validate.js';
import { CACHE, JSON_TYPE, sendComposed } from '../view-response.js';
import { presentArticleSummary, presentStorySummary } from './presenters.js';

const LIMIT = 20;

/** GET /api/actors/:id: the actor and the latest stories and articles that mention it. */
export function actorApi(deps: WebDeps): Hono {
  const app = new Hono();
  app.get('/api/actors/:id', validParams(actorParams), async (c) => {
    const { id } = c.req.valid('param');
    const actor = await deps.store.actors.get(id);
    if (!actor) throw notFound('actor');
    const [stories, articles] = await Promise.all([
      deps.store.actors.storiesMentioning(id, LIMIT),
      deps.store.actors.articlesMentioning(id, LIMIT),
    ]);
    const base = siteBase(deps.config);
    const json = JSON.stringify({
      actor: { ...actor, url: `${base}${actorPath(actor.id)}` },
      stories: stories.map((s) => presentStorySummary(s, base)),
      articles: articles.map((a) => presentArticleSummary(a, base)),
    });
    return sendComposed(c, json, JSON_TYPE, CACHE.api);
  });
  return app;
}
