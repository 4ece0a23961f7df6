/**
 * Resolve `href` against `base` and keep it only if the result is http(s) (or mailto when
 * `allowMailto`). Returns null for anything else, including javascript:, data: and garbage.
 */
export function resolveUrl(
  href: string | null | undefined,
  base: string | null,
  allowMailto = false,
): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > 4096) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  if (allowMailto && url.protocol === 'mailto:') return url.href;
  return null;
}

/** A base URL we can resolve against, or null when `url` is not absolute http(s). */
export function baseFor(url: string | null | undefined): string | null {
  return resolveUrl(url ?? null, null);
}
