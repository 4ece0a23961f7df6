import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { opmlTitle, parseOpml, writeOpml } from './opml.js';

const opml = readFileSync(new URL('./testdata/subscriptions.opml', import.meta.url), 'utf8');

describe('parseOpml', () => {
  it('reads feeds from nested folders, dropping duplicates and non-http URLs', () => {
    const result = parseOpml(opml);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          title: 'Harbour Gazette',
          url: 'https://gazette.example/world/feed/',
          htmlUrl: 'https://gazette.example/world/',
        },
        { title: 'Wire Service', url: 'https://wire.example/rss', htmlUrl: null },
        {
          title: 'Morning Dispatch',
          url: 'https://dispatch.example/feed.json',
          htmlUrl: 'https://dispatch.example/',
        },
      ],
    });
    expect(opmlTitle(opml)).toBe('My feeds');
  });

  it('refuses a document that is not OPML', () => {
    expect(parseOpml('<rss><channel/></rss>')).toEqual({ ok: false, error: expect.stringMatching(/OPML/) });
    expect(parseOpml('')).toMatchObject({ ok: false });
  });
});

describe('writeOpml', () => {
  it('writes OPML 2.0 that parses back to the same feeds, escaping markup characters', () => {
    const feeds = [
      {
        title: 'Tom & Jerry "News" <daily>',
        url: 'https://a.example/feed?x=1&y=2',
        htmlUrl: 'https://a.example/',
      },
      { title: null, url: 'https://b.example/rss', htmlUrl: null },
    ];
    const text = writeOpml(feeds, 'Export & backup');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    expect(text).toContain('<title>Export &amp; backup</title>');
    expect(parseOpml(text)).toEqual({
      ok: true,
      value: [feeds[0], { title: 'https://b.example/rss', url: 'https://b.example/rss', htmlUrl: null }],
    });
  });
});
