import type { HtmlElement } from './html-tree.js';
import { descendants, rawText, squash } from './tree-query.js';

/** A JSON-LD node (an object with string keys). */
export type LdNode = Record<string, unknown>;

/** The structured data of a page: the article node (if any) and a way to follow @id references. */
export interface PageLd {
  article: LdNode | null;
  nodes: LdNode[];
  deref: (value: unknown) => unknown;
}

const MAX_LD_CHARS = 1_000_000;
const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting)$/;

function isNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node's @type values as strings. */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function parseBlock(text: string): unknown {
  const cleaned = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '')
    .replace(/;\s*$/, '')
    .trim();
  if (cleaned === '' || cleaned.length > MAX_LD_CHARS) return null;
  try {
    return JSON.parse(cleaned);
  } catch {
    // Some sites emit raw control characters inside strings; JSON forbids them.
    try {
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

// Flatten arrays, @graph and mainEntity wrappers into one list of nodes, breadth-first and bounded.
function flatten(roots: unknown[]): LdNode[] {
  const out: LdNode[] = [];
  const queue = [...roots];
  while (queue.length > 0 && out.length < 500) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item.slice(0, 200));
    } else if (isNode(item)) {
      out.push(item);
      if (item['@graph'] !== undefined) queue.push(item['@graph']);
      if (isNode(item.mainEntity)) queue.push(item.mainEntity);
    }
  }
  return out;
}

/** Read every <script type="application/ld+json"> block and find the article node. */
export function readJsonLd(root: HtmlElement, all: readonly HtmlElement[] = descendants(root)): PageLd {
  const parsed: unknown[] = [];
  for (const el of all) {
    if (el.tag !== 'script') continue;
    if (!(el.attrs.type ?? '').toLowerCase().includes('ld+json')) continue;
    const value = parseBlock(rawText(el));
    if (value !== null) parsed.push(value);
  }
  const nodes = flatten(parsed);
  const byId = new Map<string, LdNode>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const deref = (value: unknown): unknown => {
    if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
      return byId.get(value['@id']) ?? value;
    }
    return value;
  };
  const articles = nodes.filter((n) => ldTypes(n).some((t) => ARTICLE_TYPE.test(t)));
  // Prefer the article that carries a headline and body-ish data over bare teaser entries.
  articles.sort((a, b) => richness(b) - richness(a));
  return { article: articles[0] ?? null, nodes, deref };
}

function richness(node: LdNode): number {
  return ['headline', 'datePublished', 'author', 'articleBody', 'image'].filter((k) => node[k] !== undefined)
    .length;
}

/** A plain string from a JSON-LD value (string, number, or {name|@value}); null otherwise. */
export function ldString(value: unknown): string | null {
  if (typeof value === 'string') return squash(value) || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return ldString(value[0]);
  if (isNode(value)) return ldString(value.name ?? value['@value']);
  return null;
}

/** Names of the people or organisations in a JSON-LD author/creator value. */
export function ldNames(value: unknown, deref: PageLd['deref']): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const raw of list.slice(0, 20)) {
    const item = deref(raw);
    const name = ldString(item);
    if (name) names.push(name);
  }
  return names;
}

/** The names in a JSON-LD author/creator value whose nodes are of one kind: people, or organisations. */
export function ldNamesOfKind(
  value: unknown,
  deref: PageLd['deref'],
  kind: 'person' | 'organisation',
): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const raw of list.slice(0, 20)) {
    const item = deref(raw);
    if (!isNode(item)) continue;
    const types = ldTypes(item);
    // Organisation subtypes end in their kind: NewsMediaOrganization, Corporation, LocalBusiness….
    const matches =
      kind === 'person'
        ? types.includes('Person')
        : types.some((t) => /(?:Organization|Corporation|Business)$/.test(t));
    const name = matches ? ldString(item.name) : null;
    if (name) names.push(name);
  }
  return names;
}

/** The first publisher / organisation name mentioned by the page's JSON-LD. */
export function ldPublisherName(ld: PageLd): string | null {
  const fromArticle = ld.article ? ldString(ld.deref(ld.article.publisher)) : null;
  if (fromArticle) return fromArticle;
  for (const node of ld.nodes) {
    if (ldTypes(node).some((t) => t === 'WebSite' || t === 'NewsMediaOrganization')) {
      const name = ldString(node.name);
      if (name) return name;
    }
  }
  return null;
}

/** The article's lead image as JSON-LD describes it. */
export function ldImage(
  ld: PageLd,
): { url: string | null; caption: string | null; credit: string | null } | null {
  if (!ld.article) return null;
  const raw = ld.deref(Array.isArray(ld.article.image) ? ld.article.image[0] : ld.article.image);
  if (typeof raw === 'string') return { url: raw.trim() || null, caption: null, credit: null };
  if (!isNode(raw)) return null;
  const url = ldString(raw.url) ?? ldString(raw.contentUrl);
  const caption = ldString(raw.caption) ?? ldString(raw.description);
  const credit =
    ldString(raw.creditText) ??
    ldString(ld.deref(raw.copyrightHolder)) ??
    ldString(ld.deref(raw.creator)) ??
    ldString(ld.deref(raw.author));
  return { url, caption, credit };
}

/** The description of the page's WebPage node (Yoast-style graphs put it there, not on the article). */
export function ldPageDescription(ld: PageLd): string | null {
  for (const node of ld.nodes) {
    if (ldTypes(node).some((t) => /^(?:WebPage|ItemPage|NewsArticlePage)$/.test(t))) {
      const text = ldString(node.description);
      if (text) return text;
    }
  }
  return null;
}
