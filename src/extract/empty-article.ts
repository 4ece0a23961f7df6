import type { ExtractedArticle } from '../domain/article.js';

/** An extraction that found nothing: every field unknown, empty body. */
export function emptyArticle(): ExtractedArticle {
  return {
    title: null,
    standfirst: null,
    byline: null,
    published: null,
    updated: null,
    language: null,
    canonicalUrl: null,
    siteName: null,
    section: null,
    tags: [],
    image: null,
    bodyText: '',
    bodyHtml: '',
  };
}
