import { Hono } from 'hono';
import { z } from 'zod';
import { siteBase } from '../base-url.js';
import type { WebDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { loadComposedStory, rankedStories } from '../story-data.js';
import { idParams, validParams, validQuery } from '../validate.js';
import { presentStorySummary } from './presenters.js';

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(900).default(0),
});

/** GET /api/stories (ranked, paginated) and /api/stories/:id (the composed story). */
export function storyApi(deps: WebDeps): Hono {
  const app = new Hono();

  app.get('/api/stories', validQuery(listQuery), async (c) => {
    const page = c.req.valid('query');
    const [stories, total] = await Promise.all([rankedStories(deps, page), deps.store.stories.count()]);
    const base = siteBase(deps.config);
    return c.json({ stories: stories.map((s) => presentStorySummary(s, base)), total });
  });

  app.get('/api/stories/:id', validParams(idParams), async (c) => {
    const loaded = await loadComposedStory(deps, c.req.valid('param').id);
    if (!loaded) throw notFound('story');
    return c.json(loaded.composed);
  });

  return app;
}
