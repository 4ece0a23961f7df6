import { type Story, shownToReaders } from '../../domain/index.js';
import type { ArticleDetail, ArticleSummary } from '../../storage/index.js';
import { excerpt } from '../excerpt.js';
import { html } from '../html.js';

/** A story as listed by the API: counts, dates as ISO strings and the absolute page URL. */
export function presentStorySummary(s: Story, base: string) {
  return {
    id: s.id,
    headline: s.headline,
    standfirst: s.standfirst,
    outletCount: s.outletCount,
    articleCount: s.articleCount,
    firstPublished: s.firstPublished.toISOString(),
    lastPublished: s.lastPublished.toISOString(),
    url: `${base}/stories/${s.id}`,
  };
}

/** An article summary for API lists. */
export function presentArticleSummary(a: ArticleSummary, base: string) {
  return {
    id: a.id,
    title: a.title,
    standfirst: a.standfirst,
    published: a.published?.toISOString() ?? null,
    outlet: { id: a.outletId, name: a.outletName },
    storyId: a.storyId,
    originalUrl: a.url,
    url: `${base}/articles/${a.id}`,
  };
}

/**
 * One article with its outlet, and its quotes and actor mentions alongside. The body is whole only
 * when the outlet is openly licensed (`bodyIsExcerpt` says which), as on the article page.
 */
export function presentArticleDetail(a: ArticleDetail, base: string, opts: { all?: boolean } = {}) {
  const { quotes: found, mentions, ...article } = a;
  // Every quote object names its speaker's role, null when the text gives none (storage leaves it absent).
  const quotes = (opts.all ? found : found.filter(shownToReaders)).map((q) => ({
    ...q,
    speakerRole: q.speakerRole ?? null,
  }));
  const body = a.outlet.fullText ? { bodyText: a.bodyText, bodyHtml: a.bodyHtml } : excerptBody(a.bodyText);
  return {
    article: { ...article, ...body, bodyIsExcerpt: !a.outlet.fullText, pageUrl: `${base}/articles/${a.id}` },
    quotes,
    mentions,
  };
}

function excerptBody(bodyText: string): { bodyText: string; bodyHtml: string } {
  const { paragraphs } = excerpt(bodyText);
  return {
    bodyText: paragraphs.join('\n\n'),
    bodyHtml: paragraphs.map((p) => html`<p>${p}</p>`.value).join(''),
  };
}
