/**
 * Characters of an HTML page looked at at all; anything beyond is never read. More than plain text, since 10 MB of inline script
 * (a framework's state) can come before the article, and scripts are stripped before parsing.
 */
export const MAX_HTML_INPUT_CHARS = 32_000_000;
/** Characters of HTML parsed, after scripts and styles are stripped from oversized pages. */
export const MAX_HTML_CHARS = 2_000_000;
/** Characters of a plain-text page read; a saved article is a few tens of kilobytes. */
export const MAX_TEXT_CHARS = 1_000_000;
/** Characters of body text kept; a long read is ~60k, so this only bounds hostile pages. */
export const MAX_BODY_CHARS = 300_000;
/** Deepest element nesting kept when parsing; deeper elements are flattened into their ancestor. */
export const MAX_DEPTH = 256;
/** Most nodes (elements + text runs) kept from one page. */
export const MAX_NODES = 150_000;

const SAMPLE = 8192;

/**
 * True when decoded text is mostly control characters or replacement characters, i.e. a binary
 * file that was read as text. Looks at a sample so the check is constant-time.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) {
      bad++;
    }
  }
  return bad / sample.length > 0.1;
}

/** The first `max` characters, without a leading byte-order mark. */
export function capInput(text: string, max: number): string {
  const capped = text.length > max ? text.slice(0, max) : text;
  return capped.charCodeAt(0) === 0xfeff ? capped.slice(1) : capped;
}

const HEAVY_BLOCKS = /<(script|style|svg|noscript|template)\b([^>]*)>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

/**
 * Bound the HTML we parse. Oversized pages are usually oversized because of inline scripts,
 * styles and SVG, so those go first (structured data in ld+json scripts is kept); whatever is
 * left is cut at MAX_HTML_CHARS.
 */
export function capHtml(html: string): string {
  let out = capInput(html, MAX_HTML_INPUT_CHARS);
  if (out.length > MAX_HTML_CHARS) {
    out = out.replace(HEAVY_BLOCKS, (whole, tag: string | undefined, attrs: string | undefined) =>
      tag?.toLowerCase() === 'script' && /ld\+json/i.test(attrs ?? '') ? whole : ' ',
    );
  }
  return capInput(out, MAX_HTML_CHARS);
}
