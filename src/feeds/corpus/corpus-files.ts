import { charsetFromContentType } from '../../lib/decode-body.js';

/** One test file of feedparser's corpus with what its comment block says. */
export interface CorpusCase {
  /** Path inside the corpus, e.g. "wellformed/rss/item_title.xml". */
  path: string;
  /** Top folder: wellformed, illformed, encoding, entities, json. */
  group: string;
  bytes: Buffer;
  expect: string | null;
  /** The URL feedparser's harness serves it from, adjusted by a Content-Location header. */
  url: string;
  contentType: string | null;
  charset: string | null;
}

const SERVED_FROM = 'http://127.0.0.1:8097/';

/** Read one case's comment block; `path` is relative to the corpus root. The test does the file reading. */
export function describeCase(path: string, bytes: Buffer): CorpusCase {
  const text = commentText(bytes);
  const headers = new Map<string, string>();
  for (const m of text.matchAll(/^Header:\s+([^:]+):(.*)$/gm))
    headers.set(m[1]!.trim().toLowerCase(), m[2]!.trim());
  const expect =
    /Description:\s*(.*?)\s*Expect:\s*(.*)\s*-->/.exec(text)?.[2]?.trim() ??
    /Expect:\s*(.*?)\s*-->/.exec(text)?.[1]?.trim() ??
    null;
  const contentType = headers.get('content-type') ?? (path.includes('http') ? 'text/xml' : null);
  const served = SERVED_FROM + path;
  // feedparser ignores a Content-Location that is not http(s) (javascript: and the like).
  const location = headers.get('content-location');
  const located = location ? new URL(location, served) : null;
  return {
    path,
    group: path.split('/')[0]!,
    bytes,
    expect,
    url: located && /^https?:$/.test(located.protocol) ? located.href : served,
    contentType,
    charset: charsetFromContentType(contentType),
  };
}

/** Decode just enough to read the comment block, the way the corpus README describes. */
function commentText(bytes: Buffer): string {
  const head = bytes.subarray(0, 4).toString('hex');
  const codec =
    head === '0000feff' || head === '0000003c'
      ? 'utf-32be'
      : head === 'fffe0000' || head === '3c000000'
        ? 'utf-32le'
        : head === '003c003f' || head.startsWith('feff')
          ? 'utf-16be'
          : head === '3c003f00' || head.startsWith('fffe')
            ? 'utf-16le'
            : 'utf-8';
  if (codec === 'utf-8') return bytes.toString('utf8');
  if (codec === 'utf-16le') return bytes.toString('utf16le');
  if (codec === 'utf-16be') return Buffer.from(bytes).swap16().toString('utf16le');
  const chars: string[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const cp = codec === 'utf-32be' ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
    if (cp <= 0x10ffff) chars.push(String.fromCodePoint(cp));
  }
  return chars.join('');
}
