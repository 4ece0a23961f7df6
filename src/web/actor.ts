import { Hono } from 'hono';
import { z } from 'zod';
import { articleList, storyList } from './components.js';
import type { WebDeps } from './deps.js';
import { notFound } from './errors.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { validParams } from './validate.js';
import { CACHE, HTML, sendComposed } from './view-response.js';

/** Actor ids look like "country:cn" or "person:xi-jinping"; the router has already decoded %3A. */
export const actorParams = z.object({
  id: z.string().regex(/^[a-z]+:[\p{L}\p{N}._-]{1,150}$/u, 'expected an actor id such as country:cn'),
});

const LIMIT = 20;

/** /actors/:id: who or what the actor is, and the stories and articles that mention it. */
export function actorRoutes(deps: WebDeps): Hono {
  const app = new Hono();
  app.get('/actors/:id', validParams(actorParams), async (c) => {
    const { id } = c.req.valid('param');
    const actor = await deps.store.actors.get(id);
    if (!actor) throw notFound('person, country or organisation');
    const [stories, articles] = await Promise.all([
      deps.store.actors.storiesMentioning(id, LIMIT),
      deps.store.actors.articlesMentioning(id, LIMIT),
    ]);
    const body = html`<header class="story-head">
<p><span class="badge">${actor.kind}</span>${actor.country ? html`<span class="badge">${deps.labels.countryName(actor.country)}</span>` : ''}</p>
<h1>${actor.name}</h1>
${actor.description ? html`<p class="standfirst">${actor.description}</p>` : ''}
</header>
<h2 class="section-title">Stories mentioning ${actor.name}</h2>
${storyList(stories)}
<h2 class="section-title">Latest articles</h2>
${articleList(articles)}`;
    const page = renderPage({ title: actor.name, description: actor.description, demo: deps.demo, body });
    return sendComposed(c, page, HTML, CACHE.page);
  });
  return app;
}
