import type { ExtractedArticle } from '../domain/article.js';
import { cleanAuthor, cleanByline, joinNames } from './byline.js';
import { dateFromUrl, findDate, parseDate } from './dates.js';
import type { HtmlElement } from './html-tree.js';
import { ldNames, ldPageDescription, ldPublisherName, ldString, type PageLd } from './json-ld.js';
import { allMeta, firstMeta, type PageMeta } from './meta-tags.js';
import { resolveUrl } from './resolve-url.js';
import { chooseTitle, sameText } from './title.js';
import { attr, classWords, closest, descendants, findFirst, hasToken, textOf } from './tree-query.js';

/** The article metadata recovered from a page's head, structured data and markup: all but image and body. */
export type HtmlMetadata = Omit<ExtractedArticle, 'image' | 'bodyText' | 'bodyHtml'>;

interface Sources {
  root: HtmlElement;
  page: PageMeta;
  ld: PageLd;
  /** The page's own URL (dates in the path) and the base relative URLs resolve against. */
  url: string | null;
  base: string | null;
  all: readonly HtmlElement[];
}

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
const BYLINE_SEGMENTS = new Set([
  'byline',
  'byl',
  'author',
  'authors',
  'contributor',
  'writer',
  'auteur',
  'autor',
  'autore',
]);

function segments(el: HtmlElement): string[] {
  return classWords(el).split(/[\s_-]+/);
}

function inArticle(el: HtmlElement): boolean {
  return closest(el, (a) => a.tag === 'article' || a.tag === 'main' || a.attrs.role === 'main') !== null;
}

function preferArticle(els: HtmlElement[]): HtmlElement | null {
  return els.find(inArticle) ?? els[0] ?? null;
}

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

function findStandfirst(s: Sources, title: string | null): string | null {
  const candidates = [
    firstMeta(s.page, 'og:description'),
    firstMeta(s.page, 'description'),
    firstMeta(s.page, 'twitter:description'),
    s.ld.article ? ldString(s.ld.article.description) : null,
    ldPageDescription(s.ld),
  ];
  for (const c of candidates) if (c && !sameText(c, title)) return c;
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

const BARE_LEAD_IN = /^(?:by|from|par|von|por|door|di|av|af|written by|words by|words|text)[:\s]*$/i;

/**
 * The text of a byline element. When it is only a row of child elements ("<span>By Ana Ruiz</span>
 * <span>News, Kesang</span>") the children are read as separate parts, so the name does not run
 * into the affiliation; a bare "By" is kept with the part after it.
 */
function bylineText(el: HtmlElement): string {
  const hasOwnText = el.children.some((c) => c.kind === 'text' && c.text.trim() !== '');
  const parts = el.children.flatMap((c) => (c.kind === 'element' && textOf(c) !== '' ? [textOf(c)] : []));
  if (hasOwnText || parts.length < 2) return textOf(el);
  const merged: string[] = [];
  for (const part of parts) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && BARE_LEAD_IN.test(prev)) merged[merged.length - 1] = `${prev} ${part}`;
    else merged.push(part);
  }
  return merged.join(' | ');
}

function findByline(s: Sources, outlets: string[]): string | null {
  if (s.ld.article) {
    const names = ldNames(s.ld.article.author ?? s.ld.article.creator, s.ld.deref)
      .map((n) => cleanAuthor(n, outlets))
      .filter((n): n is string => n !== null);
    const joined = joinNames(names);
    if (joined) return joined;
  }
  const relAuthor = s.all.filter((el) => el.tag === 'a' && hasToken(el, 'rel', 'author'));
  const relNames = relAuthor
    .map((el) => cleanAuthor(textOf(el), outlets))
    .filter((n): n is string => n !== null);
  if (relNames.length > 0) return joinNames(relNames);
  const itemprop = s.all.filter((el) => (el.attrs.itemprop ?? '').toLowerCase() === 'author');
  for (const el of itemprop) {
    const nameEl = findFirst(el, (x) => (x.attrs.itemprop ?? '').toLowerCase() === 'name');
    const raw = nameEl ? (attr(nameEl, 'content') ?? textOf(nameEl)) : (attr(el, 'content') ?? textOf(el));
    const name = cleanByline(raw, outlets);
    if (name) return name;
  }
  const marked = s.all.filter(
    (el) => segments(el).some((seg) => BYLINE_SEGMENTS.has(seg)) && textOf(el).length <= 200,
  );
  for (const el of [...marked.filter(inArticle), ...marked.filter((e) => !inArticle(e))]) {
    const name = cleanByline(bylineText(el), outlets);
    if (name) return name;
  }
  for (const raw of allMeta(
    s.page,
    'author',
    'byl',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
  )) {
    const name = cleanByline(raw, outlets);
    if (name) return name;
  }
  return null;
}

