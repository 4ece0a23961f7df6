import type { FeedEntry, ParsedFeed } from '../domain/feed.js';
import { parseFeedDate } from './dates.js';
import { authorName, finishEntry, pickXmlImage } from './entry-common.js';
import { htmlToText, plainText, resolveHtmlUrls } from './html-text.js';
import { resolveHttpUrl, resolveUrl } from './urls.js';
import { attr, escapeText, innerHtml, kid, kids, textOf, xhtmlChildren } from './xml-query.js';
import type { XmlElement } from './xml-tree.js';

/** Atom 1.0, and the older Atom 0.3 whose elements differ mostly in name. */
export function parseAtom(root: XmlElement): ParsedFeed {
  const feedAuthors = authors(root);
  return {
    format: 'atom',
    title: constructText(el(root, 'title')),
    homeUrl: alternateLink(root),
    description: constructText(el(root, 'subtitle', 'tagline')),
    language: normaliseLanguage(root.lang),
    // Some Atom 0.3 generators wrote <item> for <entry>.
    entries: kids(root, 'atom:entry', 'entry', 'atom:item', 'item').map((entry) =>
      parseEntry(entry, feedAuthors),
    ),
  };
}

function parseEntry(entry: XmlElement, feedAuthors: string[]): FeedEntry {
  const content = el(entry, 'content');
  const own = authors(entry);
  const source = el(entry, 'source');
  return finishEntry({
    guid: textOf(el(entry, 'id')),
    url: alternateLink(entry),
    title: constructText(el(entry, 'title')) ?? plainText(textOf(media(entry, 'media:title'))),
    summary: constructText(el(entry, 'summary')) ?? plainText(textOf(media(entry, 'media:description'))),
    contentHtml: content && !attr(content, 'src') ? constructHtml(content) : null,
    published: date(entry, 'published', 'issued', 'created'),
    updated: date(entry, 'updated', 'modified'),
    // Atom entries inherit the feed's authors (RFC 4287 §4.2.1), after the source feed's.
    authors: own.length > 0 ? own : source && authors(source).length > 0 ? authors(source) : feedAuthors,
    imageUrl: pickXmlImage(entry),
    categories: [
      ...all(entry, 'category').map((c) => attr(c, 'term') ?? attr(c, 'label') ?? textOf(c)),
      ...kids(entry, 'media:category').map((c) => textOf(c)),
    ].filter((c): c is string => c !== null),
  });
}

/** A Media RSS element on the entry itself or inside its media:group. */
function media(entry: XmlElement, name: string): XmlElement | undefined {
  return kid(entry, name) ?? kid(kid(entry, 'media:group'), name);
}

/** "en_US" → "en-US": BCP 47 uses hyphens. */
export function normaliseLanguage(lang: string | null | undefined): string | null {
  const value = lang?.trim().replace(/_/g, '-');
  return value || null;
}

/** Atom elements with or without the namespace: documents without xmlns still deserve parsing. */
function el(parent: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  return kid(parent, ...locals.flatMap((l) => [`atom:${l}`, l]));
}

function all(parent: XmlElement, local: string): XmlElement[] {
  return kids(parent, `atom:${local}`, local);
}

function authors(parent: XmlElement): string[] {
  return all(parent, 'author')
    .map((a) =>
      authorName(textOf(el(a, 'name')) ?? (a.children.some((c) => c.type === 'element') ? null : textOf(a))),
    )
    .filter((a): a is string => a !== null);
}

function date(parent: XmlElement, ...locals: string[]): Date | null {
  for (const local of locals) {
    for (const candidate of all(parent, local)) {
      const parsed = parseFeedDate(textOf(candidate));
      if (parsed) return parsed;
    }
  }
  return null;
}

/** The page an entry or feed points to: rel="alternate" (the default), HTML preferred. */
function alternateLink(parent: XmlElement): string | null {
  const links = all(parent, 'link');
  const alternates = links.filter((l) => (attr(l, 'rel') ?? 'alternate').toLowerCase() === 'alternate');
  const chosen = alternates.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html')) ?? alternates[0];
  if (chosen) return resolveUrl(attr(chosen, 'href') ?? textOf(chosen), chosen.base);
  // No alternate: some feeds write the URL as the link's text.
  for (const link of links) {
    const url = resolveHttpUrl(attr(link, 'href') ?? textOf(link), link.base);
    if (url && !attr(link, 'rel')) return url;
  }
  return null;
}

type ConstructKind = 'text' | 'html' | 'xhtml' | 'base64';

function kindOf(node: XmlElement): ConstructKind {
  const type = (attr(node, 'type') ?? 'text').toLowerCase();
  if (attr(node, 'mode') === 'base64') return 'base64';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  if (type === 'html' || type === 'text/html') return 'html';
  // RFC 4287 §4.1.3.3: any other non-text, non-XML media type is carried base64-encoded.
  if (type.includes('/') && !type.startsWith('text/') && !/[+/]xml$/.test(type)) return 'base64';
  // Atom 0.3 said mode="escaped" for HTML and mode="xml" for inline markup.
  const mode = attr(node, 'mode');
  if (mode === 'escaped') return 'html';
  if (mode === 'xml' || node.children.some((c) => c.type === 'element')) return 'xhtml';
  return 'text';
}

/** A text construct (title, summary, subtitle) as one line of plain text. */
function constructText(node: XmlElement | undefined): string | null {
  if (!node) return null;
  const kind = kindOf(node);
  if (kind === 'text') return plainText(textOf(node));
  return htmlToText(constructHtml(node));
}

/** A text construct or content element as HTML. */
function constructHtml(node: XmlElement): string | null {
  const kind = kindOf(node);
  let html: string;
  if (kind === 'base64') {
    const decoded = Buffer.from(textOf(node) ?? '', 'base64').toString('utf8');
    html = /html/i.test(attr(node, 'type') ?? '') ? decoded : escapeText(decoded);
  } else if (kind === 'xhtml') {
    html = xhtmlChildren(unwrapDiv(node));
  } else if (kind === 'html') {
    html = innerHtml(node);
  } else {
    html = escapeText(textOf(node) ?? '');
  }
  const trimmed = html.trim();
  return trimmed ? resolveHtmlUrls(trimmed, node.base) : null;
}

/** Atom 1.0 wraps XHTML content in one <div> that is not part of the content. */
function unwrapDiv(node: XmlElement): XmlElement {
  const elements = node.children.filter((c): c is XmlElement => c.type === 'element');
  const onlyText = node.children.every((c) => c.type === 'element' || !c.text.trim());
  const only = elements[0];
  if (elements.length === 1 && onlyText && only && only.local === 'div' && attr(node, 'type') === 'xhtml')
    return only;
  return node;
}
