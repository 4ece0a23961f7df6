import type { ExtractedArticle } from '../domain/article.js';
import { findByline } from './html-byline.js';
import { findPublished, findUpdated } from './html-dates.js';
import { inArticle, type Sources, segments } from './html-sources.js';
import type { HtmlElement } from './html-tree.js';
import { ldPageDescription, ldPublisherName, ldString, type PageLd } from './json-ld.js';
import { allMeta, firstMeta, type PageMeta } from './meta-tags.js';
import { resolveUrl } from './resolve-url.js';
import { chooseTitle, sameText } from './title.js';
import { descendants, findFirst, hasToken, textOf } from './tree-query.js';

/** The article metadata recovered from a page's head, structured data and markup: all but image and body. */
export type HtmlMetadata = Omit<ExtractedArticle, 'image' | 'bodyText' | 'bodyHtml'>;

const STANDFIRST_SEGMENTS = new Set([
  'standfirst',
  'dek',
  'deck',
  'strapline',
  'subheadline',
  'subtitle',
  'summary',
  'excerpt',
  'intro',
  'sell',
]);
function findTitle(s: Sources, siteName: string | null): string | null {
  const h1s = s.all.filter((el) => el.tag === 'h1' && textOf(el) !== '');
  // Headings inside the article first: a page's other <h1>s are often its logo or a sign-up box.
  const headings = [...h1s.filter(inArticle), ...h1s.filter((el) => !inArticle(el))].map(textOf);
  return chooseTitle({
    headings,
    social: firstMeta(s.page, 'og:title', 'twitter:title'),
    ldHeadline: s.ld.article ? ldString(s.ld.article.headline) : null,
    titleTag: s.page.titleTag,
    siteName,
    pageUrl: s.url ?? s.base,
  });
}

/**
 * A description the site cut mid-character (some CMSs truncate by bytes, leaving U+FFFD where a Hangul or CJK
 * character was split) reads as garbage under the headline; the next candidate, or none, is better.
 */
const damaged = (text: string): boolean => text.includes('\uFFFD');

function findStandfirst(s: Sources, title: string | null): string | null {
  const candidates = [
    firstMeta(s.page, 'og:description'),
    firstMeta(s.page, 'description'),
    firstMeta(s.page, 'twitter:description'),
    s.ld.article ? ldString(s.ld.article.description) : null,
    ldPageDescription(s.ld),
  ];
  for (const c of candidates) if (c && !sameText(c, title) && !damaged(c)) return c;
  const el = s.all.find((e) => {
    if (!['p', 'div', 'h2', 'h3', 'span', 'section'].includes(e.tag)) return false;
    const segs = segments(e);
    const marked =
      segs.some((seg) => STANDFIRST_SEGMENTS.has(seg)) || (e.tag === 'p' && segs.includes('lead'));
    if (!marked) return false;
    const len = textOf(e).length;
    return len >= 20 && len <= 600 && findFirst(e, (x) => x.tag === 'img' || x.tag === 'figure') === null;
  });
  return el ? textOf(el) : null;
}

/** The language the page declares (<html lang>, og:locale, meta, JSON-LD inLanguage), normalised. */
function findLanguage(s: Sources): string | null {
  const raw =
    s.page.htmlLang ??
    firstMeta(s.page, 'og:locale', 'content-language', 'language', 'dc.language') ??
    (s.ld.article ? ldString(s.ld.article.inLanguage) : null);
  if (!raw) return null;
  const tag =
    raw
      .trim()
      .replace(/_/g, '-')
      .split(/[,;\s]/)[0] ?? '';
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  const [lang, ...rest] = tag.split('-');
  return [lang!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

function findCanonical(s: Sources): string | null {
  const ld = s.ld.article;
  const ldUrl = ld
    ? (ldString(ld.url) ?? ldString(s.ld.deref(ld.mainEntityOfPage)) ?? idOf(ld.mainEntityOfPage))
    : null;
  for (const raw of [s.page.links.get('canonical')?.[0], firstMeta(s.page, 'og:url'), ldUrl]) {
    const url = resolveUrl(raw, s.base);
    if (url) return url;
  }
  return null;
}

function idOf(value: unknown): string | null {
  return typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)['@id'] === 'string'
    ? ((value as Record<string, unknown>)['@id'] as string)
    : null;
}

const SECTION_SEGMENTS = new Set([
  'kicker',
  'eyebrow',
  'rubric',
  'section',
  'category',
  'rubrik',
  'rubrique',
  'ressort',
  'seccion',
  'sezione',
]);

function findSection(s: Sources): string | null {
  const declared =
    firstMeta(s.page, 'article:section', 'section', 'parsely-section', 'category') ??
    (s.ld.article ? ldString(s.ld.article.articleSection) : null);
  if (declared) return declared;
  // Blog engines link the post's category with rel="category".
  const category = s.all.find((el) => el.tag === 'a' && hasToken(el, 'rel', 'category'));
  if (category && textOf(category) !== '') return textOf(category);
  // A section label printed above the headline ("Culture"), inside the article when the page has one.
  const pageHasArticle = s.all.some(
    (el) => el.tag === 'article' || el.tag === 'main' || el.attrs.role === 'main',
  );
  const label = s.all.find((el) => {
    if (!['a', 'p', 'span', 'div'].includes(el.tag) || (pageHasArticle && !inArticle(el))) return false;
    if (!segments(el).some((seg) => SECTION_SEGMENTS.has(seg))) return false;
    const text = textOf(el);
    return text !== '' && text.length <= 40 && text.split(' ').length <= 3;
  });
  return label ? textOf(label) : null;
}

function findTags(s: Sources): string[] {
  const raw: string[] = [...allMeta(s.page, 'article:tag')];
  const keywords = s.ld.article?.keywords;
  if (typeof keywords === 'string') raw.push(...keywords.split(','));
  else if (Array.isArray(keywords)) raw.push(...keywords.filter((k): k is string => typeof k === 'string'));
  for (const el of s.all) {
    if (el.tag === 'a' && hasToken(el, 'rel', 'tag') && !hasToken(el, 'rel', 'category'))
      raw.push(textOf(el));
    // Microformats (h-entry) name the post's tags p-category.
    else if (hasToken(el, 'class', 'p-category')) raw.push(textOf(el));
  }
  if (raw.length === 0) raw.push(...(firstMeta(s.page, 'news_keywords') ?? '').split(','));
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const t of raw) {
    const tag = t.replace(/\s+/g, ' ').trim();
    if (tag === '' || tag.length > 80 || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
    if (tags.length >= 30) break;
  }
  return tags;
}

/** Read every metadata field the page offers, trying sources in order of reliability. */
export function readHtmlMetadata(
  root: HtmlElement,
  page: PageMeta,
  ld: PageLd,
  urls: { page: string | null; base: string | null },
  all: readonly HtmlElement[] = descendants(root),
): HtmlMetadata {
  const s: Sources = { root, page, ld, url: urls.page, base: urls.base, all };
  const publisher = ldPublisherName(ld);
  const siteName = firstMeta(page, 'og:site_name') ?? publisher ?? firstMeta(page, 'application-name');
  const title = findTitle(s, siteName);
  const outlets = [siteName, publisher].filter((n): n is string => n !== null);
  return {
    title,
    standfirst: findStandfirst(s, title),
    byline: findByline(s, outlets),
    published: findPublished(s),
    updated: findUpdated(s),
    language: findLanguage(s),
    canonicalUrl: findCanonical(s),
    siteName,
    section: findSection(s),
    tags: findTags(s),
  };
}
