const SEPARATORS = /\s+[|–—·•:»/\\-]\s+|\s+::\s+/;

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// True when the trailing part names the site: it is the declared site name (or a good part of it),
// or every word of it is spelt inside the page's host name ("Car Talk" on cartalk.com).
function namesSite(part: string, site: string, host: string): boolean {
  const p = norm(part);
  if (p === '') return false;
  if (site && (p === site || (p.length > 3 && site.includes(p)))) return true;
  if (!host) return false;
  const words = part
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  return words.length > 0 && words.length <= 4 && words.every((w) => host.includes(w));
}

function hostOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Remove a site name from a page title: "Harbour strike | The Daily" → "Harbour strike".
 * A trailing (or leading) part is the site when it matches `siteName` or spells the page's host
 * (`pageUrl`). With `guess`, a short trailing part after a pipe, or after any separator when the
 * rest is clearly the longer headline, is taken as the site name too.
 */
export function stripSiteName(
  title: string,
  siteName: string | null,
  guess = true,
  pageUrl: string | null = null,
): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(SEPARATORS);
  if (parts.length < 2) return t;
  const site = siteName ? norm(siteName) : '';
  const host = hostOf(pageUrl);
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  const dropLast = () =>
    t
      .slice(0, t.length - last.length)
      .replace(/\s+\S+\s*$/, '')
      .trim();
  if (namesSite(last, site, host)) return stripSiteName(dropLast(), siteName, guess, pageUrl);
  if (namesSite(first, site, host) && norm(parts.slice(1).join(' ')).length > norm(first).length)
    return t
      .slice(first.length)
      .replace(/^\s+\S+\s+/, '')
      .trim();
  if (!guess) return t;
  const words = (s: string) => s.split(' ').length;
  const head = parts.slice(0, -1).join(' ');
  // A pipe almost always separates the site name; dashes and colons also appear inside headlines.
  const piped = /\s\|\s+\S[^|]*$/.test(t);
  if (words(last) <= 4 && (piped || words(head) >= words(last) + 2)) {
    const rest = dropLast();
    // "Headline | Section | Site": a second pipe-separated tail goes too.
    return piped && /\s\|\s/.test(rest) ? stripSiteName(rest, siteName, guess, pageUrl) : rest;
  }
  return t;
}

/** Normalised form for "is this line the headline again?" comparisons. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const na = norm(a);
  return na !== '' && na === norm(b);
}

/** What the page offers as its headline, most trusted first within each kind. */
export interface TitleCandidates {
  /** Texts of the page's <h1> elements, those inside the article first. */
  headings: readonly string[];
  /** og:title or twitter:title. */
  social: string | null;
  /** The JSON-LD article's headline. */
  ldHeadline: string | null;
  /** The <title> element. */
  titleTag: string | null;
  siteName: string | null;
  pageUrl: string | null;
}

function wordSet(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== ''),
  );
}

// Share of the shorter title's words that the other one also has.
function overlap(a: string, b: string): number {
  const wa = wordSet(a);
  const wb = wordSet(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size));
}

// The heading agrees with a declared title when one holds the other whole: "Headline" and
// "Headline | Site", or a heading that still carries the site name the declared title dropped.
function agrees(heading: string, declared: string): boolean {
  const h = norm(heading);
  const d = norm(declared);
  if (h.length < 4 || d.length < 4) return h === d && h !== '';
  return d.startsWith(h) || d.endsWith(h) || h.startsWith(d);
}

// A short label or a date printed in the heading before the headline: "Blog: …", "Dec 18 2025 …".
const HEADING_PREFIX =
  /^(?:[\p{L}&]+(?:\s+[\p{L}&]+)?\s*:|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\s+/u;

/**
 * Choose the headline. The visible heading is what a reader sees as the title, so it wins when it
 * agrees with a declared title, or is the only heading and shares most of its words with the
 * declared one (a rewording for search engines); otherwise the declared title (og:title, JSON-LD,
 * <title>) stands, without the site name.
 */
export function chooseTitle(c: TitleCandidates): string | null {
  const declared = [c.social, c.ldHeadline, c.titleTag].filter((d): d is string => !!d && d.trim() !== '');
  const fallback = declaredTitle(c);
  const headings = c.headings.filter(
    (h) => h !== '' && h.length <= 300 && !sameText(h, c.siteName) && !declared.some((d) => isSiteOnly(h, d)),
  );
  const agreeing = headings.find((h) => declared.some((d) => agrees(h, d)));
  const single =
    headings.length === 1 && (fallback === null || overlap(headings[0]!, fallback) >= 0.4)
      ? headings[0]
      : undefined;
  const heading = agreeing ?? single;
  if (heading === undefined) return fallback;
  const stripped = stripSiteName(heading, c.siteName, false, c.pageUrl);
  // A label or date printed before the headline inside the heading ("Blog: Headline").
  if (fallback && HEADING_PREFIX.test(stripped) && sameText(stripped.replace(HEADING_PREFIX, ''), fallback))
    return fallback;
  return /\s\|\s/.test(stripped) ? stripSiteName(stripped, c.siteName, true, c.pageUrl) : stripped;
}

// The declared title without the site name: og:title (a piped tail is the site), else the JSON-LD
// headline, else <title>.
function declaredTitle(c: TitleCandidates): string | null {
  if (c.social) return stripSiteName(c.social, c.siteName, /\s\|\s/.test(c.social), c.pageUrl);
  if (c.ldHeadline) return c.ldHeadline.replace(/\s+/g, ' ').trim();
  return c.titleTag ? stripSiteName(c.titleTag, c.siteName, true, c.pageUrl) : null;
}

// A blog's heading is often its own name, which the <title> carries after the separator.
function isSiteOnly(heading: string, declared: string): boolean {
  const parts = declared.split(SEPARATORS);
  return parts.length > 1 && sameText(heading, parts[parts.length - 1]) && !sameText(heading, parts[0]);
}
