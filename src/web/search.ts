import { Hono } from 'hono';
import { z } from 'zod';
import { MAX_SEARCH_WORDS, type SearchHit } from '../storage/index.js';
import { pager, publishedTag } from './components.js';
import type { WebDeps } from './deps.js';
import { plural } from './format.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { highlightSnippet } from './snippet.js';
import { pageNumber, validQuery } from './validate.js';
import { CACHE } from './view-response.js';

const PAGE_SIZE = 20;
// Anything a reader types is fine; only the length is bounded (storage cuts at 500 as well).
const searchQuery = z.object({
  q: z
    .union([z.string(), z.array(z.string()).transform((all) => all[0] ?? '')])
    .optional()
    .transform((q) => (q ?? '').slice(0, 500).trim()),
  page: pageNumber,
});

function hit(h: SearchHit) {
  return html`<li><a href="/articles/${h.id}">${h.title}</a>
<div class="meta">${h.outletName} · ${publishedTag(h.published)}${
    h.storyId !== null ? html` · <a href="/stories/${h.storyId}">story</a>` : ''
  }</div>
<p>${highlightSnippet(h.snippet)}</p></li>`;
}

/** /search?q=&page=: full-text search over articles; an empty query shows just the form. */
export function searchRoutes(deps: WebDeps): Hono {
  const app = new Hono();
  app.get('/search', validQuery(searchQuery), async (c) => {
    const { q, page } = c.req.valid('query');
    c.header('Cache-Control', CACHE.search);
    const form = html`<form class="search-form" role="search" method="get" action="/search">
<label class="skip" for="page-search">Search articles</label>
<input id="page-search" type="search" name="q" value="${q}" maxlength="500" placeholder="Words, names, places">
<button type="submit">Search</button></form>`;
    if (q === '') {
      const body = html`<h1>Search</h1><p class="standfirst">Search every article Multipolar has collected.</p>${form}`;
      return c.html(renderPage({ title: 'Search', demo: deps.demo, body }));
    }
    const { total, results, shortened, timedOut } = await deps.store.search(q, {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const notice = shortened
      ? html`<p class="meta search-shortened">Only the first ${MAX_SEARCH_WORDS} words were searched (${shortened.searched}); left out: ${shortened.dropped.join(' ')}.</p>`
      : '';
    if (timedOut) {
      // The page still answers at once: the reader learns what to change rather than waiting.
      c.header('Retry-After', '5');
      c.header('Cache-Control', CACHE.error);
      const body = html`<h1>Search</h1>${form}${notice}
<p class="meta" role="status">This search took too long. Try fewer or more specific words.</p>`;
      return c.html(renderPage({ title: `Search: ${q}`, demo: deps.demo, query: q, body }), 503);
    }
    const body = html`<h1>Search</h1>${form}${notice}
<p class="meta" role="status">${plural(total, 'article')} found for “${q}”.</p>
${results.length > 0 ? html`<ol class="plain-list search-results">${results.map(hit)}</ol>` : html`<p>Nothing matched. Try fewer or different words.</p>`}
${pager('/search', { q }, page, page * PAGE_SIZE < total)}`;
    return c.html(renderPage({ title: `Search: ${q}`, demo: deps.demo, query: q, body }));
  });
  return app;
}
