import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const url = 'https://harbourlight.example/blog/tide-tables';
const page = (head: string, body: string) =>
  `<!doctype html><html><head><title>Reading tide tables | Harbour Light</title>${head}</head><body>${body}</body></html>`;
const prose =
  '<p>Tide tables look like a wall of numbers until you know that each row is a single high or low water, given in local time.</p>' +
  '<p>Start with the day you want, find the two high waters, and note how far apart they are; around six hours and a quarter is normal.</p>';
const byline = (body: string, head = '') => extractHtml(page(head, body), { url }).byline;

describe('bylines on the open web', () => {
  it('splits a name from a date that markup sets beside it without a space', () => {
    expect(
      byline(
        `<article><h1>Reading tide tables</h1><div class="post-byline"><a>Scott Matton</a><span>March 2</span></div>${prose}</article>`,
      ),
    ).toBe('Scott Matton');
  });

  it('reads a link to the writer’s author page near the headline', () => {
    expect(
      byline(
        `<article><h1>Reading tide tables</h1><div><span>Written by: </span><a href="/authors/emily-walker/">Emily Walker</a></div>${prose}</article>`,
      ),
    ).toBe('Emily Walker');
  });

  it('reads a bare "By" line under the headline', () => {
    expect(
      byline(`<main><h1>Reading tide tables</h1><p class="meta">By Amy Wilhelm</p>${prose}</main>`),
    ).toBe('Amy Wilhelm');
  });

  it('reads an "Author" label with the name in the next element', () => {
    expect(
      byline(
        `<main><h1>Reading tide tables</h1>${prose}<div><h3>Author</h3><p>Lisa D. Ellis</p></div></main>`,
      ),
    ).toBe('Lisa D. Ellis');
  });

  it('reads Yoast’s "Written by" pair in the Twitter card', () => {
    expect(
      byline(
        `<main><h1>Reading tide tables</h1>${prose}</main>`,
        '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Cassidy Horton">',
      ),
    ).toBe('Cassidy Horton');
  });

  it('takes "View all posts by" away from the name', () => {
    expect(
      byline(
        `<article><h1>Reading tide tables</h1><a rel="author" href="/u/7">View all posts by Bryn Powell</a>${prose}</article>`,
      ),
    ).toBe('Bryn Powell');
  });

  it('ignores the name field of a comment form and a CMS user name', () => {
    const form =
      '<form class="comment-form"><p class="comment-form-author"><label>Name *</label><input name="author"></p></form>';
    expect(byline(`<article><h1>Reading tide tables</h1>${prose}</article>${form}`)).toBeNull();
    expect(
      byline(`<article><h1>Reading tide tables</h1><span class="author">jdoe_admin</span>${prose}</article>`),
    ).toBeNull();
  });

  it('keeps a JSON-LD Person whose name is also the site’s, refuses the outlet as an Organization', () => {
    const ld = (author: string) =>
      `<meta property="og:site_name" content="Erin Spain"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Reading tide tables","author":${author}}</script>`;
    const body = `<article><h1>Reading tide tables</h1>${prose}</article>`;
    expect(byline(body, ld('{"@type":"Person","name":"Erin Spain"}'))).toBe('Erin Spain');
    expect(byline(body, ld('{"@type":"Organization","name":"Erin Spain"}'))).toBeNull();
  });

  it('names the team or desk a page prints as its byline when no person is named', () => {
    expect(
      byline(
        `<article><h1>Reading tide tables</h1><p class="meta">By <a href="/author/team/">Harbour Light Team</a></p>${prose}</article>`,
      ),
    ).toBe('Harbour Light Team');
    expect(
      byline(
        `<article><h1>Reading tide tables</h1>${prose}</article>`,
        '<meta name="author" content="News Desk">',
      ),
    ).toBe('News Desk');
  });

  it('prefers a person anywhere on the page to a group in the structured data', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Reading tide tables","author":{"@type":"Person","name":"Harbour Light Editorial Team"}}</script>';
    expect(
      byline(`<article><h1>Reading tide tables</h1><p class="meta">By Amy Wilhelm</p>${prose}</article>`, ld),
    ).toBe('Amy Wilhelm');
    expect(byline(`<article><h1>Reading tide tables</h1>${prose}</article>`, ld)).toBe(
      'Harbour Light Editorial Team',
    );
  });

  it('keeps the outlet when the page states it as author, not when JSON-LD fills in the publisher', () => {
    const publisher =
      '<meta property="og:site_name" content="Harbour Light"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Reading tide tables","author":{"@type":"Organization","name":"Harbour Light"},"publisher":{"@type":"Organization","name":"Harbour Light"}}</script>';
    const body = `<article><h1>Reading tide tables</h1>${prose}</article>`;
    expect(byline(body, publisher)).toBeNull();
    expect(byline(body, `${publisher}<meta name="author" content="Harbour Light">`)).toBe('Harbour Light');
  });

  it('names every co-author a scholarly page lists one meta tag each', () => {
    const head = ['Jana Roe', 'Tomas Lind', 'Li Wei']
      .map((n) => `<meta name="citation_author" content="${n}">`)
      .join('');
    expect(byline(`<main><h1>Reading tide tables</h1>${prose}</main>`, head)).toBe(
      'Jana Roe, Tomas Lind and Li Wei',
    );
  });

  it('reads links to a listing filtered to one author as the byline', () => {
    const authors = ['Jana Roe', 'Tomas Lind']
      .map((n) => `<li><a href="/library/?_author=${encodeURIComponent(n)}">${n}</a></li>`)
      .join('');
    expect(byline(`<article><h1>Reading tide tables</h1><ul>${authors}</ul>${prose}</article>`)).toBe(
      'Jana Roe and Tomas Lind',
    );
  });
});
