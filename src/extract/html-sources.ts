/** What every metadata reader gets about a page, and the small questions they all ask of its elements. */
import type { HtmlElement } from './html-tree.js';
import type { PageLd } from './json-ld.js';
import type { PageMeta } from './meta-tags.js';
import { classWords, closest } from './tree-query.js';

/** The parsed page as the metadata readers see it. */
export interface Sources {
  root: HtmlElement;
  page: PageMeta;
  ld: PageLd;
  /** The page's own URL (dates in the path) and the base relative URLs resolve against. */
  url: string | null;
  base: string | null;
  all: readonly HtmlElement[];
}

/** The element's class and id split into words ("post-byline__name" → post, byline, name). */
export function segments(el: HtmlElement): string[] {
  return classWords(el).split(/[\s_-]+/);
}

/** True when the element lies inside <article>, <main> or role=main. */
export function inArticle(el: HtmlElement): boolean {
  return closest(el, (a) => a.tag === 'article' || a.tag === 'main' || a.attrs.role === 'main') !== null;
}

/** The first element inside the article, else the first of all. */
export function preferArticle(els: HtmlElement[]): HtmlElement | null {
  return els.find(inArticle) ?? els[0] ?? null;
}
