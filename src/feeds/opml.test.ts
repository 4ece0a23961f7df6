import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_OPML_FEEDS, OUTLET_NAMESPACE, opmlTitle, parseOpml, writeOpml } from './opml.js';

const opml = readFileSync(new URL('./testdata/subscriptions.opml', import.meta.url), 'utf8');

const outline = (attrs: string) => `<outline type="rss" ${attrs}/>`;
const doc = (body: string, ns = `xmlns:mp="${OUTLET_NAMESPACE}"`) =>
  `<?xml version="1.0"?><opml version="2.0" ${ns}><head><title>t</title></head><body>${body}</body></opml>`;

describe('parseOpml', () => {
  it('reads feeds from nested folders (flattened), dropping duplicates and listing non-http URLs as skipped', () => {
    const result = parseOpml(opml);
    expect(result).toEqual({
      ok: true,
      value: {
        feeds: [
          {
            title: 'Harbour Gazette',
            url: 'https://gazette.example/world/feed/',
            htmlUrl: 'https://gazette.example/world/',
            outlet: null,
          },
          { title: 'Wire Service', url: 'https://wire.example/rss', htmlUrl: null, outlet: null },
          {
            title: 'Morning Dispatch',
            url: 'https://dispatch.example/feed.json',
            htmlUrl: 'https://dispatch.example/',
            outlet: null,
          },
        ],
        skipped: [
          { title: 'Not http', reason: expect.stringMatching(/not an http\(s\) feed address: ftp:/) },
        ],
      },
    });
    expect(opmlTitle(opml)).toBe('My feeds');
  });

  it('refuses a document that is not OPML, or one without a body', () => {
    expect(parseOpml('<rss><channel/></rss>')).toEqual({ ok: false, error: expect.stringMatching(/OPML/) });
    expect(parseOpml('')).toMatchObject({ ok: false });
    expect(parseOpml('{"feeds": []}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Not an OPML/),
    });
    expect(parseOpml('<opml version="2.0"><head/></opml>')).toMatchObject({ ok: false, error: /no <body>/ });
  });

  it('reads outlet metadata only from attributes bound to our namespace, whatever the prefix', () => {
    const ours = parseOpml(
      doc(
        outline('text="A" xmlUrl="https://a.example/rss" x:outlet="outlet:a" x:country="GB"'),
        `xmlns:x="${OUTLET_NAMESPACE}"`,
      ),
    );
    expect(ours).toMatchObject({
      ok: true,
      value: { feeds: [{ outlet: { outlet: 'outlet:a', country: 'GB' } }] },
    });
    const foreign = parseOpml(
      doc(
        outline('text="A" xmlUrl="https://a.example/rss" mp:outlet="outlet:a"'),
        'xmlns:mp="https://other.example/ns"',
      ),
    );
    expect(foreign).toMatchObject({ ok: true, value: { feeds: [{ outlet: null }] } });
  });

  it('skips hostile addresses and cleans hostile titles', () => {
    const long = 'x'.repeat(5000);
    const result = parseOpml(
      doc(
        [
          outline('text="evil" xmlUrl="javascript:alert(1)"'),
          outline(`text="long" xmlUrl="https://a.example/${long}"`),
          outline(`text="ok&#x1;${long}" xmlUrl="https://b.example/rss"`),
        ].join(''),
      ),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.value.skipped.map((s) => s.title)).toEqual(['evil', 'long']);
    expect(result.value.feeds).toHaveLength(1);
    expect(result.value.feeds[0]!.title).toMatch(/^okx+$/);
    expect(result.value.feeds[0]!.title!.length).toBeLessThanOrEqual(300);
  });

  it('refuses a file with more feeds than the cap, saying how many and what to do', () => {
    const many = Array.from({ length: MAX_OPML_FEEDS + 1 }, (_, i) =>
      outline(`text="f${i}" xmlUrl="https://f${i}.example/rss"`),
    ).join('');
    expect(parseOpml(doc(many))).toEqual({
      ok: false,
      error: `The OPML file lists ${MAX_OPML_FEEDS + 1} feeds; at most ${MAX_OPML_FEEDS} are imported at once. Split it into smaller files.`,
    });
  });
});

describe('writeOpml', () => {
  it('writes OPML 2.0 that parses back to the same feeds and outlet metadata, escaping markup characters', () => {
    const feeds = [
      {
        title: 'Tom & Jerry "News" <daily>',
        url: 'https://a.example/feed?x=1&y=2',
        htmlUrl: 'https://a.example/',
        outlet: { outlet: 'outlet:tom', name: 'Tom & "Jerry"', country: 'GB', ownership: 'public' },
      },
      { title: null, url: 'https://b.example/rss', htmlUrl: null, outlet: null },
    ];
    const text = writeOpml(feeds, 'Export & backup');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0" xmlns:mp="/);
    expect(text).toContain('<title>Export &amp; backup</title>');
    expect(parseOpml(text)).toEqual({
      ok: true,
      value: {
        feeds: [
          feeds[0],
          { title: 'https://b.example/rss', url: 'https://b.example/rss', htmlUrl: null, outlet: null },
        ],
        skipped: [],
      },
    });
  });
});
