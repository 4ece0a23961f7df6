import { bodyBlocks } from './blocks.js';
import { escapeHtml as x } from '../lib/html.js';
import {
  baseCss,
  bylineHtml,
  commentsTeaser,
  cookieBanner,
  demoNotice,
  documentHead,
  formatDate,
  leadFigure,
  newsletterBox,
  otherArticles,
  relatedList,
  shareButtons,
  siteFooter,
  siteHeader,
} from './page-parts.js';
import { type PageTemplate, type SiteArticle, type SiteOutlet, authorPath, sectionPath } from './site.js';

const TITLE_SEPARATOR: Record<PageTemplate, string> = {
  broadsheet: ' | ',
  broadcaster: ' - ',
  portal: ' — ',
};

const TEMPLATE_CSS: Record<PageTemplate, string> = {
  broadsheet:
    'body{font-family:Georgia,serif}.site-header{border-bottom:4px solid var(--brand);padding:16px}' +
    '.masthead{font-size:40px;font-weight:bold;text-decoration:none;color:var(--brand)}' +
    '.article{max-width:720px;margin:0 auto;padding:16px}.standfirst{font-size:20px;color:#333}',
  broadcaster:
    'body{font-family:Helvetica,Arial,sans-serif}.site-header{background:var(--brand);color:#fff;padding:12px}' +
    '.site-header a{color:#fff}main{max-width:800px;margin:0 auto;padding:16px}.intro{font-size:19px}',
  portal:
    'body{font-family:Verdana,sans-serif;font-size:15px}.topbar{background:var(--brand-dark);color:#fff;padding:4px 16px}' +
    '.topbar a{color:#fff}.row{display:flex;gap:24px;max-width:1100px;margin:0 auto}.col-main{flex:3}.sidebar{flex:1}',
};

function articleJsonLd(site: SiteOutlet, item: SiteArticle, origin: string): Record<string, unknown> {
  const a = item.article;
  const bylined = /^\s*by\s/i.test(a.byline);
  const publisher = {
    '@type': 'NewsMediaOrganization',
    name: site.outlet.name,
    url: site.homeUrl,
    logo: { '@type': 'ImageObject', url: `${origin}/${site.outlet.slug}/logo.svg` },
  };
  return {
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.standfirst,
    datePublished: item.published.toISOString(),
    dateModified: item.published.toISOString(),
    author: bylined
      ? item.authors.map((name) => ({
          '@type': 'Person',
          name,
          url: origin + authorPath(site.outlet.slug, name),
        }))
      : [{ '@type': 'Organization', name: site.outlet.name }],
    image: {
      '@type': 'ImageObject',
      url: item.imageUrl,
      width: 1200,
      height: 675,
      caption: a.image.caption,
      creditText: a.image.credit,
    },
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': item.url },
    articleSection: a.section,
    keywords: a.tags,
    inLanguage: site.outlet.language,
  };
}

// Each layout wraps its JSON-LD differently, as real sites do.
function jsonLdFor(site: SiteOutlet, item: SiteArticle, origin: string): unknown {
  const article = articleJsonLd(site, item, origin);
  switch (site.style.template) {
    case 'broadsheet':
      return { '@context': 'https://schema.org', ...article };
    case 'broadcaster':
      return [
        { '@context': 'https://schema.org', ...article },
        {
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'Home', item: site.homeUrl },
            {
              '@type': 'ListItem',
              position: 2,
              name: item.article.section,
              item: origin + sectionPath(site.outlet.slug, item.article.section),
            },
          ],
        },
      ];
    default:
      return {
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'WebPage', '@id': item.url, url: item.url, name: item.article.title }, article],
      };
  }
}

function paragraphs(item: SiteArticle, headingTag: string, extras: Record<number, string>): string {
  const out: string[] = [];
  for (const block of bodyBlocks(item.article)) {
    if (block.kind === 'heading') {
      out.push(`<${headingTag}>${x(block.text)}</${headingTag}>`);
      continue;
    }
    out.push(`<p>${x(block.text)}</p>`);
    const extra = extras[block.index];
    if (extra) out.push(extra);
  }
  return out.join('\n');
}

function broadsheet(site: SiteOutlet, item: SiteArticle): string {
  const a = item.article;
  const slug = site.outlet.slug;
  return [
    demoNotice(site),
    cookieBanner('broadsheet'),
    siteHeader(site),
    '<main id="content">',
    '<article class="article">',
    `<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/${x(slug)}/">Home</a> › <a href="${x(sectionPath(slug, a.section))}">${x(a.section)}</a></nav>`,
    '<header class="article-header">',
    `<h1 class="headline">${x(a.title)}</h1>`,
    `<p class="standfirst">${x(a.standfirst)}</p>`,
    `<div class="meta"><span class="byline">${bylineHtml(site, item)}</span> ` +
      `<time datetime="${item.published.toISOString()}">${x(formatDate(item.published, 'broadsheet'))}</time></div>`,
    shareButtons(site, item),
    '</header>',
    leadFigure(site, item, 'credit'),
    '<div class="article-body" itemprop="articleBody">',
    paragraphs(item, 'h2', { 2: newsletterBox(site, 'aside') }),
    '</div>',
    `<div class="tags">Topics: ${a.tags.map((t) => `<a href="/${x(slug)}/tag/${x(encodeURIComponent(t))}">${x(t)}</a>`).join(', ')}</div>`,
    relatedList(site, item, 'Related stories'),
    commentsTeaser(item),
    '</article>',
    '</main>',
  ].join('\n');
}

