/** Who wrote the article: structured data first, then the page's own author markup and meta tags. */
import { cleanAuthor, cleanByline, joinNames } from './byline.js';
import type { HtmlElement } from './html-tree.js';
import { inArticle, type Sources, segments } from './html-sources.js';
import { ldNames } from './json-ld.js';
import { allMeta } from './meta-tags.js';
import { attr, findFirst, hasToken, textOf } from './tree-query.js';

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

/** The people the page names as its authors, joined for display; null when it names none. */
export function findByline(s: Sources, outlets: string[]): string | null {
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
