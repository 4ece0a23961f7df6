import { describe, expect, it } from 'vitest';
import { discoverFeeds } from './discover.js';

describe('discoverFeeds', () => {
  it('finds RSS, Atom and JSON Feed alternates and resolves them against the page', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
      <LINK REL="Alternate" TYPE="application/atom+xml" HREF="atom.xml">
      <link rel="alternate feed" type="application/feed+json" href="https://cdn.example/feed.json">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/rss+xml" href="/feed.xml">
    </head><body><a href="/rss">not a link element</a></body></html>`;
    expect(discoverFeeds(html, 'https://news.example/section/page')).toEqual([
      'https://news.example/feed.xml',
      'https://news.example/section/atom.xml',
      'https://cdn.example/feed.json',
    ]);
  });

  it('honours <base href>', () => {
    const html =
      '<base href="https://other.example/dir/"><link rel="alternate" type="application/rss+xml" href="rss">';
    expect(discoverFeeds(html, 'https://news.example/')).toEqual(['https://other.example/dir/rss']);
  });

  it('returns nothing for a page without feeds and ignores non-http links', () => {
    expect(discoverFeeds('<p>hello</p>', 'https://news.example/')).toEqual([]);
    expect(
      discoverFeeds(
        '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">',
        'https://news.example/',
      ),
    ).toEqual([]);
  });
});
