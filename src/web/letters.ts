import { Hono } from 'hono';
import { z } from 'zod';
import { fromIssued, issueKeyOf, LIST_IDS, LIST_INFO, type ListId, publicCopy } from '../newsletter/index.js';
import type { LetterSummary } from '../storage/index.js';
import { siteBase } from './base-url.js';
import type { WebDeps } from './deps.js';
import { notFound } from './errors.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { validParams } from './validate.js';
import { CACHE, HTML, sendComposed } from './view-response.js';

// The archive page shows this many recent issues; older ones stay reachable by address.
const ARCHIVE_SIZE = 90;
// Issued letters never change, so each is copied for the web once per process; a bound keeps memory flat.
const MAX_CACHED_LETTERS = 200;

// A letter is a mail document whose styles are inline attributes (mail clients ignore stylesheets):
// the site's policy allows them here and still allows no script at all.
const LETTER_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src http: https: data:',
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const issueParams = z.object({
  list: z.enum(LIST_IDS as [ListId, ...ListId[]]),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
});

/** /letters (what each list is, and its past issues) and /letters/:list/:date (one issue as mailed). */
export function letterRoutes(deps: WebDeps): Hono {
  const app = new Hono();
  const copies = new Map<string, string>();

  app.get('/letters', async (c) => {
    const issues = await deps.store.letters.list({}, { limit: ARCHIVE_SIZE, offset: 0 });
    const body = html`<h1>Letters</h1>
<p class="standfirst">Multipolar’s newsletters, written once per issue from the stories on this site. Every past issue stays here.</p>
${LIST_IDS.map((list) =>
  listSection(
    list,
    issues.filter((i) => i.list === list),
  ),
)}`;
    return sendComposed(c, renderPage({ title: 'Letters', demo: deps.demo, body }), HTML, CACHE.page);
  });

  app.get('/letters/:list/:date', validParams(issueParams), async (c) => {
    const { list, date } = c.req.valid('param');
    const key = issueKeyOf(list, date);
    let page = copies.get(key);
    if (page === undefined) {
      const stored = await deps.store.letters.get(key);
      if (!stored) throw notFound('issue of this letter');
      page = publicCopy(fromIssued(stored), siteBase(deps.config)).html;
      if (copies.size >= MAX_CACHED_LETTERS) copies.delete(copies.keys().next().value!);
      copies.set(key, page);
    }
    c.header('Content-Security-Policy', LETTER_CSP);
    return sendComposed(c, page, HTML, CACHE.page);
  });

  return app;
}

function listSection(list: ListId, issues: LetterSummary[]) {
  const info = LIST_INFO[list];
  return html`<section class="letter-list" id="${list}">
<h2 class="section-title">${info.title} <span class="badge">${info.cadence}</span></h2>
<p>${info.description}</p>
${
  issues.length > 0
    ? html`<ul class="items">${issues.map(
        (i) => html`<li><a href="/letters/${list}/${i.date}">${i.date}</a> · ${i.subject}</li>`,
      )}</ul>`
    : html`<p class="meta">No issue yet.</p>`
}
</section>`;
}
