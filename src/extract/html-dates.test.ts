import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const url = 'https://harbourlight.example/blog/tide-tables';
const prose =
  '<p>Tide tables look like a wall of numbers until you know that each row is a single high or low water, given in local time.</p>' +
  '<p>Start with the day you want, find the two high waters, and note how far apart they are; around six hours and a quarter is normal.</p>';
// A paragraph of prose long enough to end an article's header.
const long = `<p>${'Each row of a tide table is one high or low water, given in local time for the port. '.repeat(3)}</p>`;
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

  it('reads the date line below a standfirst, and a date written beside other elements', () => {
    const standfirst = `<p>${'Tide tables are easier than they look once you know what one row means. '.repeat(3)}</p>`;
    expect(
      published(
        `<main><h1>Reading tide tables</h1>${standfirst}<div><p>Robin Hale</p><span>23.07.2025</span></div>${prose}</main>`,
      ),
    ).toBe('2025-07-23T00:00:00.000Z');
    expect(
      published(
        '<main><h1>Reading tide tables</h1><div><strong>By <a href="/team/robin">Robin Hale</a></strong> - Mar 27, 2024</div>' +
          `${prose}</main>`,
      ),
    ).toBe('2024-03-27T00:00:00.000Z');
  });

  it('reads an "Updated" label kept in a child element beside the date', () => {
    const lines =
      '<p><span class="label">Updated on</span> November 18, 2025</p>' +
      '<p><span class="label">Posted</span> August 1, 2024</p>';
    expect(published(`<main><h1>Reading tide tables</h1>${lines}${prose}</main>`)).toBe(
      '2024-08-01T00:00:00.000Z',
    );
  });

  it('gives the declared publication date when the header prints only an "Updated" one', () => {
    const head = '<meta property="article:published_time" content="2020-03-10T15:30:00+00:00">';
    const line =
      '<span class="updated-on">Updated <time datetime="2025-02-12">12th February 2025</time></span>';
    expect(published(`<main><h1>Reading tide tables</h1>${line}${prose}</main>`, head)).toBe(
      '2020-03-10T15:30:00.000Z',
    );
  });

  it('does not take a date from a list of other posts printed after the headline', () => {
    const item = (d: string) =>
      `<div class="post-card"><a href="/blog/x">Another post</a><span class="card-date">${d}</span></div>`;
    const list = ['July 15, 2025', 'June 9, 2025', 'June 5, 2025'].map(item).join('');
    expect(
      published(
        `<main><div class="meta"><span>January 16, 2025</span></div><h1>Reading tide tables</h1>${list}${prose}</main>`,
      ),
    ).toBe('2025-01-16T00:00:00.000Z');
  });

  it('takes the first <h2> as the headline of a page without an <h1>', () => {
    expect(
      published(
        `<main><div class="x9"><p>Robin Hale</p><p>Feb 16, 2026</p></div><h2>Reading tide tables</h2>${prose}</main>`,
      ),
    ).toBe('2026-02-16T00:00:00.000Z');
  });

  it('reads a publication date kept in script data only when the scripts agree on it', () => {
    const state = (posts: string[]) =>
      `<script>window.__STATE__={"posts":[${posts.map((d) => `{"slug":"tide","publishedAt":"${d}"}`).join(',')}]}</script>`;
    // The state sits after the article, as a framework leaves it, past where a header date is read.
    const body = (script: string) =>
      `<main><h1>Reading tide tables</h1>${long}${long}${prose}</main>${script}`;
    expect(published(body(state(['2025-10-20T13:08:55-07:00'])))).toBe('2025-10-20T20:08:55.000Z');
    // Serialised twice over, as some frameworks ship their state: \"date_gmt\":\"…\".
    const twice = '<script>self.__f.push("{\\"date_gmt\\":\\"2024-04-08T06:59:34\\"}")</script>';
    expect(published(body(twice))).toBe('2024-04-08T06:59:34.000Z');
    expect(published(body(state(['2025-10-20T13:08:55-07:00', '2025-06-02T09:00:00Z'])))).toBeNull();
  });

  it('never reads a script beside the headline as a printed date', () => {
    const script = '<script>var post={"publishedAt":"2025-10-20","views":3}; var shown=[1,2];</script>';
    const other = '<script>var next={"publishedAt":"2025-06-02"};</script>';
    expect(published(`<main><h1>Reading tide tables</h1>${script}${prose}</main>${other}`)).toBeNull();
  });

  it('reads a "Posted on" line printed below the post', () => {
    expect(
      published(
        `<main><h1>Reading tide tables</h1>${long}${long}${prose}<div class="x4"><span>Posted on the 15/12/2025 at 19:00</span> by <a href="/">Robin</a></div></main>`,
      ),
    ).toBe('2025-12-15T19:00:00.000Z');
  });

  it('reads a date printed beside the link to the author’s page, even below the article', () => {
    const byline =
      '<div class="x7"><p><a href="/blog/author/robin-hale">Robin Hale</a></p><p class="x8">April 8, 2024</p></div>';
    expect(published(`<main><h1>Reading tide tables</h1>${long}${long}${prose}${byline}</main>`)).toBe(
      '2024-04-08T00:00:00.000Z',
    );
  });

  it('does not date a listing page by the date-marked entries it lists', () => {
    const entry = (d: string) => `<li><div class="date">${d}</div><h2><a href="/e">A meeting</a></h2></li>`;
    const list = `<ul class="events">${['March 16, 2026', 'March 18, 2026', 'April 2, 2026'].map(entry).join('')}</ul>`;
    expect(published(`<main><h1>Reading tide tables</h1>${long}${long}${list}</main>`)).toBeNull();
  });

  it('reads a news dateline opening the story', () => {
    const story =
      '<p>HARBOURTON, Dec 20, 2025 (Coast News) - The harbour board published new tide tables on Friday.</p>';
    expect(published(`<main><h1>Reading tide tables</h1>${long}${long}${story}${prose}</main>`)).toBe(
      '2025-12-20T00:00:00.000Z',
    );
    const sentence =
      '<p>Harbourton, a town of tides, will print new tables - the board said so on Friday.</p>';
    expect(published(`<main><h1>Reading tide tables</h1>${long}${long}${sentence}</main>`)).toBeNull();
  });

  it('reads a page of 20,000 dated entries with author links in bounded time', () => {
    const entry = (i: number) =>
      `<li><a href="/author/writer-${i}">Writer ${i}</a><span class="date">March ${(i % 28) + 1}, 2026</span><a rel="author" href="/a">x</a></li>`;
    const html = `<main><h1>Reading tide tables</h1><ul>${Array.from({ length: 20_000 }, (_, i) => entry(i)).join('')}</ul></main>`;
    const started = performance.now();
    published(html);
    // Generous: the test machine is shared; unbounded work here took minutes.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
