import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

// Bad input from the open web (issue 11): bounded time, never an exception, and never an empty
// body where a person would see an article. Time bounds are generous because the test machine
// is shared; each case is linear work that takes a small fraction of its bound alone.
const url = 'https://news.example/2026/12/07/bad-input';
const sentence =
  'The harbour authority confirmed on Monday that the new ferry route, delayed twice by storms, will open in spring. ';
const article = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}. ${sentence.repeat(2)}</p>`).join('');

function timed(html: string): { text: string; ms: number } {
  const start = performance.now();
  const text = extractHtml(html, { url }).bodyText;
  return { text, ms: performance.now() - start };
}

describe('bad input', () => {
  it('reads a page with no <html>, <head> or <body> at all', () => {
    const { text } = timed(`<title>Ferry route</title><h1>Ferry route</h1>${article(4)}`);
    expect(text.match(/Paragraph \d/g)).toEqual(['Paragraph 1', 'Paragraph 2', 'Paragraph 3', 'Paragraph 4']);
  });

  it('reads a page where nothing is closed', () => {
    const open = Array.from(
      { length: 5 },
      (_, i) => `<div class="col"><span><b><p>Paragraph ${i + 1}. ${sentence}`,
    );
    const { text } = timed(`<html><head><title>Ferry</title><body><main><article>${open.join('')}`);
    expect(text).toContain('Paragraph 1.');
    expect(text).toContain('Paragraph 5.');
  });

  it('reads an article under 50,000 nested <div>s in bounded time', () => {
    const depth = 50_000;
    const { text, ms } = timed(`<body>${'<div>'.repeat(depth)}${article(3)}${'</div>'.repeat(depth)}</body>`);
    expect(text).toContain('Paragraph 3.');
    expect(ms).toBeLessThan(5000);
  });

  it('reads the article after 10 MB of inline script in bounded time', () => {
    const script = `<script>var data = "${'x'.repeat(10_000_000)}";</script>`;
    const { text, ms } = timed(
      `<html><head>${script}</head><body><article>${article(4)}</article></body></html>`,
    );
    expect(text).toContain('Paragraph 4.');
    expect(ms).toBeLessThan(5000);
  });

  it('does not read <template> text into a body, and reads the visible article', () => {
    const { text } = timed(
      `<body><template><p>${sentence.repeat(3)} Template text.</p></template><article>${article(3)}</article></body>`,
    );
    expect(text).toContain('Paragraph 3.');
    expect(text).not.toContain('Template text');
  });

  it('reads an article whose only visible copy is hidden until a script shows it', () => {
    const { text } = timed(
      `<body><div id="app" style="display:none"><article>${article(3)}</article></div></body>`,
    );
    expect(text).toContain('Paragraph 3.');
  });

  it('keeps <noscript> fallbacks out of a body that exists', () => {
    const { text } = timed(
      `<body><article>${article(3)}<noscript><p>Please enable JavaScript to view the comments, it is required.</p></noscript></article></body>`,
    );
    expect(text).toContain('Paragraph 3.');
    expect(text).not.toContain('enable JavaScript');
  });

  it('repairs mixed encodings: UTF-8 read as Windows-1252 beside clean text', () => {
    const { text } = timed(
      `<body><article><p>CafÃ© owners said the â€œnew ruleâ€\u009d helps. ${sentence}</p>${article(2)}</article></body>`,
    );
    expect(text).toContain('Café owners said the “new rule” helps.');
    expect(text).toContain('Paragraph 2.');
  });

  it('never throws on malformed markup, stray bytes or odd values', () => {
    const inputs = [
      '<',
      '<<<>>>',
      '<p',
      '</html></body></head>',
      '<svg><p>in svg</p>',
      '<table><td><p>cell',
      `\u0000\ufffd<p>${sentence}</p>`,
      '<!-- unclosed comment <p>text',
      '<html><head><head><body><body><html>',
      `<frameset><frame src="a"></frameset><p>${sentence}</p>`,
      null as unknown as string,
    ];
    for (const input of inputs) {
      expect(() => extractHtml(input, { url })).not.toThrow();
    }
  });
});
