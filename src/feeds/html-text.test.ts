import { describe, expect, it } from 'vitest';
import { htmlToText, resolveHtmlUrls } from './html-text.js';
import { repairDoubleEncoding } from './mojibake.js';

describe('htmlToText', () => {
  it('drops tags, decodes entities and collapses whitespace into one line', () => {
    expect(htmlToText('<p>One &amp; <b>two</b></p>\n\n<p>three&nbsp;&hellip;</p>')).toBe(
      'One & two three \u2026',
    );
  });

  it('keeps block boundaries as spaces so words do not run together', () => {
    expect(htmlToText('<li>alpha</li><li>beta</li>line<br>break')).toBe('alpha beta line break');
  });

  it('leaves out script and style bodies', () => {
    expect(htmlToText('safe<script>alert(1)</script> <style>p{}</style>text')).toBe('safe text');
  });

  it('returns null for empty or blank input', () => {
    expect(htmlToText('')).toBeNull();
    expect(htmlToText(' <p> </p> ')).toBeNull();
    expect(htmlToText(null)).toBeNull();
  });
});

describe('resolveHtmlUrls', () => {
  const base = 'https://site.example/news/story/';

  it('makes relative href, src and srcset values absolute', () => {
    const html = '<a href="../other">x</a><img src=pic.jpg srcset="a.jpg 1x, /b.jpg 2x">';
    expect(resolveHtmlUrls(html, base)).toBe(
      '<a href="https://site.example/news/other">x</a><img src="https://site.example/news/story/pic.jpg" srcset="https://site.example/news/story/a.jpg 1x, https://site.example/b.jpg 2x">',
    );
  });

  it('leaves absolute URLs, fragments and other schemes untouched', () => {
    const html = '<a href="https://x.example/">a</a><a href="#top">b</a><a href="mailto:me@x.example">c</a>';
    expect(resolveHtmlUrls(html, base)).toBe(html);
  });

  it('decodes and re-escapes ampersands in query strings', () => {
    expect(resolveHtmlUrls('<a href="?a=1&amp;b=2">q</a>', base)).toBe(
      '<a href="https://site.example/news/story/?a=1&amp;b=2">q</a>',
    );
  });

  it('returns the input when there is no base', () => {
    expect(resolveHtmlUrls('<a href="x">x</a>', null)).toBe('<a href="x">x</a>');
  });
});

describe('repairDoubleEncoding', () => {
  it('turns UTF-8 read as windows-1252 back into the intended characters', () => {
    expect(repairDoubleEncoding('don\u00e2\u20ac\u2122t \u00e2\u20ac\u201c caf\u00c3\u00a9')).toBe(
      'don\u2019t \u2013 caf\u00e9',
    );
  });

  it('repairs double-encoded emoji and no-break spaces', () => {
    expect(repairDoubleEncoding('hi \u00f0\u0178\u02dc\u20ac and\u00c2\u00a0more')).toBe(
      'hi \u{1F600} and\u00a0more',
    );
  });

  it('leaves ordinary accented text and French spacing alone', () => {
    const french = 'Pâté à la façon de Zoë — São Paulo, «\u00a0café\u00a0» et Fuß\u00a0ball';
    expect(repairDoubleEncoding(french)).toBe(french);
  });
});
