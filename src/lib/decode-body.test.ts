import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody } from './decode-body.js';

describe('decodeBody', () => {
  it('decodes windows-1252 smart quotes and the euro sign named by the HTTP charset', () => {
    const bytes = Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0xe9]);
    expect(decodeBody(bytes, 'windows-1252')).toBe('\u201cHi\u201d \u20ac5 \u2013 \u00e9');
  });

  it('reads ISO-8859-1 labels as windows-1252, as browsers do', () => {
    expect(decodeBody(Buffer.from([0x93, 0x41, 0x94]), 'iso-8859-1')).toBe('\u201cA\u201d');
  });

  it('finds the charset in a <meta charset> when HTTP gave none', () => {
    const html = iconv.encode('<html><head><meta charset="koi8-r"><title>Привет</title>', 'koi8-r');
    expect(decodeBody(html, null, 'text/html')).toContain('<title>Привет</title>');
  });

  it('finds the charset in a http-equiv meta tag', () => {
    const html = iconv.encode(
      '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>日本語</p>',
      'shift_jis',
    );
    expect(decodeBody(html, null)).toContain('<p>日本語</p>');
  });

  it('follows the XML encoding declaration', () => {
    const xml = iconv.encode('<?xml version="1.0" encoding="gb2312"?><rss><title>新闻</title></rss>', 'gbk');
    expect(decodeBody(xml, null, 'application/rss+xml')).toContain('<title>新闻</title>');
  });

  it('lets the HTTP charset override the XML declaration', () => {
    const xml = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="utf-8"?><t>'),
      Buffer.from([0xe9]),
      Buffer.from('</t>'),
    ]);
    expect(decodeBody(xml, 'windows-1252')).toContain('<t>é</t>');
  });

  it('lets a byte-order mark win and strips it', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>ü</a>', 'utf16le')]);
    expect(decodeBody(utf16, 'iso-8859-1')).toBe('<a>ü</a>');
    expect(decodeBody(Buffer.from('\ufeff<b>x</b>'), null)).toBe('<b>x</b>');
  });

  it('recognises UTF-16 XML without a BOM from its first bytes', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="utf-16"?><a>ok</a>', 'utf16le');
    expect(decodeBody(bytes, null)).toBe('<?xml version="1.0" encoding="utf-16"?><a>ok</a>');
  });

  it('falls back to windows-1252 when undeclared bytes are not valid UTF-8', () => {
    expect(decodeBody(Buffer.from([0x63, 0x61, 0x66, 0xe9]), null)).toBe('café');
    expect(decodeBody(Buffer.from('café'), null)).toBe('café');
  });

  it('replaces invalid bytes instead of throwing, and ignores unknown charsets', () => {
    expect(decodeBody(Buffer.from([0x61, 0xff, 0x62]), 'utf-8')).toBe('a\ufffdb');
    expect(decodeBody(Buffer.from('plain'), 'x-no-such-charset')).toBe('plain');
  });
});

describe('charsetFromContentType', () => {
  it('reads quoted and unquoted charset parameters', () => {
    expect(charsetFromContentType('text/html; charset=UTF-8')).toBe('utf-8');
    expect(charsetFromContentType('application/xml;charset="windows-1251"')).toBe('windows-1251');
    expect(charsetFromContentType('text/xml;charset = us-ascii')).toBe('us-ascii');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });
});
