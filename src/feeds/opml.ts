import type { Result } from '../domain/errors.js';
import { escapeHtml } from '../lib/html.js';
import { resolveHttpUrl } from './urls.js';
import { attr, kid, kids, textOf } from './xml-query.js';
import { type XmlElement, parseXmlTree } from './xml-tree.js';

/** Our own XML namespace for outlet metadata on OPML outlines (`mp:outlet="outlet:bbc"`). */
export const OUTLET_NAMESPACE = 'https://multipolar.invalid/opml';

/** The outlet attributes we read and write in OUTLET_NAMESPACE, by local name. */
export const OUTLET_ATTRIBUTES = [
  'outlet',
  'name',
  'country',
  'language',
  'ownership',
  'genre',
  'domain',
] as const;

/** Raw outlet metadata of one outline, as written (validation is the caller's). */
export type OpmlOutletAttributes = Partial<Record<(typeof OUTLET_ATTRIBUTES)[number], string>>;

/** One subscription in an OPML list. */
export interface OpmlFeed {
  title: string | null;
  url: string;
  htmlUrl: string | null;
  /** Attributes of OUTLET_NAMESPACE on the outline, or null when it has none. */
  outlet: OpmlOutletAttributes | null;
}

/** An outline with a feed address we will not follow, and why. */
export interface OpmlSkipped {
  title: string | null;
  reason: string;
}

/** What an OPML subscription list holds. */
export interface OpmlList {
  feeds: OpmlFeed[];
  skipped: OpmlSkipped[];
}

/** More feeds than this in one file is refused whole: split it. */
export const MAX_OPML_FEEDS = 2000;
const MAX_URL_LENGTH = 2048;
const MAX_TEXT_LENGTH = 300;

/**
 * Read the feeds of an OPML subscription list. Folders are flattened (their names are not kept);
 * duplicates are dropped; outlines whose feed address is not http(s) or is absurdly long are listed
 * as skipped; titles lose control characters and are cut to a sane length.
 */
export function parseOpml(text: string): Result<OpmlList, string> {
  const root = text.trim() ? parseXmlTree(text.replace(/^\ufeff/, '').trim(), null) : null;
  if (root?.name !== 'opml') {
    return { ok: false, error: 'Not an OPML file: the document has no <opml> root element.' };
  }
  const body = kid(root, 'body');
  if (!body) return { ok: false, error: 'Not an OPML file: the document has no <body>.' };
  const feeds: OpmlFeed[] = [];
  const skipped: OpmlSkipped[] = [];
  const seen = new Set<string>();
  let outlines = 0;
  const visit = (outline: XmlElement, prefixes: ReadonlySet<string>) => {
    outlines++;
    const scope = withDeclaredPrefixes(outline, prefixes);
    const raw = attr(outline, 'xmlurl') ?? attr(outline, 'url');
    const title = cleanText(attr(outline, 'title') ?? attr(outline, 'text'));
    if (raw !== null) {
      const url = raw.length > MAX_URL_LENGTH ? null : resolveHttpUrl(raw, null);
      if (url === null) {
        skipped.push({ title, reason: `not an http(s) feed address: ${cleanText(raw)?.slice(0, 80) ?? ''}` });
      } else if (!seen.has(url)) {
        seen.add(url);
        feeds.push({
          title,
          url,
          htmlUrl: resolveHttpUrl(attr(outline, 'htmlurl'), null),
          outlet: outletOf(outline, scope),
        });
      }
    }
    for (const child of kids(outline, 'outline')) visit(child, scope);
  };
  const rootPrefixes = withDeclaredPrefixes(root, new Set());
  for (const outline of kids(body, 'outline')) visit(outline, rootPrefixes);
  if (feeds.length > MAX_OPML_FEEDS) {
    return {
      ok: false,
      error: `The OPML file lists ${feeds.length} feeds; at most ${MAX_OPML_FEEDS} are imported at once. Split it into smaller files.`,
    };
  }
  if (feeds.length === 0 && skipped.length === 0 && outlines === 0) {
    return { ok: false, error: 'The OPML file has no outlines: there is nothing to import.' };
  }
  return { ok: true, value: { feeds, skipped } };
}

/** Write subscriptions as an OPML 2.0 document titled `title`, with outlet metadata in OUTLET_NAMESPACE. */
export function writeOpml(feeds: readonly OpmlFeed[], title: string): string {
  const lines = feeds.map((feed) => {
    const name = feed.title ?? feed.url;
    const html = feed.htmlUrl ? ` htmlUrl="${escapeHtml(feed.htmlUrl)}"` : '';
    const outlet = OUTLET_ATTRIBUTES.flatMap((key) => {
      const value = feed.outlet?.[key];
      return value === undefined ? [] : [` mp:${key}="${escapeHtml(value)}"`];
    }).join('');
    return `    <outline type="rss" text="${escapeHtml(name)}" title="${escapeHtml(name)}" xmlUrl="${escapeHtml(feed.url)}"${html}${outlet}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<opml version="2.0" xmlns:mp="${OUTLET_NAMESPACE}">`,
    '  <head>',
    `    <title>${escapeHtml(title)}</title>`,
    '  </head>',
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

/** Title of an OPML document, when it has one. */
export function opmlTitle(text: string): string | null {
  const root = parseXmlTree(text, null);
  return root?.name === 'opml' ? textOf(kid(kid(root, 'head'), 'title')) : null;
}

// The prefixes bound to our namespace here: whatever prefix a file chose, never a guessed "mp".
function withDeclaredPrefixes(el: XmlElement, inherited: ReadonlySet<string>): ReadonlySet<string> {
  let scope: Set<string> | null = null;
  for (const [name, value] of Object.entries(el.attrs)) {
    if (!name.startsWith('xmlns:')) continue;
    const prefix = name.slice(6);
    const bound = value.trim() === OUTLET_NAMESPACE;
    if (bound === inherited.has(prefix)) continue;
    scope ??= new Set(inherited);
    if (bound) scope.add(prefix);
    else scope.delete(prefix);
  }
  return scope ?? inherited;
}

function outletOf(outline: XmlElement, prefixes: ReadonlySet<string>): OpmlOutletAttributes | null {
  const found: OpmlOutletAttributes = {};
  let any = false;
  for (const prefix of prefixes) {
    for (const key of OUTLET_ATTRIBUTES) {
      const value = outline.attrs[`${prefix}:${key}`];
      if (value === undefined || found[key] !== undefined) continue;
      found[key] = value;
      any = true;
    }
  }
  return any ? found : null;
}

function cleanText(text: string | null): string | null {
  if (text === null) return null;
  const clean = stripControls(text).trim().slice(0, MAX_TEXT_LENGTH);
  return clean || null;
}

function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}
