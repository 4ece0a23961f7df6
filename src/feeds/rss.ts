import type { FeedEntry, ParsedFeed } from '../domain/feed.js';
import { normaliseLanguage } from './atom.js';
import { parseFeedDate } from './dates.js';
import { authorName, finishEntry, pickXmlImage } from './entry-common.js';
import { htmlToText, resolveHtmlUrls } from './html-text.js';
import { resolveHttpUrl, resolveUrl } from './urls.js';
import { attr, innerHtml, kid, kids, textOf, xhtmlChildren } from './xml-query.js';
import type { XmlElement } from './xml-tree.js';

/** RSS 0.9x/2.0 (`<rss><channel><item>`) and RSS 1.0 (`<rdf:RDF>` with items beside the channel). */
export function parseRss(root: XmlElement, format: 'rss' | 'rdf'): ParsedFeed {
  const channel = kid(root, 'channel') ?? root;
  // Like Miniflux, read relative item links against the site (channel link) rather than the feed's
  // address, which is often a feed proxy; an explicit xml:base still wins.
  const site = rssLink(channel);
  if (site && root.base !== site) rebase(root, root.base, site);
  // RDF puts items next to the channel; broken RSS sometimes does too.
  const items = [...kids(channel, 'item'), ...(channel === root ? [] : kids(root, 'item'))];
  return {
    format,
    title: htmlField(kid(channel, 'title', 'dc:title', 'atom:title')),
    // CDF (Microsoft's channel format) keeps its links in HREF attributes.
    homeUrl:
      rssLink(channel) ?? atomAlternate(channel) ?? resolveHttpUrl(attr(channel, 'href'), channel.base),
    description: htmlField(
      kid(
        channel,
        'description',
        'dc:description',
        'itunes:summary',
        'itunes:subtitle',
        'atom:subtitle',
        'abstract',
      ),
    ),
    language: normaliseLanguage(textOf(kid(channel, 'language', 'dc:language')) ?? channel.lang ?? root.lang),
    entries: items.map(parseItem),
  };
}

function parseItem(item: XmlElement): FeedEntry {
  const guidEl = kid(item, 'guid');
  const guid = textOf(guidEl) ?? textOf(kid(item, 'dc:identifier')) ?? attr(item, 'rdf:about');
  const permalink =
    guidEl && attr(guidEl, 'ispermalink')?.toLowerCase() !== 'false'
      ? resolveHttpUrl(textOf(guidEl), guidEl.base)
      : null;
  const contentEl = kid(item, 'content:encoded', 'xhtml:body', 'body', 'atom:content', 'fullitem');
  return finishEntry({
    guid,
    url:
      rssLink(item) ??
      atomAlternate(item) ??
      permalink ??
      resolveHttpUrl(attr(item, 'rdf:about') ?? attr(item, 'href'), item.base),
    title: htmlField(
      kid(item, 'title', 'dc:title', 'media:title') ?? kid(kid(item, 'media:group'), 'media:title'),
    ),
    summary: htmlField(
      kid(
        item,
        'description',
        'dc:description',
        'itunes:summary',
        'media:description',
        'atom:summary',
        'abstract',
      ) ?? kid(kid(item, 'media:group'), 'media:description'),
    ),
    contentHtml: contentEl ? contentHtml(contentEl) : null,
    published: firstDate(
      item,
      'pubdate',
      'dc:date',
      'dcterms:issued',
      'dcterms:created',
      'atom:published',
      'issued',
    ),
    updated:
      firstDate(item, 'dcterms:modified', 'atom:updated', 'modified') ?? parseFeedDate(attr(item, 'lastmod')),
    authors: [
      ...kids(item, 'author', 'dc:creator', 'dc:author', 'itunes:author').map((el) =>
        authorName(textOf(kid(el, 'name')) ?? textOf(el)),
      ),
      ...kids(item, 'atom:author').map((el) =>
        authorName(textOf(kid(el, 'atom:name', 'name')) ?? textOf(el)),
      ),
    ].filter((a): a is string => a !== null),
    imageUrl: pickXmlImage(item),
    categories: [
      ...[...kids(item, 'category', 'dc:subject', 'media:category'), ...kids(item, 'atom:category')].map(
        (el) => textOf(el) ?? attr(el, 'term'),
      ),
      ...itunesCategories(item),
    ].filter((c): c is string => c !== null),
  });
}

/** Replace an inherited base (never an explicit xml:base that differs from it) throughout a subtree. */
function rebase(el: XmlElement, from: string | null, to: string): void {
  if (el.base !== from) return;
  el.base = to;
  for (const child of el.children) if (child.type === 'element') rebase(child, from, to);
}

/** iTunes categories are attributes, nested for subcategories ("Technology" › "Gadgets"). */
function itunesCategories(el: XmlElement): (string | null)[] {
  return kids(el, 'itunes:category').flatMap((c) => [attr(c, 'text'), ...itunesCategories(c)]);
}

/** A text field that may carry escaped or naked markup, flattened to plain text. */
function htmlField(el: XmlElement | undefined): string | null {
  return el ? htmlToText(innerHtml(el)) : null;
}

function contentHtml(el: XmlElement): string | null {
  const html = el.name === 'xhtml:body' || el.name === 'body' ? xhtmlChildren(el) : innerHtml(el);
  const trimmed = html.trim();
  return trimmed ? resolveHtmlUrls(trimmed, el.base) : null;
}

/** The plain RSS <link>, which some feeds write with an href attribute instead of text. */
function rssLink(el: XmlElement): string | null {
  for (const link of kids(el, 'link')) {
    const url = resolveHttpUrl(textOf(link) ?? attr(link, 'href'), link.base);
    if (url) return url;
  }
  return null;
}

function atomAlternate(el: XmlElement): string | null {
  for (const link of kids(el, 'atom:link')) {
    const rel = attr(link, 'rel') ?? 'alternate';
    if (rel === 'alternate') return resolveUrl(attr(link, 'href'), link.base);
  }
  return null;
}

function firstDate(el: XmlElement, ...names: string[]): Date | null {
  for (const name of names) {
    for (const candidate of kids(el, name)) {
      const date = parseFeedDate(textOf(candidate));
      if (date) return date;
    }
  }
  return null;
}
