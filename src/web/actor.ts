import { Hono } from 'hono';
import { z } from 'zod';
import type { Actor } from '../domain/index.js';
import { articleList, storyList } from './components.js';
import type { WebDeps } from './deps.js';
import { notFound } from './errors.js';
import { actorPath } from './format.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { validParams } from './validate.js';
import { CACHE, HTML, sendComposed } from './view-response.js';

/**
 * Actor ids look like "country:cn", "person:xi-jinping" or, for a name found in text, its
 * normalised form in its own letters ("person:дмитрий-косырев"); the router has already decoded %3A.
 */
export const actorParams = z.object({
  id: z.string().regex(/^[a-z]+:[\p{L}\p{M}\p{N}._-]{1,150}$/u, 'expected an actor id such as country:cn'),
});

const LIMIT = 20;

/** Role and organisation of an actor found in text, the organisation linked when it has a page. */
function foundDetails(role: string | null, name: string | null, organisation: Actor | null) {
  if (!role && !name) return '';
  const org = organisation
    ? html`<a href="${actorPath(organisation.id)}">${organisation.name}</a>`
    : name
      ? html`${name}`
      : '';
  return html`<dl class="actor-details">${role ? html`<dt>Role</dt><dd>${role}</dd>` : ''}${org ? html`<dt>Organisation</dt><dd>${org}</dd>` : ''}</dl>`;
}

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
    const organisation = actor.organisationId ? await deps.store.actors.get(actor.organisationId) : null;
    const body = html`<header class="story-head">
<p><span class="badge">${actor.kind}</span>${actor.country ? html`<span class="badge">${deps.labels.countryName(actor.country)}</span>` : ''}${actor.origin === 'text' ? html`<span class="badge" title="Named in articles; not in the curated list of actors">found in articles</span>` : ''}</p>
<h1>${actor.name}</h1>
${actor.origin === 'text' ? foundDetails(actor.role ?? null, actor.organisation ?? null, organisation) : actor.description ? html`<p class="standfirst">${actor.description}</p>` : ''}
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
