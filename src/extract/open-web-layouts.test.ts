import { describe, expect, it } from 'vitest';
import { parseDocument } from './html-tree.js';
import { extractHtml } from './index.js';
import { findFirst, textOf } from './tree-query.js';

// Small pages of our own, one per failure pattern seen on open-web article pages (issue 11).
const url = 'https://blog.example/2026/11/03/the-river-project';
const para = (n: number) =>
  `<p>Paragraph ${n} explains how the river project was planned, who paid for it, and why the town council changed its mind twice before the vote.</p>`;
const paras = (from: number, to: number) => {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(para(n));
  return out.join('');
};
const bodyOf = (html: string) => extractHtml(html, { url }).bodyText;
const numbers = (text: string) => (text.match(/Paragraph \d+/g) ?? []).map((m) => Number(m.slice(10)));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const chromeAround = (inner: string) =>
  '<header><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav></header>' +
  inner +
  '<footer><p>Blog Example Ltd, 1 Quay Street, Riverton. All rights reserved.</p></footer>';

describe('document structure (the spec tree)', () => {
  it('ends an unclosed <head> at the first paragraph instead of losing the page', () => {
    const root = parseDocument('<html><head><title>T</title><p>The paragraph.</p>');
    const p = findFirst(root, (el) => el.tag === 'p')!;
    expect(p.parent?.tag).toBe('body');
    expect(findFirst(root, (el) => el.tag === 'title')?.parent?.tag).toBe('head');
    expect(numbers(bodyOf(`<html><head><title>The river project</title>${paras(1, 4)}`))).toEqual(
      range(1, 4),
    );
  });

  it('builds <html>, <head> and <body> for a page that has none of them', () => {
    const root = parseDocument('<meta charset="utf-8"><title>T</title>Loose text<div>x</div>');
    const html = root.children[0];
    expect(html?.kind === 'element' && html.tag).toBe('html');
    const body = findFirst(root, (el) => el.tag === 'body')!;
    expect(textOf(body)).toBe('Loose textx');
    expect(numbers(bodyOf(`<title>The river project</title>${paras(1, 3)}`))).toEqual(range(1, 3));
  });

  it('keeps text after </body> and </html> in the body, and merges a second <body> tag', () => {
    const root = parseDocument('<body class="a"><p>one</p></body></html><p>two</p><body id="b">');
    const body = findFirst(root, (el) => el.tag === 'body')!;
    expect(textOf(body)).toBe('onetwo');
    expect(body.attrs).toMatchObject({ class: 'a', id: 'b' });
  });

  it('keeps a <noscript> pixel inside the head from opening the body early', () => {
    const root = parseDocument(
      '<head><noscript><img src="/px.gif"></noscript><meta name="a" content="b"></head><body><p>x</p></body>',
    );
    const meta = findFirst(root, (el) => el.tag === 'meta')!;
    expect(meta.parent?.tag).toBe('head');
  });
});

describe('page-builder wrappers inside the article container', () => {
  const wrappers: [string, string][] = [
    ['Elementor widgets', 'elementor-element elementor-widget elementor-widget-text-editor'],
    ['SiteOrigin widget_text', 'widget widget_text'],
    ['Next.js WidgetWrapper', 'WidgetWrapper_root__x1'],
    ['Adobe cmp-text components', 'cmp-text'],
    ['an ad-aware wrapper', 'body-ad-wrapper'],
  ];
  for (const [name, cls] of wrappers) {
    it(`keeps the body held in ${name}`, () => {
      const blocks = [paras(1, 2), paras(3, 4), paras(5, 6)]
        .map((p) => `<div class="${cls}"><div class="inner">${p}</div></div>`)
        .join('');
      const text = bodyOf(chromeAround(`<main><article class="post">${blocks}</article></main>`));
      expect(numbers(text)).toEqual(range(1, 6));
    });
  }

  it('keeps a body wrapped in an infinite-scroll "pagination" container', () => {
    const text = bodyOf(
      chromeAround(
        `<article class="article-content"><div class="infinite-pagination-container">${paras(1, 5)}</div>` +
          '<div class="pagination"><a href="/p/2">Next page</a></div></article>',
      ),
    );
    expect(numbers(text)).toEqual(range(1, 5));
    expect(text).not.toContain('Next page');
  });

  it('still drops comments, captions and calls to action inside the container', () => {
    const comment =
      '<div class="comment"><p>A reader wrote a long reply, with opinions, about the bridge, the river, and the vote.</p></div>';
    const text = bodyOf(
      `<article class="article-body">${paras(1, 3)}<figure><img src="/a.jpg"><div class="caption">The river at dawn, seen from the old mill on the northern bank of the town.</div></figure>` +
        `<div class="widget cta-letter"><p>Support our newsroom: we do this work every day, at no cost to you, and need your help to keep going.</p></div>` +
        `<section class="comments">${comment.repeat(4)}</section></article>`,
    );
    expect(numbers(text)).toEqual(range(1, 3));
    expect(text).not.toMatch(/reader wrote|river at dawn|Support our newsroom/);
  });

  it('drops a sidebar of links inside the container but keeps a layout wrapper named like one', () => {
    const text = bodyOf(
      `<main><div class="layout-sidebar-left"><div class="layout-main">${paras(1, 4)}</div>` +
        '<div class="sidebar"><ul><li><a href="/a">Another story</a></li><li><a href="/b">A third story</a></li></ul></div></div></main>',
    );
    expect(numbers(text)).toEqual(range(1, 4));
    expect(text).not.toContain('Another story');
  });
});

