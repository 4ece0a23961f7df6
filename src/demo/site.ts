import { slugify } from '../lib/slug.js';
import { renderImageSvg } from './image.js';
import type { DemoArticle, DemoOutlet } from './types.js';

/** The article page layouts; each outlet is drawn with one of them. */
export type PageTemplate = 'broadsheet' | 'broadcaster' | 'portal';

/** How one outlet's site differs from the others, so consumers meet real-world variety. */
export interface SiteStyle {
  template: PageTemplate;
  /** The photo credit is printed inside the caption text ("… Photo: X") instead of its own element. */
  creditInCaption: boolean;
  /** RSS only: lead image as `media:content` or as `enclosure`. */
  rssImage: 'media' | 'enclosure';
  /** RSS only: the guid is the article URL rather than an opaque id. */
  permalinkGuids: boolean;
  /** Feed links carry utm_* parameters; the canonical URL does not. */
  trackingParams: boolean;
  /** The feed carries the full article HTML, not only a summary. */
  fullContent: boolean;
}

/** One article placed on its outlet's site. */
export interface SiteArticle {
  article: DemoArticle;
  published: Date;
  path: string;
  url: string;
  imagePath: string;
  imageUrl: string;
  /** People named in the byline, "By " stripped. */
  authors: string[];
}

/** One outlet's site: its articles newest first and where everything lives. */
export interface SiteOutlet {
  outlet: DemoOutlet;
  style: SiteStyle;
  homeUrl: string;
  feedPath: string;
  feedUrl: string;
  articles: SiteArticle[];
  sections: string[];
  /** Publication time of the newest article (or the demo's now when it has none). */
  lastModified: Date;
}

/** Every outlet of a running demo newsroom, resolved against its origin and clock. */
export interface DemoSite {
  origin: string;
  now: Date;
  outlets: SiteOutlet[];
  outletBySlug: Map<string, SiteOutlet>;
}

const HOUR_MS = 3_600_000;

/** Chooses the layout from the outlet's genre so the demo shows all three. */
export function templateFor(outlet: DemoOutlet): PageTemplate {
  switch (outlet.genre) {
    case 'newspaper':
    case 'business':
      return 'broadsheet';
    case 'broadcaster':
      return 'broadcaster';
    default:
      return 'portal';
  }
}

/** Derives an outlet's quirks from its position in the list, so they are stable for a given list. */
export function styleFor(outlet: DemoOutlet, index: number): SiteStyle {
  const template = templateFor(outlet);
  return {
    template,
    creditInCaption: template === 'broadcaster',
    rssImage: index % 2 === 1 ? 'enclosure' : 'media',
    permalinkGuids: index % 3 === 0,
    trackingParams: index % 4 === 1,
    fullContent: index % 3 === 2,
  };
}

/** The primary feed path of an outlet, named for its format. */
export function feedPathFor(outlet: DemoOutlet): string {
  return `/${outlet.slug}/${outlet.feedFormat === 'json' ? 'feed.json' : 'feed.xml'}`;
}

/** Splits a printed byline into author names ("By Ana Ruiz and Li Wei" → two names). */
export function bylineAuthors(byline: string): string[] {
  const bare = byline.replace(/^\s*by\s+/i, '').trim();
  if (!bare) return [];
  return bare
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** Path of an author page on an outlet's site. */
export function authorPath(outletSlug: string, name: string): string {
  return `/${outletSlug}/authors/${slugify(name)}`;
}

/** Path of a section page on an outlet's site. */
export function sectionPath(outletSlug: string, section: string): string {
  return `/${outletSlug}/section/${slugify(section)}`;
}

function datePath(date: Date): string {
  const y = date.getUTCFullYear();
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}/${m}/${d}`;
}

/** Lays out the outlets and their articles; articles of unknown outlets and repeated slugs are dropped. */
export function buildSite(opts: {
  origin: string;
  now: Date;
  outlets: readonly DemoOutlet[];
  articles: readonly DemoArticle[];
}): DemoSite {
  const { origin, now } = opts;
  const byOutlet = new Map<string, DemoArticle[]>();
  for (const outlet of opts.outlets) byOutlet.set(outlet.slug, []);
  for (const article of opts.articles) byOutlet.get(article.outlet)?.push(article);

  const outlets = opts.outlets.map((outlet, index): SiteOutlet => {
    const seen = new Set<string>();
    const articles: SiteArticle[] = [];
    for (const article of byOutlet.get(outlet.slug) ?? []) {
      if (seen.has(article.slug)) continue;
      seen.add(article.slug);
      const published = new Date(now.getTime() - Math.round(article.hoursAgo * HOUR_MS));
      const path = `/${outlet.slug}/${datePath(published)}/${article.slug}`;
      const imagePath = `/${outlet.slug}/images/${article.slug}.svg`;
      articles.push({
        article,
        published,
        path,
        url: origin + path,
        imagePath,
        imageUrl: origin + imagePath,
        authors: bylineAuthors(article.byline),
      });
    }
    articles.sort((a, b) => b.published.getTime() - a.published.getTime() || a.path.localeCompare(b.path));
    const sections = [...new Set(articles.map((a) => a.article.section))];
    const feedPath = feedPathFor(outlet);
    return {
      outlet,
      style: styleFor(outlet, index),
      homeUrl: `${origin}/${outlet.slug}/`,
      feedPath,
      feedUrl: origin + feedPath,
      articles,
      sections,
      lastModified: articles[0]?.published ?? now,
    };
  });
  return { origin, now, outlets, outletBySlug: new Map(outlets.map((o) => [o.outlet.slug, o])) };
}

/** The link a feed hands out for an article: with tracking parameters for outlets that add them. */
export function feedLink(site: SiteOutlet, item: SiteArticle): string {
  return site.style.trackingParams
    ? `${item.url}?utm_source=feed&utm_medium=rss&utm_campaign=demo`
    : item.url;
}

/** The lead picture of an article, as served at its `imagePath`. */
export function articleImageSvg(site: SiteOutlet, item: SiteArticle): string {
  return renderImageSvg({
    key: `${site.outlet.slug}/${item.article.slug}`,
    colour: site.outlet.colour,
    motif: item.article.image.motif,
    outletName: site.outlet.name,
  });
}
