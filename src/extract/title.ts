const SEPARATORS = /\s+[|–—·•:»/\\-]\s+|\s+::\s+/;

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Remove a site name from a page title: "Harbour strike | The Daily" → "Harbour strike".
 * With `guess`, a short trailing part after a separator is taken as the site name when the
 * rest is clearly the longer headline.
 */
export function stripSiteName(title: string, siteName: string | null, guess = true): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(SEPARATORS);
  if (parts.length < 2) return t;
  const site = siteName ? norm(siteName) : '';
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  if (site) {
    if (norm(last) === site || (norm(last).length > 3 && site.includes(norm(last)))) {
      return stripSiteName(t.slice(0, t.length - last.length).replace(/\s+\S+\s*$/, ''), siteName, guess);
    }
    if (norm(first) === site)
      return t
        .slice(first.length)
        .replace(/^\s+\S+\s+/, '')
        .trim();
  }
  if (!guess) return t;
  const words = (s: string) => s.split(' ').length;
  const head = parts.slice(0, -1).join(' ');
  // A pipe almost always separates the site name; dashes and colons also appear inside headlines.
  const piped = /\s\|\s+\S[^|]*$/.test(t);
  if (words(last) <= 4 && (piped || words(head) >= words(last) + 2)) {
    return t
      .slice(0, t.length - last.length)
      .replace(/\s+\S+\s*$/, '')
      .trim();
  }
  return t;
}

/** Normalised form for "is this line the headline again?" comparisons. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const na = norm(a);
  return na !== '' && na === norm(b);
}
