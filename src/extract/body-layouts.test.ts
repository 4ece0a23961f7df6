import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

const url = 'https://news.example/2026/05/04/story';
const para = (n: number) =>
  `<p>Paragraph ${n} tells how the council met on Thursday evening and agreed, after a long debate, to fund the new bridge from next year's budget.</p>`;
const body = (inner: string) => extractHtml(`<html><body>${inner}</body></html>`, { url }).bodyText;

describe('body layouts learnt from the benchmark failures', () => {
  it('keeps the locked rest of the article inside a paywall box, but drops a bare paywall prompt', () => {
    const text = body(
      `<article><div class="article-body">${para(1)}${para(2)}<div class="paywall">${para(3)}${para(4)}</div>` +
        '<div class="paywall-prompt"><p>Subscribe to keep reading.</p></div></div></article>',
    );
    expect(text).toContain('Paragraph 4');
    expect(text).not.toContain('keep reading');
  });

  it('joins a body split by ad rows into parts that share one class', () => {
    const part = (a: number, b: number) =>
      `<div class="grid"><div class="body article__body">${para(a)}${para(b)}</div></div>`;
    const text = body(`<main>${part(1, 2)}<div class="row ad">Advertisement</div>${part(3, 4)}</main>`);
    expect(text.match(/Paragraph \d/g)).toEqual(['Paragraph 1', 'Paragraph 2', 'Paragraph 3', 'Paragraph 4']);
  });

  it('reads a simple table row as one line, repeated cells included', () => {
    const text = body(
      `<article>${para(1)}<table><tr><td>Pos.</td><td>Driver</td><td>Wins</td></tr>` +
        `<tr><td>1</td><td>Ana Lima</td><td>1</td></tr><tr><td>2</td><td>Bo Kent</td><td>1</td></tr></table>${para(2)}</article>`,
    );
    expect(text).toContain('Pos. Driver Wins\n\n1 Ana Lima 1\n\n2 Bo Kent 1');
  });

  it('drops a hover card but keeps the name it hangs from', () => {
    const text = body(
      `<article>${para(1)}<p>Asked about the vote, Rep. <span class="rollover-people"><a href="/people/ana">Ana Lima</a>` +
        '<span class="rollover-people-block"><span class="rollover-block"><img src="/a.jpg"><a href="/x">Other story one</a> <a href="/y">Other story two</a></span></span></span> said she was pleased.</p>' +
        `${para(2)}</article>`,
    );
    expect(text).toContain('Asked about the vote, Rep. Ana Lima said she was pleased.');
    expect(text).not.toContain('Other story');
  });

  it('keeps an embedded post quoted in the story, whatever its wrapper is called', () => {
    const text = body(
      `<article>${para(1)}<div class="article-widget social-share-embed"><blockquote class="twitter-tweet"><p>We did it! The bridge is funded.</p>— Ana Lima (@analima)</blockquote></div>${para(2)}</article>`,
    );
    expect(text).toContain('We did it! The bridge is funded.');
  });

  it('reads custom inline elements inside a paragraph as inline text', () => {
    const text = body(
      `<article>${para(1)}<p>One study found a higher risk (<hl-source><a href="https://e.org/s">2</a></hl-source>).</p>${para(2)}</article>`,
    );
    expect(text).toContain('One study found a higher risk (2).');
  });

  it('drops teaser cards whose links wrap headings, a newsletter pitch and a heading left at the end', () => {
    const card = (t: string) =>
      `<div class="card"><a href="/s/${t}"><div><h4>${t} is the other story</h4></div></a></div>`;
    const text = body(
      `<article><div class="entry-content">${para(1)}${para(2)}` +
        '<p>Sign up for The Morning Desk to get the free daily newsletter delivered to your inbox.</p>' +
        `<h3>Read these next</h3>${card('Bridge')}${card('Tunnel')}</div></article>`,
    );
    expect(text).not.toMatch(/other story|newsletter|Read these next/);
    expect(text.endsWith("next year's budget.")).toBe(true);
  });
});
