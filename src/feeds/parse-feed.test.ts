import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from '../domain/feed.js';
import { parseFeed, parseFeedBytes } from './parse-feed.js';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url));
const FEED_URL = 'https://feeds.example/proxy/feed';

function parsed(name: string, url = FEED_URL): ParsedFeed {
  const result = parseFeedBytes(fixture(name), { url });
  if (!result.ok) throw new Error(`${name} did not parse: ${result.error}`);
  return result.value;
}

describe('parseFeed on RSS 2.0 with content:encoded and Media RSS', () => {
  const feed = parsed('rss2-content-media.xml');
  const [ports, talks, brief] = feed.entries;

  it('reads the channel and decodes numeric entities in its title', () => {
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'The Harbour Gazette \u2013 World',
      homeUrl: 'https://gazette.example/world/',
      description: 'News from the harbour & beyond',
      language: 'en-GB',
    });
    expect(feed.entries).toHaveLength(3);
  });

  it('resolves relative item links against the site link, not the feed proxy', () => {
    expect(ports?.url).toBe('https://gazette.example/world/2025/03/04/ports-reopen');
    expect(ports?.contentHtml).toContain('<img src="https://gazette.example/img/ports.jpg"');
    expect(ports?.contentHtml).toContain('href="https://gazette.example/trade/"');
  });

  it('keeps content:encoded as HTML and flattens the description to plain text', () => {
    expect(ports?.title).toBe('Ports reopen after the storm');
    expect(ports?.summary).toBe(
      'Harbour authorities said on Tuesday that ports would reopen\u2026 Read more',
    );
    expect(ports?.contentHtml).toMatch(/^<figure>/);
    expect(talks?.summary).toBe('Delegations met for a third round.');
    expect(talks?.contentHtml).toBeNull();
  });

  it('reads every dc:creator and the name inside an RSS author e-mail', () => {
    expect(ports?.authors).toEqual(['Ana Ruiz', 'Li Wei']);
    expect(talks?.authors).toEqual(['Foreign Desk']);
  });

  it('prefers media:content images, then image enclosures', () => {
    expect(ports?.imageUrl).toBe('https://cdn.gazette.example/ports-1200.jpg');
    expect(talks?.imageUrl).toBe('https://cdn.gazette.example/geneva.png');
  });

  it('parses RFC 822 dates with named zones and missing seconds, and gives null for nonsense', () => {
    expect(ports?.published?.toISOString()).toBe('2025-03-04T13:30:00.000Z');
    expect(talks?.published?.toISOString()).toBe('2025-03-03T16:05:00.000Z');
    expect(brief?.published).toBeNull();
  });

  it('falls back from guid to link to a stable hash of title and date', () => {
    expect(ports?.guid).toBe('gazette-48213');
    expect(talks?.guid).toBe('https://gazette.example/world/2025/03/03/talks');
    expect(brief?.guid).toMatch(/^hash:[0-9a-f]{32}$/);
    const again = parsed('rss2-content-media.xml').entries[2];
    expect(again?.guid).toBe(brief?.guid);
  });

  it('collects categories in order without duplicates', () => {
    expect(ports?.categories).toEqual(['Shipping', 'Weather']);
  });
});

describe('parseFeed on RSS 1.0 (RDF)', () => {
  const feed = parsed('rdf.xml');

  it('finds items beside the channel and reads Dublin Core fields', () => {
    expect(feed).toMatchObject({ format: 'rdf', title: 'Wire Service Headlines', language: 'fr-FR' });
    expect(feed.entries.map((e) => e.title)).toEqual(['Ministers meet in Brussels', 'Rain expected']);
    expect(feed.entries[0]).toMatchObject({ authors: ['Wire Staff'], categories: ['Europe'] });
    expect(feed.entries[0]?.published?.toISOString()).toBe('2025-03-03T09:15:00.000Z');
  });

  it('uses rdf:about for an item with no link', () => {
    expect(feed.entries[1]).toMatchObject({
      url: 'https://wire.example/a/2',
      guid: 'https://wire.example/a/2',
    });
  });
});

