import { jsonForScript, escapeHtml as x } from '../lib/html.js';
import { shade } from './image.js';
import { hashString } from './prng.js';
import {
  type PageTemplate,
  type SiteArticle,
  type SiteOutlet,
  authorPath,
  feedPathFor,
  sectionPath,
} from './site.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const FIXED_SECTIONS = ['World', 'Politics', 'Business', 'Climate', 'Technology', 'Opinion'];

/** Prints a date the way each layout's newsroom would. */
export function formatDate(date: Date, template: PageTemplate): string {
  const d = date.getUTCDate();
  const month = MONTHS[date.getUTCMonth()] ?? '';
  const y = date.getUTCFullYear();
  const hh = date.getUTCHours();
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  switch (template) {
    case 'broadsheet':
      return `${DAYS[date.getUTCDay()]} ${d} ${month.slice(0, 3)} ${y} ${String(hh).padStart(2, '0')}.${mm} GMT`;
    case 'broadcaster':
      return `${d} ${month} ${y}`;
    default:
      return `${month} ${d}, ${y} at ${hh % 12 || 12}:${mm} ${hh < 12 ? 'AM' : 'PM'} UTC`;
  }
}

/** The `<head>` of a page: title, canonical link, Open Graph, feed discovery and optional JSON-LD. */
export function documentHead(opts: {
  site: SiteOutlet;
  title: string;
  description: string;
  canonical: string;
  css: string;
  meta?: [string, string][];
  jsonLd?: unknown;
}): string {
  const { site } = opts;
  const feedType =
    site.outlet.feedFormat === 'json'
      ? 'application/feed+json'
      : site.outlet.feedFormat === 'atom'
        ? 'application/atom+xml'
        : 'application/rss+xml';
  const meta = (opts.meta ?? []).map(([key, value]) => {
    const attr = key.startsWith('og:') || key.startsWith('article:') ? 'property' : 'name';
    return `<meta ${attr}="${x(key)}" content="${x(value)}">`;
  });
  return [
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${x(opts.title)}</title>`,
    `<meta name="description" content="${x(opts.description)}">`,
    `<link rel="canonical" href="${x(opts.canonical)}">`,
    `<link rel="alternate" type="${feedType}" title="${x(site.outlet.name)}" href="${x(feedPathFor(site.outlet))}">`,
    `<meta property="og:site_name" content="${x(site.outlet.name)}">`,
    ...meta,
    opts.jsonLd === undefined
      ? ''
      : `<script type="application/ld+json">${jsonForScript(opts.jsonLd)}</script>`,
    `<style>${opts.css}</style>`,
    '</head>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** A CSS palette shared by the layouts, in the outlet's colour. */
export function baseCss(site: SiteOutlet): string {
  const c = site.outlet.colour;
  return [
    `:root{--brand:${c};--brand-dark:${shade(c, -0.4)};--brand-light:${shade(c, 0.85)}}`,
    'body{margin:0;color:#1a1a1a;line-height:1.55}',
    'a{color:var(--brand-dark)}',
    '.demo-notice{background:#fff3bf;color:#5c4400;font:14px/1.4 sans-serif;padding:6px 16px;text-align:center}',
    '.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#111;color:#eee;padding:16px;font:14px sans-serif}',
    'figure{margin:0 0 1.5em}figure img{width:100%;height:auto;display:block}',
    'figcaption{font-size:14px;color:#555;padding-top:6px}',
    '.share a{margin-right:12px}.site-header{padding:12px 16px}.masthead{font-size:30px;font-weight:bold;text-decoration:none}',
    '.site-nav ul,.footer-links,.breadcrumbs{display:flex;flex-wrap:wrap;gap:14px;list-style:none;padding:0;margin:8px 0}',
    '.site-footer{border-top:1px solid #ccc;margin-top:32px;padding:16px;font-size:14px}main,.col-main{padding:0 16px}',
    '.newsletter{background:var(--brand-light);padding:16px;margin:24px 0;border-left:4px solid var(--brand)}',
  ].join('\n');
}

/** A visible strip saying the outlet is invented, on every page. */
export function demoNotice(site: SiteOutlet): string {
  return (
    `<div class="demo-notice" role="note">Demo: ${x(site.outlet.name)} is a fictional outlet of the ` +
    'Multipolar demo newsroom. Its reporters and everyone quoted are invented.</div>'
  );
}

/** A cookie-consent dialog, worded differently per layout. */
export function cookieBanner(template: PageTemplate): string {
  const text: Record<PageTemplate, string> = {
    broadsheet:
      'We use cookies and similar technologies to improve your experience, measure our audience and show personalised advertising. You can change your choices at any time.',
    broadcaster:
      'Let us know you agree to cookies. We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
    portal:
      'This website uses cookies to ensure you get the best experience. By continuing you accept our cookie policy.',
  };
  return [
    '<div id="cookie-consent" class="cookie-banner consent" role="dialog" aria-label="Cookie consent">',
    `<p>${x(text[template])}</p>`,
    '<button type="button" class="accept">Accept all cookies</button>',
    '<button type="button" class="manage">Manage preferences</button>',
    '</div>',
  ].join('\n');
}

/** The masthead and the navigation menu of the outlet's sections. */
export function siteHeader(site: SiteOutlet): string {
  const slug = site.outlet.slug;
  const sections = [...new Set([...FIXED_SECTIONS, ...site.sections])].slice(0, 9);
  const links = sections.map((s) => `<li><a href="${x(sectionPath(slug, s))}">${x(s)}</a></li>`);
  return [
    '<header class="site-header">',
    `<a class="masthead" href="/${x(slug)}/">${x(site.outlet.name)}</a>`,
    `<p class="tagline">${x(site.outlet.tagline)}</p>`,
    '<nav class="site-nav" aria-label="Sections"><ul>',
    `<li><a href="/${x(slug)}/">Home</a></li>`,
    ...links,
    '</ul></nav>',
    `<a class="subscribe-button" href="/${x(slug)}/subscribe">Subscribe</a>`,
    '<a class="login" href="/' + x(slug) + '/account">Sign in</a>',
    '</header>',
  ].join('\n');
}

/** A newsletter sign-up box. */
export function newsletterBox(site: SiteOutlet, element: 'aside' | 'section' | 'div'): string {
  const name = site.outlet.name;
  return [
    `<${element} class="newsletter newsletter-signup">`,
    `<h3>Sign up for our newsletter</h3>`,
    `<p>Get the ${x(name)} morning briefing in your inbox every weekday. Subscribe now, it is free.</p>`,
    `<form action="/${x(site.outlet.slug)}/newsletter" method="post">`,
    '<label>Email address <input type="email" name="email" placeholder="you@example.com"></label>',
    '<button type="submit">Sign up</button>',
    '</form>',
    '<p class="small">By signing up you agree to our privacy policy. You can unsubscribe at any time.</p>',
    `</${element}>`,
  ].join('\n');
}

/** The share bar for an article. */
export function shareButtons(site: SiteOutlet, item: SiteArticle): string {
  const u = encodeURIComponent(item.url);
  const base = `/${site.outlet.slug}/share`;
  return [
    '<div class="share share-tools" aria-label="Share this article">',
    '<span>Share</span>',
    `<a class="share-x" href="${x(`${base}/x?u=${u}`)}">Share on X</a>`,
    `<a class="share-facebook" href="${x(`${base}/facebook?u=${u}`)}">Facebook</a>`,
    `<a class="share-whatsapp" href="${x(`${base}/whatsapp?u=${u}`)}">WhatsApp</a>`,
    `<a class="share-email" href="${x(`${base}/email?u=${u}`)}">Email</a>`,
    '<button type="button" class="copy-link">Copy link</button>',
    '</div>',
  ].join('\n');
}

/** Up to `limit` other articles of the same outlet, newest first. */
export function otherArticles(site: SiteOutlet, item: SiteArticle, limit = 4): SiteArticle[] {
  return site.articles.filter((a) => a !== item).slice(0, limit);
}

/** A "Related" list of the outlet's other articles. */
export function relatedList(site: SiteOutlet, item: SiteArticle, heading: string): string {
  const others = otherArticles(site, item);
  if (others.length === 0) return '';
  return [
    '<aside class="related related-articles">',
    `<h2>${x(heading)}</h2>`,
    '<ul>',
    ...others.map((o) => `<li><a href="${x(o.path)}">${x(o.article.title)}</a></li>`),
    '</ul>',
    '</aside>',
  ].join('\n');
}

/** A comments teaser with a stable, made-up comment count. */
export function commentsTeaser(item: SiteArticle): string {
  const count = 3 + (hashString(item.path) % 240);
  return [
    '<section class="comments" id="comments">',
    `<h2>Comments (${count})</h2>`,
    '<p>Join the conversation. Comments are moderated and may take a few minutes to appear.</p>',
    '<a class="show-comments" href="#comments">Show comments</a>',
    '</section>',
  ].join('\n');
}

/** The byline with links to each author's page, or plain text for desk bylines. */
export function bylineHtml(site: SiteOutlet, item: SiteArticle): string {
  const byline = item.article.byline;
  if (!/^\s*by\s/i.test(byline)) return x(byline);
  const links = item.authors.map(
    (name) => `<a rel="author" href="${x(authorPath(site.outlet.slug, name))}">${x(name)}</a>`,
  );
  const joined =
    links.length <= 1 ? links.join('') : `${links.slice(0, -1).join(', ')} and ${links[links.length - 1]}`;
  return `By ${joined}`;
}

/** The lead figure; the credit sits in its own span or inside the caption text, per outlet. */
export function leadFigure(site: SiteOutlet, item: SiteArticle, creditClass: string): string {
  const { image } = item.article;
  const credit = /^(photo|image|picture|photograph)/i.test(image.credit)
    ? image.credit
    : `Photo: ${image.credit}`;
  const caption = site.style.creditInCaption
    ? `${x(image.caption)} ${x(credit)}`
    : `<span class="caption">${x(image.caption)}</span> <span class="${creditClass}">${x(image.credit)}</span>`;
  return [
    '<figure class="lead-image">',
    `<img src="${x(item.imagePath)}" alt="${x(image.alt)}" width="1200" height="675" loading="lazy">`,
    `<figcaption>${caption}</figcaption>`,
    '</figure>',
  ].join('\n');
}

/** The footer with the usual links and the demo disclaimer. */
export function siteFooter(site: SiteOutlet, year: number): string {
  const slug = x(site.outlet.slug);
  const links = [
    'About us',
    'Contact',
    'Corrections',
    'Privacy policy',
    'Terms of use',
    'Cookie settings',
    'Advertise',
  ];
  return [
    '<footer class="site-footer">',
    '<ul class="footer-links">',
    ...links.map((l) => `<li><a href="/${slug}/${x(l.toLowerCase().replace(/\s+/g, '-'))}">${x(l)}</a></li>`),
    `<li><a href="${x(feedPathFor(site.outlet))}">Feed</a></li>`,
    '</ul>',
    `<p>© ${year} ${x(site.outlet.name)}. All rights reserved. ${x(site.outlet.name)} is a fictional outlet ` +
      'of the Multipolar demo newsroom; its reporters and everyone quoted are invented.</p>',
    '</footer>',
  ].join('\n');
}
