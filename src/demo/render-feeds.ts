import { bodyHtml } from './blocks.js';
import { escapeHtml as x } from '../lib/html.js';
import { hashString } from './prng.js';
import { type SiteArticle, type SiteOutlet, articleImageSvg, authorPath, feedLink } from './site.js';

// Ids that do not contain the port, so a restarted demo on another port keeps its guids.
const TAG_PREFIX = 'tag:multipolar.demo,2026:';

/** The newest items a feed lists. */
export const FEED_ITEM_LIMIT = 100;

function imageBytes(site: SiteOutlet, item: SiteArticle): number {
  return Buffer.byteLength(articleImageSvg(site, item));
}

function cdata(html: string): string {
  return `<![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

function rssDate(date: Date, numericZone: boolean): string {
  const text = date.toUTCString();
  return numericZone ? text.replace(/GMT$/, '+0000') : text;
}

/** Renders an outlet's RSS 2.0 feed with dc, media and content extensions. */
export function renderRss(site: SiteOutlet, origin: string): string {
  const { outlet, style } = site;
  const items = site.articles.slice(0, FEED_ITEM_LIMIT).map((item) => {
    const a = item.article;
    const link = feedLink(site, item);
    const guid = style.permalinkGuids
      ? `<guid isPermaLink="true">${x(item.url)}</guid>`
      : `<guid isPermaLink="false">urn:multipolar-demo:${x(outlet.slug)}:${x(a.slug)}</guid>`;
    const image =
      style.rssImage === 'enclosure'
        ? `<enclosure url="${x(item.imageUrl)}" length="${imageBytes(site, item)}" type="image/svg+xml"/>`
        : `<media:content url="${x(item.imageUrl)}" medium="image" type="image/svg+xml" width="1200" height="675">` +
          `<media:description>${x(a.image.caption)}</media:description><media:credit>${x(a.image.credit)}</media:credit></media:content>`;
    const lines = [
      '<item>',
      `<title>${x(a.title)}</title>`,
      `<link>${x(link)}</link>`,
      guid,
      `<pubDate>${rssDate(item.published, style.rssImage === 'enclosure')}</pubDate>`,
      `<description>${x(a.standfirst)}</description>`,
      ...item.authors.map((name) => `<dc:creator>${x(name)}</dc:creator>`),
      `<category>${x(a.section)}</category>`,
      ...a.tags.map((tag) => `<category>${x(tag)}</category>`),
      image,
    ];
    if (style.fullContent) lines.push(`<content:encoded>${cdata(bodyHtml(a))}</content:encoded>`);
    lines.push('</item>');
    return lines.join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"' +
      ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${x(outlet.name)}</title>`,
    `<link>${x(site.homeUrl)}</link>`,
    `<description>${x(`${outlet.tagline} (a fictional outlet of the Multipolar demo newsroom)`)}</description>`,
    `<language>${x(outlet.language)}</language>`,
    `<lastBuildDate>${rssDate(site.lastModified, false)}</lastBuildDate>`,
    `<atom:link href="${x(origin + site.feedPath)}" rel="self" type="application/rss+xml"/>`,
    '<generator>Multipolar demo newsroom</generator>',
    '<ttl>15</ttl>',
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** Renders an outlet's Atom 1.0 feed. */
export function renderAtom(site: SiteOutlet, origin: string): string {
  const { outlet, style } = site;
  const entries = site.articles.slice(0, FEED_ITEM_LIMIT).map((item) => {
    const a = item.article;
    const lines = [
      '<entry>',
      `<id>${TAG_PREFIX}${x(outlet.slug)}/${x(a.slug)}</id>`,
      `<title type="text">${x(a.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${x(feedLink(site, item))}"/>`,
      `<link rel="enclosure" type="image/svg+xml" length="${imageBytes(site, item)}" href="${x(item.imageUrl)}"/>`,
      `<published>${item.published.toISOString()}</published>`,
      `<updated>${item.published.toISOString()}</updated>`,
      ...item.authors.map(
        (name) =>
          `<author><name>${x(name)}</name><uri>${x(origin + authorPath(outlet.slug, name))}</uri></author>`,
      ),
      `<summary type="text">${x(a.standfirst)}</summary>`,
      `<category term="${x(a.section)}"/>`,
      ...a.tags.map((tag) => `<category term="${x(tag)}"/>`),
    ];
    if (style.fullContent) lines.push(`<content type="html">${x(bodyHtml(a))}</content>`);
    lines.push('</entry>');
    return lines.join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(outlet.language)}">`,
    `<id>${TAG_PREFIX}${x(outlet.slug)}</id>`,
    `<title>${x(outlet.name)}</title>`,
    `<subtitle>${x(`${outlet.tagline} (a fictional outlet of the Multipolar demo newsroom)`)}</subtitle>`,
    `<updated>${site.lastModified.toISOString()}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${x(origin + site.feedPath)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(site.homeUrl)}"/>`,
    `<author><name>${x(outlet.name)}</name></author>`,
    '<generator>Multipolar demo newsroom</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** Renders an outlet's JSON Feed 1.1. */
export function renderJsonFeed(site: SiteOutlet, origin: string): string {
  const { outlet, style } = site;
  const items = site.articles.slice(0, FEED_ITEM_LIMIT).map((item) => {
    const a = item.article;
    return {
      id: String(hashString(`${outlet.slug}/${a.slug}`)),
      url: feedLink(site, item),
      title: a.title,
      summary: a.standfirst,
      ...(style.fullContent ? { content_html: bodyHtml(a) } : { content_text: a.standfirst }),
      date_published: item.published.toISOString(),
      date_modified: item.published.toISOString(),
      authors: item.authors.map((name) => ({ name, url: origin + authorPath(outlet.slug, name) })),
      image: item.imageUrl,
      tags: [a.section, ...a.tags],
      language: outlet.language,
    };
  });
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: outlet.name,
    home_page_url: site.homeUrl,
    feed_url: origin + site.feedPath,
    description: `${outlet.tagline} (a fictional outlet of the Multipolar demo newsroom)`,
    language: outlet.language,
    authors: [{ name: outlet.name, url: site.homeUrl }],
    items,
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Renders the outlet's feed in its own format, with the matching content type. */
export function renderOutletFeed(site: SiteOutlet, origin: string): { body: string; type: string } {
  switch (site.outlet.feedFormat) {
    case 'atom':
      return { body: renderAtom(site, origin), type: 'application/atom+xml; charset=utf-8' };
    case 'json':
      return { body: renderJsonFeed(site, origin), type: 'application/feed+json; charset=utf-8' };
    default:
      return { body: renderRss(site, origin), type: 'application/rss+xml; charset=utf-8' };
  }
}
