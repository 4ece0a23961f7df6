const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign)$/i;

/** Parse a URL, or null when it is not an absolute http(s) URL. */
export function parseHttpUrl(input: string, base?: string): URL | null {
  try {
    const url = new URL(input.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * A canonical form of an article URL for dedupe: lower-case host without "www.", no fragment,
 * no tracking parameters, sorted query, no trailing slash on paths.
 */
export function normalizeUrl(input: string, base?: string): string | null {
  const url = parseHttpUrl(input, base);
  if (!url) return null;
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.slice(0, -1);
  return url.toString();
}

/** The host (with port when not default) of a URL, without "www.", or null. */
export function hostOf(input: string): string | null {
  const url = parseHttpUrl(input);
  return url ? url.host.toLowerCase().replace(/^www\./, '') : null;
}
