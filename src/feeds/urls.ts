/** Resolve a possibly relative URL against a base; the input comes back trimmed when it cannot be resolved. */
export function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const value = href?.trim();
  if (!value) return base ?? null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return value;
  }
}

/** Resolve a link and keep it only when it ends up as an absolute http(s) URL. */
export function resolveHttpUrl(
  href: string | null | undefined,
  base: string | null | undefined,
): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    const url = new URL(value, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
