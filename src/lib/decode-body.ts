import iconv from 'iconv-lite';

/** How far into a document we look for an in-band charset declaration. */
const SNIFF_BYTES = 4096;

/**
 * Turn fetched bytes into text. Order: byte-order mark, then the HTTP charset, then an in-document
 * declaration (`<?xml encoding>` or `<meta charset>`), then UTF-8 when the bytes are valid UTF-8,
 * else windows-1252. Invalid bytes become U+FFFD; this never throws.
 */
export function decodeBody(
  body: Uint8Array,
  charset: string | null,
  contentTypeHint?: string | null,
): string {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const bom = sniffBom(buf);
  if (bom) return decodeWith(buf.subarray(bom.length), bom.encoding);
  const wide = sniffWideXml(buf);
  const declared = normaliseCharset(charset, wide) ?? wide ?? sniffDeclaredCharset(buf, contentTypeHint);
  if (declared) return decodeWith(buf, declared);
  return isValidUtf8(buf) ? buf.toString('utf8') : iconv.decode(buf, 'windows-1252');
}

/** Read the charset parameter out of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return match?.[2]?.toLowerCase() ?? null;
}

function sniffBom(buf: Buffer): { encoding: string; length: number } | null {
  const [a, b, c, d] = [buf[0], buf[1], buf[2], buf[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { encoding: 'utf-32le', length: 4 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** XML documents in UTF-16/32 without a BOM still start with "<" (or "<?"), which gives the width away. */
function sniffWideXml(buf: Buffer): string | null {
  if (buf.length < 4) return null;
  const head = buf.readUInt32BE(0);
  if (head === 0x0000003c) return 'utf-32be';
  if (head === 0x3c000000) return 'utf-32le';
  if (head === 0x003c003f) return 'utf-16be';
  if (head === 0x3c003f00) return 'utf-16le';
  return null;
}

function sniffDeclaredCharset(buf: Buffer, hint: string | null | undefined): string | null {
  const head = buf.subarray(0, SNIFF_BYTES).toString('latin1');
  const isHtml = hint ? /html/i.test(hint) : false;
  const xml = isHtml ? null : /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1];
  const meta = xml ? null : metaCharset(head);
  // The head was readable as ASCII, so a declaration of a 16/32-bit encoding must be wrong.
  return normaliseCharset(xml ?? meta ?? null, null, true);
}

function metaCharset(head: string): string | null {
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return direct?.[1] ?? null;
}

/** Map a label to one iconv-lite knows; WHATWG treats the Latin-1 family as windows-1252. */
function normaliseCharset(label: string | null, wide: string | null, asciiHead = false): string | null {
  if (!label) return null;
  let name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (['us-ascii', 'ascii', 'iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'cp819'].includes(name)) {
    name = 'windows-1252';
  }
  if (name === 'x-sjis' || name === 'sjis') name = 'shift_jis';
  if (name === 'gb2312' || name === 'x-gbk') name = 'gbk';
  if (/^(utf-?16|utf-?32|ucs-?2|ucs-?4)/.test(name)) {
    if (asciiHead) return 'utf-8';
    // A wide label without endianness: trust what the first bytes showed, else assume little-endian.
    if (wide) return wide;
    if (name === 'utf-16' || name === 'utf16' || name === 'ucs-2' || name === 'ucs2') return 'utf-16le';
    if (name === 'utf-32' || name === 'utf32' || name === 'ucs-4' || name === 'ucs4') return 'utf-32le';
  }
  return iconv.encodingExists(name) ? name : null;
}

function decodeWith(buf: Buffer, encoding: string): string {
  if (encoding === 'utf-8' || encoding === 'utf8') return buf.toString('utf8');
  return iconv.decode(buf, encoding, { stripBOM: false });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(buf: Buffer): boolean {
  try {
    strictUtf8.decode(buf);
    return true;
  } catch {
    return false;
  }
}
