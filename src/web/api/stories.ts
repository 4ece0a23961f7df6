import { Hono } from 'hono';
import { z } from 'zod';
import { siteBase } from '../base-url.js';
import type { ViewDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { loadBlindspots, loadComposedStory, rankedStories } from '../story-data.js';
import { idParams, validParams, validQuery } from '../validate.js';
import { CACHE, JSON_TYPE, sendView } from '../view-response.js';
import { presentStorySummary } from './presenters.js';

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(900).default(0),
});

/**
 * GET /api/stories (ranked, paginated) and /api/stories/:id (the composed story), composed once per
 * story version; the id of a story merged into another answers 301 to the story it is now part of.
 */
export function storyApi(deps: ViewDeps): Hono {
  const app = new Hono();

  app.get('/api/stories', validQuery(listQuery), async (c) => {
    const page = c.req.valid('query');
    const base = siteBase(deps.config);
    const view = await deps.views.get(`api:stories:${page.limit}:${page.offset}`, async () => {
      const [stories, total] = await Promise.all([rankedStories(deps, page), deps.store.stories.count()]);
      const flags = await loadBlindspots(deps, stories);
      return JSON.stringify({
        stories: stories.map((s) => ({ ...presentStorySummary(s, base), blindspots: flags.get(s.id) ?? [] })),
        total,
      });
    });
    return sendView(c, view!, JSON_TYPE, CACHE.api);
  });

  app.get('/api/stories/:id', validParams(idParams), async (c) => {
    const id = c.req.valid('param').id;
    const view = await deps.views.get(`api:story:${id}`, async () => {
      const loaded = await loadComposedStory(deps, id);
      return loaded ? JSON.stringify(loaded.composed) : null;
    });
    if (!view) {
      const home = await deps.store.stories.resolve(id);
      if (home !== null && home !== id) return c.redirect(`/api/stories/${home}`, 301);
      throw notFound('story');
    }
    return sendView(c, view, JSON_TYPE, CACHE.api);
  });

  return app;
}
