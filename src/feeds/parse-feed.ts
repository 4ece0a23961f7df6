import type { Result } from '../domain/errors.js';
import type { ParsedFeed } from '../domain/feed.js';
import { decodeBody } from '../lib/decode-body.js';
import { parseAtom } from './atom.js';
import { parseJsonFeed } from './json-feed.js';
import { parseRss } from './rss.js';
import { parseXmlTree } from './xml-tree.js';

/** Inputs beyond this many characters are refused rather than parsed (net caps bytes well below it). */
const MAX_CHARS = 32 * 1024 * 1024;

/** Options for parseFeed. */
export interface ParseFeedOptions {
  /** The feed's own URL: the base for relative links when the feed sets no xml:base. */
  url: string;
}

/** Parse RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1 text; anything else is a failed result with a reason. */
export function parseFeed(text: string, opts: ParseFeedOptions): Result<ParsedFeed, string> {
  const body = skipLeadingJunk(text.replace(/^\ufeff/, '').trim());
  if (!body) return { ok: false, error: 'Not a feed: the document is empty.' };
  if (body.length > MAX_CHARS) {
    return {
      ok: false,
      error: `Not parsed: the document has ${body.length} characters, over the ${MAX_CHARS} limit.`,
    };
  }
  if (body.startsWith('{') || body.startsWith('[')) return parseJsonFeed(body, opts.url);
  if (!body.startsWith('<')) {
    return {
      ok: false,
      error: 'Not a feed: the document is neither XML nor JSON (it does not start with "<" or "{").',
    };
  }
  const root = parseXmlTree(body, opts.url);
  if (!root) return { ok: false, error: 'Not a feed: no XML element was found in the document.' };
  switch (root.name) {
    case 'rss':
    case 'channel':
      return { ok: true, value: parseRss(root, 'rss') };
    case 'rdf:rdf':
    case 'rdf':
      return { ok: true, value: parseRss(root, 'rdf') };
    case 'atom:feed':
    case 'feed':
      return { ok: true, value: parseAtom(root) };
    case 'html':
    case 'xhtml:html':
      return {
        ok: false,
        error: 'Not a feed: this is an HTML page; look for its feed links with discoverFeeds.',
      };
    case 'opml':
      return { ok: false, error: 'Not a feed: this is an OPML subscription list; import it with parseOpml.' };
    default:
      return { ok: false, error: `Not a feed: the root element <${root.rawName}> is not RSS, RDF or Atom.` };
  }
}

/** Servers sometimes print warnings before the XML; start at the first thing that looks like a feed. */
function skipLeadingJunk(text: string): string {
  if (text.startsWith('<') || text.startsWith('{') || text.startsWith('[')) return text;
  const start = text.slice(0, 4096).search(/<(\?xml|rss|feed|rdf:rdf)\b/i);
  return start > 0 ? text.slice(start) : text;
}

/** Options for parseFeedBytes: what HTTP said about the body. */
export interface ParseFeedBytesOptions extends ParseFeedOptions {
  charset?: string | null;
  contentType?: string | null;
}

/** Decode fetched bytes (BOM, HTTP charset, XML declaration, then sniffing) and parse them as a feed. */
export function parseFeedBytes(body: Uint8Array, opts: ParseFeedBytesOptions): Result<ParsedFeed, string> {
  return parseFeed(decodeBody(body, opts.charset ?? null, opts.contentType ?? 'application/xml'), opts);
}
