import { HTML_VOID_ELEMENTS } from '../lib/html-void-elements.js';
import { type HtmlElement, type HtmlNode, parseHtml } from './html-tree.js';
import { resolveUrl } from './resolve-url.js';

// Phrasing tags: they may stand inside a paragraph, while any other allowed tag closes it.
const INLINE_TAGS = [
  'code',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'abbr',
  'cite',
  'q',
  'br',
  'a',
  'img',
] as const;

/** Tags that may appear in an article body we show. */
export const ALLOWED_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  ...INLINE_TAGS,
  'hr',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
] as const;

/** Attributes kept per tag (besides the ones the sanitiser sets itself); all others are dropped. */
export const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  abbr: ['title'],
  ol: ['start'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
};

const ALLOWED = new Set<string>(ALLOWED_TAGS);
const INLINE = new Set<string>(INLINE_TAGS);
// Elements whose content is code, styling or form state, never prose: dropped with their content.
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'textarea',
  'select',
  'option',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'title',
  'head',
  'svg',
  'math',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'canvas',
  'audio',
  'video',
]);
const NUMERIC = new Set(['width', 'height', 'colspan', 'rowspan', 'start']);

const escapeText = (s: string): string =>
  s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
const escapeAttr = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

// The attributes to write for an allowed element, or null when the element itself must go
// (an image without a usable source) or be unwrapped (a link without a usable target).
function attributesFor(el: HtmlElement, baseUrl: string | null): Array<[string, string]> | null {
  const out: Array<[string, string]> = [];
  if (el.tag === 'a') {
    const href = resolveUrl(el.attrs.href, baseUrl, true);
    if (!href) return null;
    out.push(['href', href], ['rel', 'noopener noreferrer']);
  } else if (el.tag === 'img') {
    const src = resolveUrl(el.attrs.src, baseUrl);
    if (!src) return null;
    out.push(['src', src], ['referrerpolicy', 'no-referrer'], ['loading', 'lazy']);
  }
  for (const name of ALLOWED_ATTRIBUTES[el.tag] ?? []) {
    if (name === 'href' || name === 'src') continue;
    const value = el.attrs[name]?.trim();
    if (!value) continue;
    if (NUMERIC.has(name) && !/^\d{1,5}$/.test(value)) continue;
    if (name === 'scope' && !/^(?:row|col|rowgroup|colgroup)$/i.test(value)) continue;
    out.push([name, value.slice(0, 500)]);
  }
  return out;
}

// Elements that only make sense directly inside certain parents. Written anywhere else they are
// unwrapped, so the output parses back to the same tree and sanitising it again changes nothing.
const ONLY_INSIDE: Record<string, ReadonlySet<string>> = {
  li: new Set(['ul', 'ol']),
  dt: new Set(['dl']),
  dd: new Set(['dl']),
  thead: new Set(['table']),
  tbody: new Set(['table']),
  tfoot: new Set(['table']),
  caption: new Set(['table']),
  tr: new Set(['table', 'thead', 'tbody', 'tfoot']),
  td: new Set(['tr']),
  th: new Set(['tr']),
  figcaption: new Set(['figure']),
};
// Inside these, only the listed children keep their tags; stray text and other elements are unwrapped.
const ONLY_CONTAINS: Record<string, ReadonlySet<string>> = {
  table: new Set(['thead', 'tbody', 'tfoot', 'caption', 'tr']),
  thead: new Set(['tr']),
  tbody: new Set(['tr']),
  tfoot: new Set(['tr']),
  tr: new Set(['td', 'th']),
};
// Elements that may not contain themselves or these, as a parser would close them first.
const NO_NESTING: Record<string, ReadonlySet<string>> = {
  a: new Set(['a']),
  p: new Set(ALLOWED_TAGS.filter((t) => !INLINE.has(t))),
  table: new Set(['table']),
};

function fitsIn(tag: string, parent: string | null, open: readonly string[]): boolean {
  const only = ONLY_INSIDE[tag];
  if (only && (parent === null || !only.has(parent))) return false;
  const contains = parent ? ONLY_CONTAINS[parent] : undefined;
  if (contains && !contains.has(tag)) return false;
  return !open.some((o) => NO_NESTING[o]?.has(tag));
}

function serialise(node: HtmlNode, baseUrl: string | null, out: string[], open: string[]): void {
  const parent = open[open.length - 1] ?? null;
  if (node.kind === 'text') {
    // Text is not allowed directly in table structure; whitespace there is dropped, the rest kept
    // only where text may stand.
    if (parent && ONLY_CONTAINS[parent]) return;
    out.push(escapeText(node.text));
    return;
  }
  const tag = node.tag;
  if (DROP_WITH_CONTENT.has(tag)) return;
  const allowed = ALLOWED.has(tag) && fitsIn(tag, parent, open);
  const attrs = allowed ? attributesFor(node, baseUrl) : null;
  if (tag === 'img' && !attrs) return;
  const keepTag = allowed && attrs !== null;
  if (keepTag) {
    out.push(`<${tag}${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>`);
    if (HTML_VOID_ELEMENTS.has(tag)) return;
    open.push(tag);
  }
  for (const child of node.children) serialise(child, baseUrl, out, open);
  if (keepTag) {
    open.pop();
    out.push(`</${tag}>`);
  }
}

/**
 * Sanitise HTML for display. The input is parsed (with the same bounds as page parsing) and
 * written out again: allow-listed tags and attributes only, all text escaped, URLs resolved
 * against `baseUrl` and kept only when http/https (links may also be mailto:), links get
 * rel="noopener noreferrer", images get referrerpolicy="no-referrer" and lazy loading.
 * Script, style, iframe, event handlers and javascript: URLs never survive.
 */
export function sanitiseHtml(html: string, baseUrl: string | null = null): string {
  const root = parseHtml(html);
  const out: string[] = [];
  const open: string[] = [];
  for (const child of root.children) serialise(child, baseUrl, out, open);
  return out.join('').trim();
}
