import { sax } from './sax.js';
import { resolveHttpUrl } from './urls.js';

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml',
  'application/json',
]);

/** Feed URLs a page advertises with <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">, in page order. */
export function discoverFeeds(html: string, pageUrl: string): string[] {
  let base = pageUrl;
  const found: string[] = [];
  sax(html, 'html', {
    open(name, attrs) {
      if (name === 'base' && attrs.href) base = resolveHttpUrl(attrs.href, pageUrl) ?? base;
      if (name !== 'link') return;
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      const type = (attrs.type ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
      if (!rel.includes('alternate') || !FEED_TYPES.has(type)) return;
      const url = resolveHttpUrl(attrs.href, base);
      if (url && !found.includes(url)) found.push(url);
    },
    close() {},
    text() {},
  });
  return found;
}
