import type { HtmlElement, HtmlNode } from './html-tree.js';

/** Tags whose text is never page prose. */
export const NON_TEXT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'head',
  'title',
]);

/** The attribute value, or null when absent. */
export function attr(el: HtmlElement, name: string): string | null {
  return el.attrs[name] ?? null;
}

/** Every descendant element in document order (iterative, so deep trees are safe). */
export function descendants(root: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== 'element') continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** The first descendant element matching `pred`, or null. */
export function findFirst(root: HtmlElement, pred: (el: HtmlElement) => boolean): HtmlElement | null {
  const stack: HtmlNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== 'element') continue;
    if (pred(node)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return null;
}

/** The nearest ancestor (or the element itself) matching `pred`. */
export function closest(el: HtmlElement, pred: (el: HtmlElement) => boolean): HtmlElement | null {
  for (let cur: HtmlElement | null = el; cur; cur = cur.parent) if (pred(cur)) return cur;
  return null;
}

/** True when `inner` is `outer` or lies inside it. */
export function contains(outer: HtmlElement, inner: HtmlElement): boolean {
  for (let cur: HtmlElement | null = inner; cur; cur = cur.parent) if (cur === outer) return true;
  return false;
}

/** Raw text of an element's descendants, skipping scripts and styles; whitespace kept as is. */
export function rawText(el: HtmlElement): string {
  return gatherText(el, false);
}

/** Collapse runs of whitespace (including no-break spaces) to one space and trim. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

const SCREEN_READER_ONLY = /sr-only|visually-?hidden|screen-?reader|offscreen|a11y-hidden/;

/**
 * Text a sighted reader sees: like textOf, but without screen-reader-only labels
 * ("<span class="visually-hidden">Image caption, </span>").
 */
export function visibleTextOf(el: HtmlElement): string {
  return squash(gatherText(el, true));
}

// The text under `el` in document order with <br> as a newline, leaving out scripts, styles and the
// like, and screen-reader-only labels when asked. A flag rather than a predicate: textOf runs on
// every candidate block of a page, so this loop stays as cheap as it can.
function gatherText(el: HtmlElement, dropScreenReaderOnly: boolean): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'text') {
      parts.push(node.text);
      continue;
    }
    if (node !== el && NON_TEXT_TAGS.has(node.tag)) continue;
    if (node !== el && dropScreenReaderOnly && SCREEN_READER_ONLY.test(classWords(node))) continue;
    if (node.tag === 'br') parts.push('\n');
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join('');
}

/** Visible text of an element, whitespace collapsed. */
export function textOf(el: HtmlElement): string {
  return squash(rawText(el));
}

/** The class and id of an element as lower-case words, camelCase split ("shareBar" → "share-bar"). */
export function classWords(el: HtmlElement): string {
  if (el.classWords !== undefined) return el.classWords;
  const raw = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;
  // Readers ask once per ancestor of every element they test (is it inside comments?): work it out once.
  el.classWords =
    raw.length <= 1
      ? ''
      : raw
          .slice(0, 400)
          .replace(/([a-z])([A-Z])/g, '$1-$2')
          .toLowerCase();
  return el.classWords;
}

/** True when the element has `name` among its space-separated `rel` (or similar) tokens. */
export function hasToken(el: HtmlElement, attrName: string, token: string): boolean {
  const value = el.attrs[attrName];
  if (!value) return false;
  return value.toLowerCase().split(/\s+/).includes(token);
}
