/**
 * Who wrote the article. Sources are entries of one list, tried in order: structured data, the
 * page's author markup (rel=author, microdata, byline classes, links to author pages, a "By …" line
 * under the headline, an "Author" label with the name beside it), then meta tags. Every name passes
 * through `cleanByline`, which refuses house bylines, the outlet itself, handles and labels.
 */
import { type BylineScope, cleanAuthor, cleanByline, joinNames, sameName } from './byline.js';
import { inArticle, ownTextOf, type Sources, segments, shortTextOf } from './html-sources.js';
import type { HtmlElement, HtmlNode } from './html-tree.js';
import { ldNames, ldNamesOfKind } from './json-ld.js';
import { allMeta, firstMeta } from './meta-tags.js';
import { attr, findFirst, hasToken, NON_TEXT_TAGS, textOf } from './tree-query.js';

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
// Parts of an author box that are not the byline: the biography, the avatar, follow buttons.
const NOT_BYLINE_SEGMENTS = new Set(['bio', 'biography', 'description', 'avatar', 'image', 'img', 'photo']);

const BARE_LEAD_IN =
  /^(?:by|from|par|von|por|door|di|av|af|written by|words by|words|text|author|authors|posted by)[:\s]*$/i;

const BLOCK_TAGS = new Set([
  'div',
  'p',
  'li',
  'ul',
  'ol',
  'dd',
  'dt',
  'dl',
  'section',
  'header',
  'footer',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'tr',
  'td',
  'table',
]);

/**
 * The text of a byline element as the reader sees it split: a block boundary, or two elements with
 * nothing between them ("<a>Scott Matton</a><span>March 2</span>", which CSS sets apart), becomes
 * " | "; a bare "By" stays with the name after it.
 */
export function bylineText(el: HtmlElement): string {
  const parts: string[] = [];
  let current = '';
  let glued = false;
  const breakPart = () => {
    if (current.trim() !== '') parts.push(current.replace(/\s+/g, ' ').trim());
    current = '';
  };
  const walk = (node: HtmlNode): void => {
    if (node.kind === 'text') {
      if (glued && current !== '' && !/\s$/.test(current) && !/^\s/.test(node.text)) breakPart();
      current += node.text;
      glued = false;
      return;
    }
    if (NON_TEXT_TAGS.has(node.tag)) return;
    const block = BLOCK_TAGS.has(node.tag);
    if (block) breakPart();
    glued = true;
    for (const child of node.children) walk(child);
    if (block) breakPart();
    glued = true;
  };
  for (const child of el.children) walk(child);
  breakPart();
  const merged: string[] = [];
  for (const part of parts) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && BARE_LEAD_IN.test(prev)) merged[merged.length - 1] = `${prev} ${part}`;
    else merged.push(part);
  }
  return merged.join(' | ');
}

function inComments(el: HtmlElement): boolean {
  for (let cur: HtmlElement | null = el; cur; cur = cur.parent) {
    if (cur.tag === 'form') return true;
    if (segments(cur).some((seg) => /^(?:comments?|reply|replies|respond|discussion)$/.test(seg)))
      return true;
  }
  return false;
}

function articleFirst(els: readonly HtmlElement[]): HtmlElement[] {
  return [...els.filter(inArticle), ...els.filter((e) => !inArticle(e))];
}

// Elements around the headline, where a byline is printed: from a few before it to some after.
function headerWindow(s: Sources): HtmlElement[] {
  const h1s = s.all.filter((el) => el.tag === 'h1' && textOf(el) !== '');
  const h1 = h1s.find(inArticle) ?? h1s[0];
  if (!h1) return [];
  const at = s.all.indexOf(h1);
  return s.all.slice(Math.max(0, at - 15), at + 80);
}

type BylineSource = (s: Sources, outlets: readonly string[], scope: BylineScope) => string | null;

