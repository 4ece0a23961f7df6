import { escapeHtml as x } from '../lib/html.js';
import {
  baseCss,
  cookieBanner,
  demoNotice,
  documentHead,
  formatDate,
  newsletterBox,
  siteFooter,
  siteHeader,
} from './page-parts.js';
import type { DemoSite, SiteArticle, SiteOutlet } from './site.js';

/** Renders a list of an outlet's articles: its home page, or a section, tag or author page. */
export function renderListPage(opts: {
  site: SiteOutlet;
  heading: string;
  items: SiteArticle[];
  canonical: string;
  now: Date;
}): string {
  const { site, items } = opts;
  const template = site.style.template;
  const list = items.map((item) =>
    [
      '<li class="teaser">',
      `<a href="${x(item.path)}"><img src="${x(item.imagePath)}" alt="${x(item.article.image.alt)}" width="400" height="225"></a>`,
      `<h2><a href="${x(item.path)}">${x(item.article.title)}</a></h2>`,
      `<p>${x(item.article.standfirst)}</p>`,
      `<time datetime="${item.published.toISOString()}">${x(formatDate(item.published, template))}</time>`,
      '</li>',
    ].join('\n'),
  );
  return [
    '<!doctype html>',
    `<html lang="${x(site.outlet.language)}">`,
    documentHead({
      site,
      title: opts.heading === site.outlet.name ? site.outlet.name : `${opts.heading} | ${site.outlet.name}`,
      description: site.outlet.tagline,
      canonical: opts.canonical,
      css: baseCss(site),
      meta: [
        ['og:type', 'website'],
        ['og:title', opts.heading],
        ['og:url', opts.canonical],
      ],
    }),
    `<body class="tpl-${template} listing">`,
    demoNotice(site),
    cookieBanner(template),
    siteHeader(site),
    '<main>',
    `<h1>${x(opts.heading)}</h1>`,
    items.length === 0 ? '<p>No articles yet.</p>' : `<ul class="article-list">\n${list.join('\n')}\n</ul>`,
    newsletterBox(site, 'section'),
    '</main>',
    siteFooter(site, opts.now.getUTCFullYear()),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The demo's front door: every outlet with its home page and feed. */
export function renderRootPage(site: DemoSite): string {
  const rows = site.outlets.map(
    (o) =>
      `<tr><td><a href="/${x(o.outlet.slug)}/">${x(o.outlet.name)}</a></td><td>${x(o.outlet.country)}</td>` +
      `<td>${x(o.outlet.ownership)}</td><td>${x(o.outlet.genre)}</td><td><a href="${x(o.feedPath)}">${x(o.outlet.feedFormat)}</a></td>` +
      `<td>${o.articles.length}</td></tr>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><title>Multipolar demo newsroom</title>',
    '<link rel="alternate" type="text/x-opml" title="All demo feeds" href="/opml.xml"></head>',
    '<body>',
    '<h1>Multipolar demo newsroom</h1>',
    '<p>Every outlet below is fictional and every person quoted is invented. Places, countries and international bodies are real.</p>',
    '<table><thead><tr><th>Outlet</th><th>Country</th><th>Ownership</th><th>Genre</th><th>Feed</th><th>Articles</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`,
    '<p><a href="/opml.xml">All feeds as OPML</a></p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** All outlet feeds as an OPML 2.0 subscription list. */
export function renderOpml(site: DemoSite): string {
  const outlines = site.outlets.map(
    (o) =>
      `<outline type="${o.outlet.feedFormat === 'json' ? 'json' : 'rss'}" text="${x(o.outlet.name)}" title="${x(o.outlet.name)}"` +
      ` xmlUrl="${x(o.feedUrl)}" htmlUrl="${x(o.homeUrl)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `<head><title>Multipolar demo newsroom</title><dateCreated>${site.now.toUTCString()}</dateCreated></head>`,
    '<body>',
    ...outlines,
    '</body>',
    '</opml>',
    '',
  ].join('\n');
}

/** A plain not-found page. */
export function renderNotFoundPage(path: string): string {
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head>' +
    `<body><h1>Page not found</h1><p>Nothing lives at ${x(path)} in the demo newsroom.</p>` +
    '<p><a href="/">All demo outlets</a></p></body></html>\n'
  );
}
