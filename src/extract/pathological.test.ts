import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../domain/article.js';
import { detectInput, extractHtml, extractText } from './index.js';

const url = 'https://example.org/news/story';

function timed(run: () => ExtractedArticle): { result: ExtractedArticle; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function noise(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  let x = 2463534242;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const prose =
  'The committee met again on Thursday, and the chair said a decision would follow within weeks. ';

describe('pathological input', () => {
  it('returns an empty article for empty and whitespace-only input', () => {
    for (const input of ['', '   \n\t  ']) {
      expect(extractHtml(input, { url }).bodyText).toBe('');
      expect(extractText(input, { url }).bodyText).toBe('');
      expect(extractText(input, { url }).title).toBeNull();
    }
  });

  it('returns an empty body for binary data read as text, quickly', () => {
    const bytes = noise(2_000_000);
    expect(detectInput(bytes)).toBe('binary');
    for (const decoded of [bytes.toString('latin1'), bytes.toString('utf8')]) {
      const html = timed(() => extractHtml(decoded, { url }));
      const text = timed(() => extractText(decoded, { url }));
      expect(html.result.bodyText).toBe('');
      expect(text.result.bodyText).toBe('');
      expect(html.ms + text.ms).toBeLessThan(1000);
    }
  });

  it('handles a 10 MB page in well under a second', () => {
    const paragraph = (i: number) => `<p>${prose.repeat(4)}Paragraph ${i}.</p>\n`;
    const parts: string[] = ['<html><body><article>'];
    for (let i = 0, size = 0; size < 10_000_000; i++) {
      const p = paragraph(i);
      parts.push(p);
      size += p.length;
    }
    const html = `${parts.join('')}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const { result, ms } = timed(() => extractHtml(html, { url }));
    expect(result.bodyText.startsWith(prose.trim())).toBe(true);
    expect(ms).toBeLessThan(1000);
  });

  it('handles a 10 MB plain-text page in well under a second', () => {
    const text = `A headline for the long page\n\nBy Jo Lee\n\n${`${prose.repeat(3)}\n\n`.repeat(40_000)}`;
    expect(text.length).toBeGreaterThan(10_000_000);
    const { result, ms } = timed(() => extractText(text, { url }));
    expect(result.title).toBe('A headline for the long page');
    expect(result.bodyText.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1000);
  });

  it('handles 100,000 nested divs without a stack overflow', () => {
    const depth = 100_000;
    const html = `${'<div>'.repeat(depth)}<p>${prose}</p>${'</div>'.repeat(depth)}`;
    const { result, ms } = timed(() => extractHtml(html, { url }));
    expect(result.bodyText).toBe(prose.trim());
    expect(ms).toBeLessThan(1000);
  });

  it('handles 100,000 unclosed inline elements', () => {
    const html = `<p>${'<b><i><span>x '.repeat(100_000)}`;
    const { result, ms } = timed(() => extractHtml(html, { url }));
    expect(typeof result.bodyText).toBe('string');
    expect(ms).toBeLessThan(1000);
  });

  it('repairs UTF-8 text that was decoded as Windows-1252', () => {
    const original = 'Café owners in Malmö say the “new rules” won’t work, and they’ll protest on Friday.';
    const damaged = new TextDecoder('windows-1252').decode(Buffer.from(original, 'utf8'));
    const page = `Café owners protest new rules\n\nBy Åsa Ström\n\n${original}`;
    const damagedPage = new TextDecoder('windows-1252').decode(Buffer.from(page, 'utf8'));
    expect(damagedPage).toContain(damaged);
    const { result, ms } = timed(() => extractText(damagedPage, { url }));
    expect(result.bodyText).toBe(original);
    expect(result.byline).toBe('Åsa Ström');
    expect(ms).toBeLessThan(1000);
    const html = extractHtml(`<article><h1>x</h1><p>${damaged}</p></article>`, { url });
    expect(html.bodyText).toBe(original);
  });

  it('keeps Latin-1 text that was decoded as UTF-8 without crashing', () => {
    const latin1 = Buffer.from(
      'Les élèves ont manifesté devant le lycée, à Genève, mercredi matin.',
      'latin1',
    );
    const broken = latin1.toString('utf8');
    expect(broken).toContain('\ufffd');
    const { result, ms } = timed(() => extractText(`Un titre pour la page\n\n${broken}`, { url }));
    expect(result.bodyText).toBe(broken);
    expect(ms).toBeLessThan(1000);
  });

  it('keeps the text of a page truncated mid-tag, mid-attribute, mid-comment or mid-script', () => {
    const page = `<html><head><title>Cut short</title></head><body><article><p>${prose}</p><p>${prose}Second.</p><p class="x">Third paragraph`;
    const cuts = [
      '<img src="https://e.org/a.jpg',
      '<a href="https://e.org',
      '<!-- a comment that never',
      '<script>var x = "',
    ];
    for (const cut of cuts) {
      const { result, ms } = timed(() => extractHtml(page + cut, { url }));
      expect(result.bodyText.startsWith(prose.trim())).toBe(true);
      expect(ms).toBeLessThan(1000);
    }
  });

  it('answers quickly and without throwing for text that is not a page (JSON, CSV, minified JS)', () => {
    const inputs = [
      JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `item ${i}` })) }),
      Array.from({ length: 5000 }, (_, i) => `${i},${i * 2},"x"`).join('\n'),
      'function f(a){return a<b&&c>d?"<p>":"</p>"}'.repeat(5000),
    ];
    for (const input of inputs) {
      const html = timed(() => extractHtml(input, { url }));
      expect(typeof html.result.bodyText).toBe('string');
      expect(html.ms).toBeLessThan(1000);
      const text = timed(() => extractText(input, { url }));
      expect(typeof text.result.bodyText).toBe('string');
      expect(text.ms).toBeLessThan(1000);
    }
  });

  it('never throws on non-string input from untyped callers', () => {
    const bad = 42 as unknown as string;
    expect(extractHtml(bad, { url }).bodyText).toBe('');
    expect(extractText(bad, { url }).bodyText).toBe('');
  });
});
