import { describe, expect, it } from 'vitest';
import { detectInput } from './index.js';

const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('detectInput', () => {
  it('recognises HTML by its start or its tags', () => {
    expect(detectInput(Buffer.from('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(detectInput('  <!-- saved --> <html lang="en"><p>Hi</p>')).toBe('html');
    expect(detectInput('<div><p>One</p><p>Two</p><a href="/x">three</a></div>')).toBe('html');
  });

  it('recognises plain text, even with a stray angle bracket', () => {
    expect(detectInput('Headline\n\nBy Jane Doe\n\nPrices rose 3% as demand < supply.')).toBe('text');
    expect(detectInput(Buffer.from('Café déjà vu\n', 'utf8'), 'text/plain; charset=utf-8')).toBe('text');
    expect(detectInput('')).toBe('text');
  });

  it('refuses binary files by signature and by control bytes, whatever the label says', () => {
    expect(detectInput(png, 'text/html')).toBe('binary');
    expect(detectInput(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('binary');
    expect(detectInput(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toBe('binary');
    const noise = Buffer.alloc(2048);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 131 + 7) % 256;
    expect(detectInput(noise)).toBe('binary');
    expect(detectInput('text with \u0000 nul bytes \u0000 inside')).toBe('binary');
  });

  it('trusts sniffing over a wrong content type', () => {
    expect(detectInput('<html><body><p>Hello</p></body></html>', 'text/plain')).toBe('html');
    expect(detectInput('Just words here.', 'image/png')).toBe('binary');
    expect(detectInput('Just words here.', 'application/octet-stream')).toBe('text');
  });

  it('does not mistake text starting like a two-letter file signature for binary', () => {
    expect(detectInput(Buffer.from('BMW sales rose in March.\n'))).toBe('text');
    expect(detectInput(Buffer.from('MZ Fashion opens a new store.\n'))).toBe('text');
  });

  it('reads UTF-16 text with a byte-order mark', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<html><body><p>Hi</p></body></html>', 'utf16le'),
    ]);
    expect(detectInput(utf16)).toBe('html');
  });
});