const fromJsonLd: BylineSource = (s, outlets, scope) => {
  if (!s.ld.article) return null;
  const value = s.ld.article.author ?? s.ld.article.creator;
  // A node typed Person is a person even when the site bears their name (a personal blog).
  const people = new Set(ldNamesOfKind(value, s.ld.deref, 'person'));
  // An author typed Organization that is the publisher itself is what SEO plugins fill in when a
  // post names no author; it is not a byline the page states.
  const house = new Set(
    ldNamesOfKind(value, s.ld.deref, 'organisation').filter((n) => outlets.some((o) => sameName(n, o))),
  );
  const names = ldNames(value, s.ld.deref)
    .filter((n) => !house.has(n))
    .map((n) => cleanAuthor(n, people.has(n) ? [] : outlets, scope))
    .filter((n): n is string => n !== null);
  return joinNames(names);
};

const fromRelAuthor: BylineSource = (s, outlets, scope) => {
  const names = s.all
    .filter((el) => el.tag === 'a' && hasToken(el, 'rel', 'author') && !inComments(el))
    .map((el) => cleanAuthor(bylineText(el), outlets, scope))
    .filter((n): n is string => n !== null);
  return joinNames(names.slice(0, 6));
};

const fromMicrodata: BylineSource = (s, outlets, scope) => {
  for (const el of s.all) {
    if ((el.attrs.itemprop ?? '').toLowerCase() !== 'author' || inComments(el)) continue;
    const nameEl = findFirst(el, (x) => (x.attrs.itemprop ?? '').toLowerCase() === 'name');
    const raw = nameEl
      ? (attr(nameEl, 'content') ?? bylineText(nameEl))
      : (attr(el, 'content') ?? bylineText(el));
    const name = cleanByline(raw, outlets, scope);
    if (name) return name;
  }
  return null;
};

const fromBylineClass: BylineSource = (s, outlets, scope) => {
  const marked = s.all.filter((el) => {
    const segs = segments(el);
    return (
      segs.some((seg) => BYLINE_SEGMENTS.has(seg)) &&
      !segs.some((seg) => NOT_BYLINE_SEGMENTS.has(seg)) &&
      el.tag !== 'input' &&
      el.tag !== 'label' &&
      shortTextOf(el, 200) !== null &&
      !inComments(el)
    );
  });
  for (const el of articleFirst(marked)) {
    const name = cleanByline(bylineText(el), outlets, scope);
    if (name) return name;
  }
  return null;
};

