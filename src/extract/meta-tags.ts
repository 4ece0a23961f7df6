import type { HtmlElement } from './html-tree.js';
import { descendants, squash, textOf } from './tree-query.js';

/** What the page says about itself in <meta>, <link>, <html lang> and <title>. */
export interface PageMeta {
  /** Lower-case meta key (property, name, itemprop or http-equiv) → contents in document order. */
  meta: Map<string, string[]>;
  /** Lower-case rel token → hrefs in document order. */
  links: Map<string, string[]>;
  htmlLang: string | null;
  titleTag: string | null;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Collect the page's meta tags, link relations, language and <title>. */
export function readPageMeta(root: HtmlElement, all: readonly HtmlElement[] = descendants(root)): PageMeta {
  const meta = new Map<string, string[]>();
  const links = new Map<string, string[]>();
  let htmlLang: string | null = null;
  let titleTag: string | null = null;
  for (const el of all) {
    if (el.tag === 'meta') {
      const content = el.attrs.content;
      if (content === undefined) continue;
      const value = squash(content);
      if (value === '') continue;
      for (const keyAttr of ['property', 'name', 'itemprop', 'http-equiv']) {
        const key = el.attrs[keyAttr];
        if (key) push(meta, key.trim().toLowerCase(), value);
      }
    } else if (el.tag === 'link') {
      const href = el.attrs.href;
      if (!href) continue;
      for (const rel of (el.attrs.rel ?? '').toLowerCase().split(/\s+/))
        if (rel) push(links, rel, href.trim());
    } else if (el.tag === 'html' && htmlLang === null && el.attrs.lang) {
      htmlLang = el.attrs.lang.trim() || null;
    } else if (el.tag === 'title' && titleTag === null && !isInsideSvg(el)) {
      titleTag = textOf(el) || null;
    }
  }
  return { meta, links, htmlLang, titleTag };
}

function isInsideSvg(el: HtmlElement): boolean {
  for (let cur = el.parent; cur; cur = cur.parent) if (cur.tag === 'svg') return true;
  return false;
}

/** The first non-empty meta value among `keys`, tried in order. */
export function firstMeta(page: PageMeta, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = page.meta.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** All values of the meta keys, in order of keys then document. */
export function allMeta(page: PageMeta, ...keys: string[]): string[] {
  return keys.flatMap((key) => page.meta.get(key) ?? []);
}
