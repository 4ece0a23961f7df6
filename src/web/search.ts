import { Hono } from 'hono';
import { z } from 'zod';
import { MAX_SEARCH_WORDS, type SearchHit } from '../storage/index.js';
import { pager, publishedTag } from './components.js';
import type { WebDeps } from './deps.js';
import { plural } from './format.js';
import { type HtmlValue, html } from './html.js';
import { renderPage } from './layout.js';
import { highlightSnippet } from './snippet.js';
import { pageNumber, validQuery } from './validate.js';
import { createViewCache } from './view-cache.js';
import { CACHE, HTML, sendView } from './view-response.js';

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

/**
 * Result pages kept apart from the composed story views, with bounds of their own, so that a flood of
 * distinct queries evicts other searches and never the home or story pages. A result page is
 * composed once per story-views version (articles reach search when they are clustered) and at most
 * a minute old, the `max-age` readers' caches get anyway: a hundred readers of the same query cost
 * one search.
 */
const RESULT_PAGES = { maxEntries: 500, maxBytes: 16 * 1024 * 1024 };

/** /search?q=&page=: full-text search over articles; an empty query shows just the form. */
export function searchRoutes(deps: WebDeps): Hono {
  const app = new Hono();
  const results =
    deps.searchPages ??
    createViewCache(deps.store.stories, deps.now, RESULT_PAGES, (err) =>
      deps.log?.error({ err }, 'recomposing a search page failed; the previous one is served'),
    );
  app.get('/search', validQuery(searchQuery), async (c) => {
    const { q, page } = c.req.valid('query');
    const form = html`<form class="search-form" role="search" method="get" action="/search">
<label class="skip" for="page-search">Search articles</label>
<input id="page-search" type="search" name="q" value="${q}" maxlength="500" placeholder="Words, names, places">
<button type="submit">Search</button></form>`;
    if (q === '') {
      c.header('Cache-Control', CACHE.search);
      const body = html`<h1>Search</h1><p class="standfirst">Search every article Multipolar has collected.</p>${form}`;
      return c.html(renderPage({ title: 'Search', demo: deps.demo, body }));
    }
    let shortenedNotice: HtmlValue = '';
    // A search that ran out of time composes nothing (null), so it is not kept and the next reader tries again.
    const view = await results.get(`${page}:${q}`, async () => {
      const found = await deps.store.search(q, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
      shortenedNotice = notice(found.shortened);
      if (found.timedOut) return null;
      return renderPage({
        title: `Search: ${q}`,
        demo: deps.demo,
        query: q,
        body: html`<h1>Search</h1>${form}${shortenedNotice}
<p class="meta" role="status">${plural(found.total, 'article')} found for “${q}”.</p>
${found.results.length > 0 ? html`<ol class="plain-list search-results">${found.results.map(hit)}</ol>` : html`<p>Nothing matched. Try fewer or different words.</p>`}
${pager('/search', { q }, page, page * PAGE_SIZE < found.total)}`,
      });
    });
    if (view) return sendView(c, view, HTML, CACHE.search);
    // The page still answers at once: the reader learns what to change rather than waiting.
    c.header('Retry-After', '5');
    c.header('Cache-Control', CACHE.error);
    const body = html`<h1>Search</h1>${form}${shortenedNotice}
<p class="meta" role="status">This search took too long. Try fewer or more specific words.</p>`;
    return c.html(renderPage({ title: `Search: ${q}`, demo: deps.demo, query: q, body }), 503);
  });
  return app;
}

function notice(shortened: { searched: string; dropped: string[] } | undefined) {
  return shortened
    ? html`<p class="meta search-shortened">Only the first ${MAX_SEARCH_WORDS} words were searched (${shortened.searched}); left out: ${shortened.dropped.join(' ')}.</p>`
    : '';
}
