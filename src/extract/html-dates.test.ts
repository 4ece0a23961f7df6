import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const url = 'https://harbourlight.example/blog/tide-tables';
const prose =
  '<p>Tide tables look like a wall of numbers until you know that each row is a single high or low water, given in local time.</p>' +
  '<p>Start with the day you want, find the two high waters, and note how far apart they are; around six hours and a quarter is normal.</p>';
const published = (body: string, head = '', pageUrl = url) =>
  extractHtml(`<html><head><title>Reading tide tables</title>${head}</head><body>${body}</body></html>`, {
    url: pageUrl,
  }).published?.toISOString() ?? null;

describe('dates on the open web', () => {
  it('reads a date printed under the headline with no markup of its own', () => {
    expect(
      published(
        `<main><h1>Reading tide tables</h1><div class="x1"><div>March 17, 2026</div></div>${prose}</main>`,
      ),
    ).toBe('2026-03-17T00:00:00.000Z');
  });

  it('reads American and European numeric dates', () => {
    expect(published(`<main><h1>Reading tide tables</h1><span>2/24/2026</span>${prose}</main>`)).toBe(
      '2026-02-24T00:00:00.000Z',
    );
    expect(published(`<main><h1>Reading tide tables</h1><span>17.05.2021</span>${prose}</main>`)).toBe(
      '2021-05-17T00:00:00.000Z',
    );
  });

  it('prefers the printed publication date to an "Updated" one, and takes "Updated" when it is all there is', () => {
    const both = '<p><span>Published March 3, 2026</span> · <span>Updated March 9, 2026</span></p>';
    expect(published(`<main><h1>Reading tide tables</h1>${both}${prose}</main>`)).toBe(
      '2026-03-03T00:00:00.000Z',
    );
    expect(
      published(`<main><h1>Reading tide tables</h1><p><i>Updated: 10/31/2024</i></p>${prose}</main>`),
    ).toBe('2024-10-31T00:00:00.000Z');
  });

  it('keeps the declared date’s time and zone when the printed one is the same day', () => {
    const head = '<meta property="article:published_time" content="2026-03-17T21:30:00-05:00">';
    expect(
      published(`<main><h1>Reading tide tables</h1><div>March 17, 2026</div>${prose}</main>`, head),
    ).toBe('2026-03-18T02:30:00.000Z');
  });

  it('reads datePublished from a JSON-LD WebPage node and a <time> without datetime', () => {
    const ld =
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2025-10-15T20:15:19+00:00"}]}</script>';
    expect(published(`<main><h1>Reading tide tables</h1>${prose}</main>`, ld)).toBe(
      '2025-10-15T20:15:19.000Z',
    );
    expect(
      published(`<article><h2>Reading tide tables</h2><time>Dec 19, 2025</time>${prose}</article>`),
    ).toBe('2025-12-19T00:00:00.000Z');
  });

  it('does not date a page by its modified time alone, nor by a comment’s date', () => {
    const head = '<meta property="article:modified_time" content="2026-12-01T10:00:00+00:00">';
    const comments =
      '<section class="comments"><p>Jo, <time datetime="2026-11-02">2 Nov 2026</time></p></section>';
    expect(published(`<main><h1>Reading tide tables</h1>${prose}</main>${comments}`, head)).toBeNull();
  });
});