describe('parseFeed on Atom 1.0 with xml:base and XHTML content', () => {
  const feed = parsed('atom-xhtml-base.xml');
  const [hello, second] = feed.entries;

  it('reads feed metadata, flattening an HTML subtitle and taking the language from xml:lang', () => {
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'Ein Blog & mehr',
      description: 'Notes on everything',
      homeUrl: 'https://blog.example/',
      language: 'de',
    });
  });

  it('resolves links against nested xml:base values', () => {
    expect(hello?.url).toBe('https://blog.example/posts/2025/hello');
    expect(hello?.imageUrl).toBe('https://blog.example/posts/2025/images/hello.jpg');
    expect(hello?.contentHtml).toContain('href="https://blog.example/posts/2024/older"');
    expect(hello?.contentHtml).toContain('src="https://blog.example/posts/2025/pic.png"');
    expect(hello?.contentHtml).toContain('href="https://cdn.example/media/clip.mp4"');
  });

  it('unwraps the XHTML div and serialises the markup as HTML', () => {
    expect(hello?.contentHtml).toMatch(/^<p>See <a /);
    expect(hello?.contentHtml).not.toContain('xmlns');
    expect(hello?.contentHtml).not.toContain('<div');
  });

  it('keeps type="text" titles literal and strips markup from type="html" ones', () => {
    expect(hello?.title).toBe('Hello world');
    expect(second?.title).toBe('Plain <title> text');
  });

  it('lets entries inherit the feed author and decodes escaped HTML content', () => {
    expect(hello?.authors).toEqual(['Feed Author']);
    expect(second?.authors).toEqual(['Guest Writer']);
    expect(second?.contentHtml).toBe('<p>Escaped <a href="https://blog.example/about">HTML</a></p>');
  });

  it('reads published and updated separately, with fractions and missing seconds', () => {
    expect(hello?.published?.toISOString()).toBe('2025-03-01T06:00:00.000Z');
    expect(hello?.updated?.toISOString()).toBe('2025-03-02T09:30:15.000Z');
    expect(second?.updated?.toISOString()).toBe('2025-03-04T10:00:00.000Z');
    expect(hello?.categories).toEqual(['greetings']);
  });
});

describe('parseFeed on JSON Feed 1.1', () => {
  const feed = parsed('jsonfeed-1.1.json', 'https://dispatch.example/feed.json');
  const [summit, note] = feed.entries;

  it('reads the feed and item fields', () => {
    expect(feed).toMatchObject({ format: 'json', title: 'Morning Dispatch', language: 'en-US' });
    expect(summit).toMatchObject({
      guid: 'https://dispatch.example/2025/03/04/summit',
      title: 'Summit ends without a deal',
      summary: 'Leaders left the summit.',
      authors: ['Sam Okafor'],
      imageUrl: 'https://dispatch.example/img/summit.jpg',
      categories: ['diplomacy', 'summit'],
    });
    expect(summit?.contentHtml).toContain('href="https://dispatch.example/topics/summit"');
    expect(summit?.published?.toISOString()).toBe('2025-03-04T11:00:00.000Z');
  });

  it('accepts numeric ids, falls back to content_text and the feed authors, and nulls bad dates', () => {
    expect(note).toMatchObject({
      guid: '42',
      summary: 'A note without a title or a link.',
      authors: ['Dispatch Team'],
    });
    expect(note?.published).toBeNull();
  });

  it('also reads a JSON Feed 1.0 single author', () => {
    const result = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        title: 'Old',
        author: { name: 'Solo' },
        items: [{ id: 'a', content_html: '<p>x</p>' }],
      }),
      { url: FEED_URL },
    );
    expect(result.ok && result.value.entries[0]?.authors).toEqual(['Solo']);
  });
});

describe('parseFeed on broken and foreign input', () => {
  it('recovers entries from unclosed tags, bare ampersands, undeclared prefixes and HTML entities', () => {
    const feed = parsed('broken-unclosed.xml');
    expect(feed.title).toBe('Broken & Proud');
    expect(feed.entries.map((e) => e.title)).toEqual([
      'AT&T and M&S report results \u00a9 2025',
      'Second item',
    ]);
    expect(feed.entries[0]).toMatchObject({
      url: 'http://broken.example/a?x=1&y=2',
      authors: ['Undeclared Prefix'],
    });
  });

  it('decodes a windows-1252 feed from its XML declaration', () => {
    const feed = parsed('windows-1252.xml');
    expect(feed.title).toBe('Caf\u00e9 Soci\u00e9t\u00e9 \u2013 Nouvelles');
    expect(feed.entries[0]?.title).toBe('\u201cPrices rise\u201d, says the caf\u00e9\u2019s owner');
    expect(feed.entries[0]?.summary).toBe('Co\u00fbt: 5\u20ac \u2014 up from 4\u20ac.');
  });

  it('explains that an HTML page is not a feed', () => {
    const result = parseFeedBytes(fixture('not-a-feed.html'), { url: FEED_URL });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/HTML page/) });
  });

  it.each([
    ['', /empty/],
    ['   \n ', /empty/],
    ['just some words', /neither XML nor JSON/],
    ['{"hello": "world"}', /jsonfeed\.org/],
    ['{not json', /does not parse/],
    ['<opml version="2.0"><body/></opml>', /OPML/],
    ['<svg xmlns="http://www.w3.org/2000/svg"/>', /<svg>/],
    ['<!-- only a comment -->', /no XML element/],
  ])('refuses %j with a clear reason', (text, reason) => {
    const result = parseFeed(text, { url: FEED_URL });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });

  it('skips junk a server printed before the XML', () => {
    const result = parseFeed(
      'Warning: something in /var/www\n<?xml version="1.0"?><rss><channel><title>T</title></channel></rss>',
      {
        url: FEED_URL,
      },
    );
    expect(result.ok && result.value.title).toBe('T');
  });
});
