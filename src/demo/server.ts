import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Cleanups, handleBroken } from './broken.js';
import { demoArticles } from './content/index.js';
import { slugify } from '../lib/slug.js';
import { sendCached } from './http-cache.js';
import { renderImageSvg } from './image.js';
import { demoOutlets } from './outlets.js';
import { renderArticlePage } from './page-article.js';
import { renderListPage, renderNotFoundPage, renderOpml, renderRootPage } from './page-index.js';
import { renderOutletFeed } from './render-feeds.js';
import { type DemoSite, type SiteArticle, type SiteOutlet, articleImageSvg, buildSite } from './site.js';
import type { DemoArticle, DemoOutlet } from './types.js';

/** Options of the demo newsroom server. */
export interface DemoNewsroomOptions {
  /** 0 (the default) picks any free port. */
  port?: number;
  host?: '127.0.0.1';
  /** The demo's clock: articles are published `hoursAgo` before it. */
  now: Date;
  articles?: readonly DemoArticle[];
  outlets?: readonly DemoOutlet[];
}

/** A running demo newsroom. */
export interface DemoNewsroom {
  /** e.g. "http://127.0.0.1:4123". */
  origin: string;
  feedUrls: { outlet: DemoOutlet; url: string }[];
  /** Every article page served, newest first per outlet. */
  articleUrls: { article: DemoArticle; url: string; published: Date }[];
  close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';
const SVG = 'image/svg+xml';

function notFound(res: ServerResponse, path: string): void {
  res.writeHead(404, { 'Content-Type': HTML }).end(renderNotFoundPage(path));
}

function listBy(
  site: SiteOutlet,
  kind: string,
  key: string,
): { heading: string; items: SiteArticle[] } | null {
  const match = (values: string[]): string | undefined => values.find((v) => slugify(v) === slugify(key));
  let heading: string | undefined;
  const items = site.articles.filter((item) => {
    const a = item.article;
    const found =
      kind === 'section' ? match([a.section]) : kind === 'authors' ? match(item.authors) : match(a.tags);
    heading ??= found;
    return found !== undefined;
  });
  // Menu sections without articles still get a page, as on a real site.
  if (kind === 'section' && items.length === 0)
    heading = key.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return heading === undefined ? null : { heading, items };
}

function serveOutlet(req: IncomingMessage, res: ServerResponse, site: DemoSite, url: URL): void {
  const path = url.pathname;
  const [, slug = '', ...rest] = path.split('/');
  const outletSite = site.outletBySlug.get(slug);
  if (!outletSite) {
    notFound(res, path);
    return;
  }
  const sub = rest.join('/');
  const { origin, now } = site;
  if (rest.length === 0) {
    res.writeHead(301, { Location: `/${slug}/` }).end();
    return;
  }
  if (sub === '') {
    const body = renderListPage({
      site: outletSite,
      heading: outletSite.outlet.name,
      items: outletSite.articles,
      canonical: outletSite.homeUrl,
      now,
    });
    sendCached(req, res, { body, type: HTML, lastModified: outletSite.lastModified, maxAge: 60 });
    return;
  }
  if (path === outletSite.feedPath) {
    const { body, type } = renderOutletFeed(outletSite, origin);
    sendCached(req, res, { body, type, lastModified: outletSite.lastModified, maxAge: 300 });
    return;
  }
  if (sub === 'logo.svg') {
    const { outlet } = outletSite;
    const body = renderImageSvg({
      key: outlet.slug,
      colour: outlet.colour,
      motif: outlet.name,
      outletName: outlet.name,
    });
    sendCached(req, res, { body, type: SVG, lastModified: now, maxAge: 86_400 });
    return;
  }
  if (rest[0] === 'images' && rest.length === 2) {
    const item = outletSite.articles.find((a) => a.imagePath === path);
    if (!item) {
      notFound(res, path);
      return;
    }
    const body = articleImageSvg(outletSite, item);
    sendCached(req, res, { body, type: SVG, lastModified: item.published, maxAge: 86_400 });
    return;
  }
  if (rest.length === 2 && (rest[0] === 'section' || rest[0] === 'authors' || rest[0] === 'tag')) {
    const list = listBy(outletSite, rest[0], decodeURIComponent(rest[1] ?? ''));
    if (!list) {
      notFound(res, path);
      return;
    }
    const body = renderListPage({ site: outletSite, ...list, canonical: origin + path, now });
    sendCached(req, res, { body, type: HTML, lastModified: list.items[0]?.published ?? now, maxAge: 60 });
    return;
  }
  const item = outletSite.articles.find((a) => a.path === path);
  if (!item) {
    notFound(res, path);
    return;
  }
  const body = renderArticlePage(outletSite, item, origin, now);
  sendCached(req, res, { body, type: HTML, lastModified: item.published, maxAge: 60 });
}

function handle(req: IncomingMessage, res: ServerResponse, site: DemoSite, cleanups: Cleanups): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url ?? '/', site.origin);
  if (url.pathname === '/') {
    sendCached(req, res, { body: renderRootPage(site), type: HTML, lastModified: site.now, maxAge: 60 });
    return;
  }
  if (url.pathname === '/opml.xml') {
    const body = renderOpml(site);
    sendCached(req, res, { body, type: 'text/x-opml; charset=utf-8', lastModified: site.now, maxAge: 300 });
    return;
  }
  if (url.pathname.startsWith('/_broken/')) {
    if (!handleBroken(req, res, url, cleanups)) notFound(res, url.pathname);
    return;
  }
  serveOutlet(req, res, site, url);
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Starts one loopback HTTP server that plays every demo outlet under its own path prefix. */
export async function startDemoNewsroom(opts: DemoNewsroomOptions): Promise<DemoNewsroom> {
  const host = opts.host ?? '127.0.0.1';
  const cleanups: Cleanups = new Set();
  let site: DemoSite | null = null;
  const server = createServer((req, res) => {
    if (!site) {
      res.writeHead(503).end();
      return;
    }
    try {
      handle(req, res, site, cleanups);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Demo newsroom error: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  });
  const address = await listen(server, opts.port ?? 0, host);
  const origin = `http://${host}:${address.port}`;
  const built = buildSite({
    origin,
    now: opts.now,
    outlets: opts.outlets ?? demoOutlets,
    articles: opts.articles ?? demoArticles,
  });
  site = built;
  return {
    origin,
    feedUrls: built.outlets.map((o) => ({ outlet: o.outlet, url: o.feedUrl })),
    articleUrls: built.outlets.flatMap((o) =>
      o.articles.map((a) => ({ article: a.article, url: a.url, published: a.published })),
    ),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const cleanup of [...cleanups]) cleanup();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
