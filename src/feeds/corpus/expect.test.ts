import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from '../../domain/feed.js';
import { evaluate } from './expect-eval.js';
import { parseExpect } from './expect-parse.js';
import { buildEnv } from './feed-view.js';

const feed: ParsedFeed = {
  format: 'rss',
  title: 'Example <b>feed</b>'.replace(/<\/?b>/g, ''),
  homeUrl: 'http://example.com/',
  description: null,
  language: 'en',
  entries: [
    {
      guid: 'g1',
      url: 'http://example.com/1',
      title: 'First',
      summary: 'don\u2019t',
      contentHtml: '<p><a href="http://example.com/x">x</a></p>',
      published: new Date(Date.UTC(2003, 11, 31, 10, 14, 55)),
      updated: null,
      authors: ['Jo'],
      imageUrl: null,
      categories: ['a', 'b'],
    },
  ],
};
const check = (expr: string) => evaluate(parseExpect(expr), buildEnv(feed));

describe('the Expect evaluator used by the corpus test', () => {
  it('compares mapped fields with Python literals, escapes included', () => {
    expect(check("not bozo and feed['title'] == 'Example <b>feed</b>'")).toBe(true);
    expect(check("entries[0]['description'] == u'don\\u2019t'")).toBe(true);
    expect(check("entries[0]['summary'] == 'something else'")).toBe(false);
  });

  it('reads time tuples, lengths, chained comparisons and string concatenation', () => {
    expect(check("entries[0]['published_parsed'] == (2003, 12, 31, 10, 14, 55, 2, 365, 0)")).toBe(true);
    expect(check('len(entries) == 1 and len(entries[0].tags) == 2')).toBe(true);
    expect(check("entries[0]['link'] == entries[0]['link'] == 'http://EXAMPLE.com/1'")).toBe(true);
    expect(check("entries[0]['title'] == 'Fi' + 'rst'")).toBe(true);
  });

  it('checks links inside content markup', () => {
    expect(check(`entries[0]['content'][0]['value'] == '<a href="http://example.com/x">x</a>'`)).toBe(true);
    expect(check(`entries[0]['content'][0]['value'] == '<a href="http://example.com/y">x</a>'`)).toBe(false);
  });

  it('skips what the model does not carry instead of passing it', () => {
    expect(check("not bozo and encoding == 'utf-8'")).toBe('skip');
    expect(check("entries[0]['title_detail']['type'] == 'text/plain'")).toBe('skip');
    expect(check('1')).toBe('skip');
  });

  it('fails when an entry the expectation needs is missing', () => {
    expect(check("entries[3]['title'] == 'x'")).toBe(false);
  });
});