// Path segments of author pages: /author/jane-doe, /authors/…, /team/…, /people/….
const AUTHOR_PATH =
  /\/(?:author|authors|writer|writers|contributor|contributors|columnist|columnists|reporter|reporters|journalist|journalists|people|team|staff|experts?|profiles?)\/[^/?#]+/i;

// A query naming the author: a listing filtered to one writer ("/library/?_author=Jane%20Doe").
const AUTHOR_QUERY = /[?&](?:_?author|_?authors|writer)=([^&#]+)/i;

/** Where a link says its author is: the last path segment of an author page, or an author query. */
function authorSlugOf(href: string): string | null {
  const query = AUTHOR_QUERY.exec(href);
  if (query) {
    try {
      return decodeURIComponent(query[1]!.replace(/\+/g, ' '));
    } catch {
      return query[1]!;
    }
  }
  if (!AUTHOR_PATH.test(href)) return null;
  return (
    href
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? ''
  );
}

// A link to the writer's page, whose text is the name its address spells ("/authors/jane-doe").
const fromAuthorLink: BylineSource = (s, outlets, scope) => {
  const header = new Set(headerWindow(s));
  const links = s.all.filter((el) => {
    if (el.tag !== 'a' || inComments(el)) return false;
    const slug = authorSlugOf(el.attrs.href ?? '');
    if (slug === null) return false;
    const words = textOf(el)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 1);
    return words.length > 0 && words.some((w) => slug.toLowerCase().includes(w));
  });
  const near = links.filter((el) => header.has(el));
  const names = (near.length > 0 ? near : links.slice(0, 1))
    .map((el) => cleanAuthor(textOf(el), outlets, scope))
    .filter((n): n is string => n !== null);
  return joinNames(names.slice(0, 6));
};

// A short "By Jane Doe" line near the headline, or a "Written by Jane Doe" line anywhere, in markup
// that does not mark it.
const fromByLine: BylineSource = (s, outlets, scope) => {
  const header = headerWindow(s);
  const writtenBy = articleFirst(
    s.all.filter((el) => /^(?:written|authored) by\b/i.test(ownTextOf(el)) && shortTextOf(el, 80) !== null),
  );
  for (const el of [...header, ...writtenBy]) {
    // Read at most 100 chars: the window holds <body> and the article, which a whole read would copy.
    const text = shortTextOf(el, 100);
    if (text === null || !/^(?:by|written by|posted by|authored by)\b\s*:?\s*\p{Lu}/iu.test(text)) continue;
    if (inComments(el)) continue;
    const name = cleanByline(bylineText(el), outlets, scope);
    if (name) return name;
  }
  return null;
};

const LABEL = /^(?:author|authors|written by|by|writer|posted by|author\(s\)|contributors?)\s*:?$/i;

// A label and the name beside it: "<h3>Author</h3><p>Jane Doe</p>", "<small>Written by</small> <a>…</a>".
const fromLabel: BylineSource = (s, outlets, scope) => {
  for (const el of s.all) {
    // Labels are printed as elements of their own: only their own text is read, so deep pages stay cheap.
    if (!LABEL.test(ownTextOf(el)) || shortTextOf(el, 20) === null || inComments(el)) continue;
    const siblings = el.parent?.children ?? [];
    const next = siblings
      .slice(siblings.indexOf(el) + 1)
      .find((n): n is HtmlElement => n.kind === 'element' && textOf(n) !== '');
    // The name is the next element, or text beside the label in the same parent.
    const name =
      (next ? cleanByline(bylineText(next), outlets, scope) : null) ??
      (el.parent ? cleanByline(textOf(el.parent), outlets, scope) : null);
    if (name) return name;
  }
  return null;
};

// Yoast's "Written by" pair in the Twitter card (twitter:label1 / twitter:data1).
function twitterWrittenBy(s: Sources): string | null {
  for (const n of [1, 2]) {
    const label = firstMeta(s.page, `twitter:label${n}`);
    if (label && /written by|author/i.test(label)) return firstMeta(s.page, `twitter:data${n}`);
  }
  return null;
}

// Meta keys naming the writer; a key given several times names co-authors (scholarly pages give
// one `citation_author` per author).
const AUTHOR_META_KEYS = [
  'author',
  'byl',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'citation_author',
  'citation_authors',
  'dc.creator',
];

const fromMeta: BylineSource = (s, outlets, scope) => {
  for (const key of AUTHOR_META_KEYS) {
    const names = allMeta(s.page, key)
      .map((raw) => cleanByline(raw, outlets, scope))
      .filter((n): n is string => n !== null);
    if (names.length > 0) return joinNames(names.slice(0, 20));
  }
  return cleanByline(twitterWrittenBy(s), outlets, scope);
};

/** Where a byline is looked for, most trusted first. */
const BYLINE_SOURCES: readonly BylineSource[] = [
  fromJsonLd,
  fromRelAuthor,
  fromMicrodata,
  fromBylineClass,
  fromAuthorLink,
  fromByLine,
  fromLabel,
  fromMeta,
];

/**
 * The people the page names as its authors, joined for display. When no source names a person, the
 * team, desk or organisation the page states as its author ("The Upwork Team", "News Desk", the
 * outlet itself), as Ghost or trafilatura would show it; null when it states none.
 */
export function findByline(s: Sources, outlets: readonly string[]): string | null {
  for (const scope of ['people', 'groups'] as const) {
    for (const source of BYLINE_SOURCES) {
      const name = source(s, outlets, scope);
      if (name) return name;
    }
  }
  return null;
}
