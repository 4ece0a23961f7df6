/**
 * Split a list into runs of at most `size` items. Multi-row statements are sent in batches so
 * that no statement exceeds the bound-parameter limits (SQLite 32,766, PostgreSQL 65,535).
 */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A page with a non-negative whole limit and offset, so user-supplied paging can never break a query. */
export function safePage(page: { limit: number; offset: number }): { limit: number; offset: number } {
  const whole = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);
  return { limit: whole(page.limit), offset: whole(page.offset) };
}
