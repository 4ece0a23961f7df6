import { Hono } from 'hono';
import { z } from 'zod';
import { articleList, outletBadges, pager } from './components.js';
import type { WebDeps } from './deps.js';
import { notFound } from './errors.js';
import { countryLabel, ownershipLabel } from './format.js';
import { html, linkUrl } from './html.js';
import { renderPage } from './layout.js';
import { pageQuery, validParams, validQuery } from './validate.js';
import { CACHE, HTML, sendComposed } from './view-response.js';

const PAGE_SIZE = 20;
const slugParams = z.object({
  slug: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$/, 'expected an outlet slug'),
});

/** /outlets (the list) and /outlets/:slug (profile and latest articles, paginated). */
export function outletRoutes(deps: WebDeps): Hono {
  const app = new Hono();

  app.get('/outlets', async (c) => {
    const outlets = await deps.store.outlets.list();
    const rows = outlets.map(
      (o) =>
        html`<tr><td><a href="/outlets/${o.slug}">${o.name}</a></td><td>${countryLabel(o.country, deps.labels.countryName)}</td><td>${ownershipLabel(o.ownership)}</td><td>${o.genre}</td><td class="num">${o.articleCount}</td></tr>`,
    );
    const body = html`<h1>Outlets</h1>
<p class="standfirst">The newsrooms whose coverage Multipolar collects, with who owns them.</p>
<div class="table-wrap"><table>
<thead><tr><th scope="col">Outlet</th><th scope="col">Country</th><th scope="col">Ownership</th><th scope="col">Genre</th><th scope="col" class="num">Articles</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
    return sendComposed(c, renderPage({ title: 'Outlets', demo: deps.demo, body }), HTML, CACHE.page);
  });

  app.get('/outlets/:slug', validParams(slugParams), validQuery(pageQuery), async (c) => {
    const { slug } = c.req.valid('param');
    const { page } = c.req.valid('query');
    const outlet = await deps.store.outlets.getBySlug(slug);
    if (!outlet) throw notFound('outlet');
    const rows = await deps.store.articles.listByOutlet(outlet.id, {
      limit: PAGE_SIZE + 1,
      offset: (page - 1) * PAGE_SIZE,
    });
    const homepage = linkUrl(outlet.homepage);
    const body = html`<header class="story-head">
<p>${outletBadges(outlet, countryLabel(outlet.country, deps.labels.countryName))}<span class="badge">${outlet.genre}</span></p>
<h1>${outlet.name}</h1>
<p class="meta">${countryLabel(outlet.country, deps.labels.countryName)} · ${ownershipLabel(outlet.ownership)} · language ${outlet.language}${
      homepage ? html` · <a href="${homepage}" rel="nofollow noopener">${outlet.domain}</a>` : ''
    }</p>
${outlet.notes ? html`<p class="standfirst">${outlet.notes}</p>` : ''}
</header>
<h2 class="section-title">Latest articles</h2>
${articleList(rows.slice(0, PAGE_SIZE))}
${pager(`/outlets/${outlet.slug}`, {}, page, rows.length > PAGE_SIZE)}`;
    return sendComposed(c, renderPage({ title: outlet.name, demo: deps.demo, body }), HTML, CACHE.page);
  });

  return app;
}