function timeElementDate(s: Sources, which: 'published' | 'modified'): Date | null {
  const times = s.all.filter(
    (el) => el.tag === 'time' || (el.attrs.itemprop ?? '').toLowerCase().startsWith('date'),
  );
  const prop = which === 'published' ? /^(?:datepublished|datecreated)$/i : /^datemodified$/i;
  const byProp = times.find((el) => prop.test(el.attrs.itemprop ?? ''));
  const value = (el: HtmlElement) => attr(el, 'datetime') ?? attr(el, 'content') ?? textOf(el);
  if (byProp) return parseDate(value(byProp));
  const plain = times.filter((el) => el.tag === 'time' && attr(el, 'datetime'));
  const pick =
    which === 'published' ? preferArticle(plain.filter((el) => !looksUpdated(el))) : plain.find(looksUpdated);
  return pick ? parseDate(attr(pick, 'datetime')) : null;
}

// "Updated" in the element's or its wrapper's class, or written just before it ("Updated <time>").
function looksUpdated(el: HtmlElement): boolean {
  if (/updat|modif/.test(classWords(el)) || (el.parent && /updat|modif/.test(classWords(el.parent))))
    return true;
  return /\b(?:updated|modified|last edited)\b[\s:]*$/i.test(textBefore(el));
}

// Up to ~40 characters of text that precede an element inside its parent.
function textBefore(el: HtmlElement): string {
  const siblings = el.parent?.children ?? [];
  let out = '';
  for (let i = siblings.indexOf(el) - 1; i >= 0 && out.trim().length < 40; i--) {
    const node = siblings[i]!;
    out = (node.kind === 'text' ? node.text : textOf(node)) + out;
  }
  return out.replace(/\s+/g, ' ').trim();
}

const DATE_SEGMENTS = new Set([
  'date',
  'pubdate',
  'published',
  'publish',
  'timestamp',
  'dateline',
  'posted',
  'time',
]);

// A printed date with no machine-readable form: "<span class="date">March 3, 2026</span>".
function visibleDate(s: Sources): Date | null {
  const candidates = s.all.filter((el) => {
    if (el.tag === 'time' || !segments(el).some((seg) => DATE_SEGMENTS.has(seg))) return false;
    if (looksUpdated(el)) return false;
    const len = textOf(el).length;
    return len >= 6 && len <= 100;
  });
  for (const el of [...candidates.filter(inArticle), ...candidates.filter((e) => !inArticle(e))]) {
    const text = textOf(el);
    if (/^\s*(?:updated|modified)\b/i.test(text)) continue;
    const date = findDate(text);
    if (date) return date;
  }
  return null;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'parsely-pub-date',
  'sailthru.date',
  'citation_publication_date',
];
const UPDATED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
];

// A date the page states outright: its JSON-LD property, else the first of the meta tags named.
function declaredDate(s: Sources, ldProperty: string, metaNames: readonly string[]): Date | null {
  return (
    parseDate(s.ld.article ? ldString(s.ld.article[ldProperty]) : null) ??
    parseDate(firstMeta(s.page, ...metaNames))
  );
}

function findPublished(s: Sources): Date | null {
  return (
    declaredDate(s, 'datePublished', PUBLISHED_META) ??
    timeElementDate(s, 'published') ??
    visibleDate(s) ??
    dateFromUrl(s.url)
  );
}

function findUpdated(s: Sources): Date | null {
  return declaredDate(s, 'dateModified', UPDATED_META) ?? timeElementDate(s, 'modified');
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
