import type { Result } from '../domain/errors.js';
import { resolveHttpUrl } from './urls.js';
import { attr, kid, kids, textOf } from './xml-query.js';
import { type XmlElement, parseXmlTree } from './xml-tree.js';

/** One subscription in an OPML list. */
export interface OpmlFeed {
  title: string | null;
  url: string;
  htmlUrl: string | null;
}

/** Read the feeds of an OPML subscription list, however deeply its folders nest; duplicates are dropped. */
export function parseOpml(text: string): Result<OpmlFeed[], string> {
  const root = text.trim() ? parseXmlTree(text.replace(/^\ufeff/, '').trim(), null) : null;
  if (root?.name !== 'opml') {
    return { ok: false, error: 'Not an OPML file: the document has no <opml> root element.' };
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  const visit = (outline: XmlElement) => {
    const url = resolveHttpUrl(attr(outline, 'xmlurl') ?? attr(outline, 'url'), null);
    if (url && !seen.has(url)) {
      seen.add(url);
      feeds.push({
        title: attr(outline, 'title') ?? attr(outline, 'text'),
        url,
        htmlUrl: resolveHttpUrl(attr(outline, 'htmlurl'), null),
      });
    }
    kids(outline, 'outline').forEach(visit);
  };
  kids(kid(root, 'body'), 'outline').forEach(visit);
  return { ok: true, value: feeds };
}

/** Write subscriptions as an OPML 2.0 document titled `title`. */
export function writeOpml(feeds: readonly OpmlFeed[], title: string): string {
  const lines = feeds.map((feed) => {
    const name = feed.title ?? feed.url;
    const html = feed.htmlUrl ? ` htmlUrl="${escapeXml(feed.htmlUrl)}"` : '';
    return `    <outline type="rss" text="${escapeXml(name)}" title="${escapeXml(name)}" xmlUrl="${escapeXml(feed.url)}"${html}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(title)}</title>`,
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

function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
