/** What every metadata reader gets about a page, and the small questions they all ask of its elements. */
import type { HtmlElement, HtmlNode } from './html-tree.js';
import type { PageLd } from './json-ld.js';
import type { PageMeta } from './meta-tags.js';
import { classWords, closest, NON_TEXT_TAGS, squash } from './tree-query.js';

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
export function segments(el: HtmlElement): readonly string[] {
  el.classSegments ??= classWords(el).split(/[\s_-]+/);
  return el.classSegments;
}

/** True when the element lies inside <article>, <main> or role=main. */
export function inArticle(el: HtmlElement): boolean {
  return closest(el, (a) => a.tag === 'article' || a.tag === 'main' || a.attrs.role === 'main') !== null;
}

/** The first element inside the article, else the first of all. */
export function preferArticle(els: HtmlElement[]): HtmlElement | null {
  return els.find(inArticle) ?? els[0] ?? null;
}

/**
 * The element's text, whitespace collapsed, when it is at most `max` characters; null when longer.
 * Stops reading at the limit, so asking it of every element of a deep page stays linear.
 */
export function shortTextOf(el: HtmlElement, max: number): string | null {
  let out = '';
  const stack: HtmlNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'text') {
      out += node.text;
      if (out.length > max) {
        out = squash(out);
        if (out.length > max) return null;
        out += ' ';
      }
      continue;
    }
    if (NON_TEXT_TAGS.has(node.tag)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  const text = squash(out);
  return text.length > max ? null : text;
}

/** The text of the element's own text children, collapsed: "Written by" in "<p>Written by <a>…</a></p>". */
export function ownTextOf(el: HtmlElement): string {
  let out = '';
  for (const child of el.children) if (child.kind === 'text') out += child.text;
  return squash(out);
}
