import { looksBinary } from './limits.js';

/** What a file or response holds, as far as extraction is concerned. */
export type InputKind = 'html' | 'text' | 'binary';

const SAMPLE_BYTES = 4096;

// File signatures of formats people are likely to hand us by mistake. Two-letter signatures (BMP
// "BM", EXE "MZ") are left out: text starts with them too, and the control-byte check catches them.
const MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
  [0x1f, 0x8b], // gzip
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV, AVI)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xd0, 0xcf, 0x11, 0xe0], // old Office
  [0x00, 0x00, 0x00], // MP4/MOV boxes and other binary headers
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x42, 0x5a, 0x68], // bzip2
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x4f, 0x67, 0x67, 0x53], // Ogg
  [0x1a, 0x45, 0xdf, 0xa3], // Matroska / WebM
];

const TEXT_TYPES =
  /^(?:text\/|application\/(?:xhtml\+xml|xml|json|ld\+json|javascript|rss\+xml|atom\+xml)|image\/svg\+xml)/;
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)/;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
const HTML_TAGS = /<(?:p|div|article|section|span|a\s+href|h[1-6]|br|meta|title|script|table|ul|li)[\s>/]/gi;

function hasMagic(bytes: Uint8Array): boolean {
  return MAGIC.some((sig) => sig.every((b, i) => bytes[i] === b));
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

// Share of bytes that no text encoding uses: NUL and C0 controls other than tab/newline/form feed.
function controlShare(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  let bad = 0;
  for (const b of bytes)
    if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27)) bad++;
  return bad / bytes.length;
}

function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  const tags = text.match(HTML_TAGS)?.length ?? 0;
  return tags >= 3;
}

/**
 * Decide whether input is HTML, plain text or a binary file (PDF, image, archive…), from its first
 * bytes and the declared content type. Sniffing wins over a wrong label: a PNG served as
 * text/html is binary, and an HTML page served as text/plain is HTML.
 */
export function detectInput(bytes: Buffer | string, contentType?: string | null): InputKind {
  const type = (contentType ?? '').toLowerCase().split(';')[0]!.trim();
  let sample: Uint8Array;
  let text: string;
  if (typeof bytes === 'string') {
    text = bytes.slice(0, SAMPLE_BYTES);
    if (looksBinary(text) || hasMagic(Buffer.from(text.slice(0, 8), 'latin1'))) return 'binary';
    sample = Buffer.from(text, 'utf8');
  } else {
    sample = bytes.subarray(0, SAMPLE_BYTES);
    if (hasUtf16Bom(sample)) {
      text = Buffer.from(sample).toString('utf16le');
      return looksLikeHtml(text) ? 'html' : 'text';
    }
    if (hasMagic(sample)) return 'binary';
    text = Buffer.from(sample).toString('latin1');
  }
  if (sample.length === 0) return HTML_TYPES.test(type) ? 'html' : 'text';
  if (controlShare(sample) > 0.05 || text.includes('\u0000')) return 'binary';
  if (type !== '' && !TEXT_TYPES.test(type) && type !== 'application/octet-stream' && !looksLikeHtml(text)) {
    return 'binary';
  }
  if (HTML_TYPES.test(type) || looksLikeHtml(text)) return 'html';
  return 'text';
}
