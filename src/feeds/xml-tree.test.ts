import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';
import { kid, textOf } from './xml-query.js';
import { parseXmlTree } from './xml-tree.js';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

describe('parseXmlTree', () => {
  it('maps namespaces to their usual prefixes whatever prefix the feed chose', () => {
    const root = parseXmlTree(
      '<rss xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:m="http://search.yahoo.com/mrss"><item><c:encoded>x</c:encoded><m:thumbnail url="u"/></item></rss>',
      null,
    );
    const item = kid(root!, 'item');
    expect(item?.children.map((c) => (c.type === 'element' ? c.name : '#text'))).toEqual([
      'content:encoded',
      'media:thumbnail',
    ]);
  });

  it('keeps an undeclared prefix as written and reads names case-insensitively', () => {
    const root = parseXmlTree('<RSS><Channel><DC:Creator>Jo</DC:Creator></Channel></RSS>', null);
    expect(textOf(kid(kid(root!, 'channel'), 'dc:creator'))).toBe('Jo');
  });

  it('decodes HTML entities in text and attributes but not inside CDATA', () => {
    const root = parseXmlTree('<a t="x&nbsp;y">&eacute;&#233;&amp;lt;<![CDATA[&amp; <b>]]></a>', null);
    expect(root?.attrs.t).toBe('x\u00a0y');
    expect(textOf(root!)).toBe('\u00e9\u00e9&lt;&amp; <b>');
  });

  it('tracks xml:base through nesting', () => {
    const root = parseXmlTree(
      '<feed xml:base="https://a.example/x/"><entry xml:base="y/"><link/></entry></feed>',
      'https://doc.example/',
    );
    expect(kid(kid(root!, 'entry'), 'link')?.base).toBe('https://a.example/x/y/');
  });
});

describe('parsing hostile documents', () => {
  it('does not expand nested entity declarations (billion laughs)', () => {
    const result = parseFeed(fixture('billion-laughs.xml'), { url: 'https://x.example/' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('Laughs &lol9;');
    expect(result.value.entries[0]?.title).toBe('Simple lol');
  });

  it('never resolves external entities (XXE)', () => {
    const result = parseFeed(fixture('xxe.xml'), { url: 'https://x.example/' });
    expect(result.ok && result.value.title).toBe('Secrets: &xxe;');
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('parses a 10 MB feed in bounded time', () => {
    const item = (i: number) =>
      `<item><title>Item ${i} &amp; more</title><link>/a/${i}</link><description>&lt;p&gt;${'word '.repeat(40)}&lt;/p&gt;</description><content:encoded><![CDATA[<p><a href="/r/${i}">${'text '.repeat(60)}</a></p>]]></content:encoded></item>`;
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 10_000_000; i++) {
      const piece = item(i);
      parts.push(piece);
      size += piece.length;
    }
    const doc = `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><link>https://big.example/</link>${parts.join('')}</channel></rss>`;
    const started = Date.now();
    const result = parseFeed(doc, { url: 'https://big.example/feed' });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.ok && result.value.entries.length).toBe(parts.length);
  });

  it('copes with 10 MB of nested tags without deep recursion or quadratic time', () => {
    const doc = `<rss><channel><item><title>deep</title><description>${'<div>'.repeat(2_000_000)}</description></item></channel></rss>`;
    const started = Date.now();
    const result = parseFeed(doc, { url: 'https://deep.example/' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.ok && result.value.entries[0]?.title).toBe('deep');
  });

  it('copes with thousands of unclosed items', () => {
    const doc = `<rss><channel>${'<item><title>t'.repeat(200_000)}`;
    const result = parseFeed(doc, { url: 'https://open.example/' });
    expect(result.ok).toBe(true);
  });
});