function broadcaster(site: SiteOutlet, item: SiteArticle): string {
  const a = item.article;
  return [
    demoNotice(site),
    siteHeader(site),
    '<div id="main-content"><main>',
    `<div class="section-label"><a href="${x(sectionPath(site.outlet.slug, a.section))}">${x(a.section)}</a></div>`,
    '<article>',
    `<h1 id="main-heading">${x(a.title)}</h1>`,
    `<div class="byline-block"><time datetime="${item.published.toISOString()}">${x(formatDate(item.published, 'broadcaster'))}</time>`,
    `<div class="byline">${bylineHtml(site, item)}</div><span class="role">${x(site.outlet.name)}</span></div>`,
    leadFigure(site, item, 'credit'),
    '<div class="story-body">',
    `<p class="intro"><b>${x(a.standfirst)}</b></p>`,
    paragraphs(item, 'h3', {}),
    '</div>',
    shareButtons(site, item),
    '</article>',
    newsletterBox(site, 'section'),
    relatedList(site, item, 'Read more'),
    commentsTeaser(item),
    '</main></div>',
  ].join('\n');
}

function portal(site: SiteOutlet, item: SiteArticle): string {
  const a = item.article;
  const slug = site.outlet.slug;
  const others = otherArticles(site, item, 6);
  const readMore = others[0]
    ? `<p class="read-more"><strong>Read more:</strong> <a href="${x(others[0].path)}">${x(others[0].article.title)}</a></p>`
    : '';
  return [
    demoNotice(site),
    `<div class="topbar">Trending: ${others
      .slice(0, 3)
      .map((o) => `<a href="${x(o.path)}">${x(o.article.tags[0] ?? o.article.section)}</a>`)
      .join(' · ')}</div>`,
    siteHeader(site),
    '<div class="container"><div class="row">',
    '<div class="col-main">',
    `<ol class="breadcrumbs"><li><a href="/${x(slug)}/">Home</a></li><li><a href="${x(sectionPath(slug, a.section))}">${x(a.section)}</a></li></ol>`,
    '<div class="post">',
    `<h1 class="entry-title">${x(a.title)}</h1>`,
    `<div class="entry-meta">Posted <time class="published" datetime="${item.published.toISOString()}">${x(formatDate(item.published, 'portal'))}</time>` +
      ` <span class="author vcard">${bylineHtml(site, item)}</span></div>`,
    `<p class="excerpt lead">${x(a.standfirst)}</p>`,
    leadFigure(site, item, 'image-credit'),
    shareButtons(site, item),
    '<div class="entry-content">',
    paragraphs(item, 'h3', { 1: readMore, 3: newsletterBox(site, 'div') }),
    '</div>',
    `<div class="post-tags">Tags: ${a.tags.map((t) => `<a rel="tag" href="/${x(slug)}/tag/${x(encodeURIComponent(t))}">${x(t)}</a>`).join(' ')}</div>`,
    '</div>',
    commentsTeaser(item),
    '</div>',
    `<aside class="sidebar">${relatedList(site, item, 'Related')}</aside>`,
    '</div></div>',
  ].join('\n');
}

/** Renders an article page in its outlet's layout, with full head metadata and site chrome. */
export function renderArticlePage(site: SiteOutlet, item: SiteArticle, origin: string, now: Date): string {
  const a = item.article;
  const template = site.style.template;
  const head = documentHead({
    site,
    title: a.title + TITLE_SEPARATOR[template] + site.outlet.name,
    description: a.standfirst,
    canonical: item.url,
    css: baseCss(site) + TEMPLATE_CSS[template],
    meta: [
      ['og:type', 'article'],
      ['og:url', item.url],
      ['og:title', a.title],
      ['og:description', a.standfirst],
      ['og:image', item.imageUrl],
      ['og:image:alt', a.image.alt],
      ['article:published_time', item.published.toISOString()],
      ['article:section', a.section],
      ...a.tags.map((t): [string, string] => ['article:tag', t]),
      ['author', item.authors.join(', ') || a.byline],
      ['twitter:card', 'summary_large_image'],
    ],
    jsonLd: jsonLdFor(site, item, origin),
  });
  const body =
    template === 'broadsheet'
      ? broadsheet(site, item)
      : template === 'broadcaster'
        ? broadcaster(site, item)
        : portal(site, item);
  const tail = template === 'broadsheet' ? '' : cookieBanner(template);
  return [
    '<!doctype html>',
    `<html lang="${x(site.outlet.language)}">`,
    head,
    `<body class="tpl-${template}">`,
    body,
    siteFooter(site, now.getUTCFullYear()),
    tail,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
