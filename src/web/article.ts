import { Hono } from 'hono';
import { type ActorMention, shownToReaders } from '../domain/index.js';
import type { ArticleDetail } from '../storage/index.js';
import { outletBadges, publishedTag, quoteBlock } from './components.js';
import type { WebDeps } from './deps.js';
import { notFound } from './errors.js';
import { excerpt } from './excerpt.js';
import { actorPath } from './format.js';
import { html, linkUrl, raw, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { idParams, validParams } from './validate.js';
import { CACHE, HTML, sendComposed } from './view-response.js';

/** Distinct actors of a list of mentions, most mentioned first. */
export function topActors(
  mentions: ActorMention[],
  max: number,
): { id: string; name: string; count: number }[] {
  const counts = new Map<string, { id: string; name: string; count: number }>();
  for (const m of mentions) {
    const seen = counts.get(m.actorId);
    if (seen) seen.count++;
    else counts.set(m.actorId, { id: m.actorId, name: m.name, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, max);
}

/** Links to actor pages as chips. */
export function actorChips(actors: { id: string; name: string }[]): SafeHtml {
  if (actors.length === 0) return html``;
  return html`<ul class="chips">${actors.map((a) => html`<li><a href="${actorPath(a.id)}">${a.name}</a></li>`)}</ul>`;
}

/**
 * The opening of an article whose outlet has not licensed it for republication, and a prominent link
 * to the whole of it on the outlet's own site.
 */
function excerptBlock(a: ArticleDetail, original: string | null): SafeHtml {
  const { paragraphs, cut } = excerpt(a.bodyText);
  const link = original
    ? html`<p class="read-original"><a href="${original}" rel="nofollow noopener">Read the full article at ${a.outlet.name}</a></p>`
    : html`<p class="muted">The full text stays with ${a.outlet.name}: it is not republished here.</p>`;
  return html`<div class="article-body excerpt">${paragraphs.map((p) => html`<p>${p}</p>`)}</div>
${cut || original ? link : ''}`;
}

/** /articles/:id: one stored article (whole, or an excerpt: see excerptBlock) with its analysis and a link to the original. */
export function articleRoutes(deps: WebDeps): Hono {
  const app = new Hono();
  app.get('/articles/:id', validParams(idParams), async (c) => {
    const { id } = c.req.valid('param');
    const a = await deps.store.articles.get(id);
    if (!a) throw notFound('article');
    const original = linkUrl(a.url);
    const imageUrl = linkUrl(a.image?.url);
    const title = a.title ?? 'Untitled article';
    const shown = a.quotes.filter(shownToReaders);
    const body = html`<article>
<header class="story-head">
<p><a href="/outlets/${a.outlet.slug}">${a.outlet.name}</a> ${outletBadges(a.outlet, deps.labels.countryName(a.outlet.country))}</p>
<h1>${title}</h1>
${a.standfirst ? html`<p class="standfirst">${a.standfirst}</p>` : ''}
<p class="meta">${a.byline ? html`By ${a.byline} · ` : ''}${publishedTag(a.published)}${
      original ? html` · <a href="${original}" rel="nofollow noopener">Read the original</a>` : ''
    }${a.storyId !== null ? html` · <a href="/stories/${a.storyId}">See the whole story</a>` : ''}</p>
</header>
${
  imageUrl
    ? html`<figure class="lead-image"><img src="${imageUrl}" alt="${a.image?.caption ?? ''}" referrerpolicy="no-referrer">${
        a.image?.caption || a.image?.credit
          ? html`<figcaption>${a.image?.caption ?? ''}${a.image?.credit ? html` Image: ${a.image.credit}` : ''}</figcaption>`
          : ''
      }</figure>`
    : ''
}
${a.outlet.fullText ? html`<div class="article-body">${raw(a.bodyHtml)}</div>` : excerptBlock(a, original)}
${shown.length > 0 ? html`<h2 class="section-title">Quotes found</h2>${shown.map(quoteBlock)}` : ''}
${a.mentions.length > 0 ? html`<h2 class="section-title">Mentioned</h2>${actorChips(topActors(a.mentions, 30))}` : ''}
</article>`;
    const page = renderPage({ title, description: a.standfirst, demo: deps.demo, body });
    return sendComposed(c, page, HTML, CACHE.page);
  });
  return app;
}