describe('"hidden" that is not hidden', () => {
  it("reads Tailwind's hidden sm:block as visible", () => {
    const text = bodyOf(chromeAround(`<article><div class="hidden sm:block">${paras(1, 4)}</div></article>`));
    expect(numbers(text)).toEqual(range(1, 4));
  });

  it("reads Drupal's field--label-hidden as a field whose label is hidden", () => {
    const text = bodyOf(
      chromeAround(
        `<article class="node"><div class="field field--name-body field--label-hidden field__item">${paras(1, 4)}</div></article>`,
      ),
    );
    expect(numbers(text)).toEqual(range(1, 4));
  });

  it('still drops elements hidden by attribute, style or a plain hidden class', () => {
    const text = bodyOf(
      `<article>${paras(1, 3)}<div hidden><p>Hidden by attribute, a long sentence that nobody sees.</p></div>` +
        '<div style="display:none"><p>Hidden by style, another long sentence nobody sees.</p></div>' +
        '<div class="hidden"><p>Hidden by class, a third sentence that nobody sees at all.</p></div></article>',
    );
    expect(numbers(text)).toEqual(range(1, 3));
    expect(text).not.toContain('Hidden');
  });
});

describe('bodies written outside <p>', () => {
  const address =
    '<div class="site-info"><p>Blog Example Ltd, 1 Quay Street, Riverton, RV1 2AB, United Kingdom.</p></div>';
  const lines = (from: number, to: number) =>
    range(from, to)
      .map((n) => para(n).replace(/<\/?p>/g, ''))
      .join('<br><br>');

  it('prefers a <br>-separated body to a small <p> block elsewhere', () => {
    const text = bodyOf(`<div class="wrap"><div class="story">${lines(1, 5)}</div></div>${address}`);
    expect(numbers(text)).toEqual(range(1, 5));
    expect(text).not.toContain('Quay Street');
  });

  it('prefers a body of list items to a small <p> block elsewhere', () => {
    const items = range(1, 6)
      .map((n) => `<li>${para(n).replace(/<\/?p>/g, '')}</li>`)
      .join('');
    const text = bodyOf(`<div class="wrap"><h1>The river project</h1><ol>${items}</ol></div>${address}`);
    expect(numbers(text)).toEqual(range(1, 6));
  });

  it('prefers a run of <div> paragraphs to a small <p> block elsewhere', () => {
    const divs = range(1, 6)
      .map((n) => `<div>${para(n).replace(/<\/?p>/g, '')}</div>`)
      .join('');
    const text = bodyOf(`<div class="wrap"><div class="text">${divs}</div></div>${address}`);
    expect(numbers(text)).toEqual(range(1, 6));
  });
});

describe('recovering from an empty body', () => {
  it("reads React's streamed segment, which arrives hidden and is moved by a script", () => {
    const text = bodyOf(
      '<html><body><main><template id="B:0"></template><p>Loading…</p></main>' +
        `<div hidden id="S:0"><article>${paras(1, 4)}</article></div>` +
        '<script>$RC("B:0","S:0")</script></body></html>',
    );
    expect(numbers(text)).toEqual(range(1, 4));
  });

  it('widens a marked block holding little of its <article> to the article', () => {
    const text = bodyOf(
      `<article>${paras(1, 2)}<div class="rich-text">${para(3)}</div>${paras(4, 8)}</article>`,
    );
    expect(numbers(text)).toEqual(range(1, 8));
  });

  it('reads a run of sibling <article> entries as the content', () => {
    const entry = (n: number) => `<article class="venue"><h2>Place ${n}</h2>${para(n)}</article>`;
    const text = bodyOf(chromeAround(`<div class="venues">${range(1, 6).map(entry).join('')}</div>`));
    expect(numbers(text)).toEqual(range(1, 6));
  });

  it('widens a short winner to the container a page builder split the body across', () => {
    const module = (n: number) => `<div class="module"><div class="module-inner">${para(n)}</div></div>`;
    const bio =
      '<div class="box"><div class="desc"><p>Ana Lima writes about rivers, towns and bridges.</p>' +
      '<p>She lived by the river for ten years, and still walks it, every weekend, with her dog.</p>' +
      '<p>Before that, she reported on councils, budgets and planning for a regional paper.</p></div></div>';
    const text = bodyOf(`<div class="post">${range(1, 8).map(module).join('')}${bio}</div>`);
    expect(numbers(text)).toEqual(range(1, 8));
  });

  it('does not bring a comment thread back when the article itself is short', () => {
    const comment = (n: number) =>
      `<li class="comment"><p>Reader ${n} wrote at length, with many opinions, about the bridge, the river, the council and the vote, and then some more.</p></li>`;
    const text = bodyOf(
      `<article class="post"><div class="entry-content">${para(1)}</div>` +
        `<ol class="comment-list">${range(1, 30).map(comment).join('')}</ol></article>`,
    );
    expect(numbers(text)).toEqual([1]);
    expect(text).not.toContain('Reader');
  });
});
