import { inBatches, safePage } from './batches.js';
import type { StoreDialect } from './dialects/dialect.js';
import { parseSearchQuery, toWebSearchText } from './search-query.js';
import { selectSummaries, toSummary } from './summaries.js';
import type { SearchHit, SearchResults, Store } from './types.js';

export { SNIPPET_MARK_END, SNIPPET_MARK_START } from './snippet-marks.js';
export { MAX_SEARCH_WORDS } from './search-query.js';

// Longer input is cut: no reader types this much, and it bounds the work one request can cause.
const MAX_QUERY_CHARS = 500;

/** How long one search may take before the reader is told to try fewer words. */
export const SEARCH_DEADLINE_MS = 2_000;

/** Full-text search over one database: bound the query, let the dialect rank, attach the article summaries. */
export function createSearch(d: StoreDialect, deadlineMs = SEARCH_DEADLINE_MS): Store['search'] {
  return async (query, page) => {
    // Control characters carry no meaning in a query, and PostgreSQL rejects NUL outright.
    const text = query
      .slice(0, MAX_QUERY_CHARS)
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim();
    const { limit, offset } = safePage(page);
    if (text === '') return { total: 0, results: [] };
    const parsed = parseSearchQuery(text);
    const shortened: Pick<SearchResults, 'shortened'> =
      parsed.dropped.length > 0
        ? { shortened: { searched: toWebSearchText(parsed), dropped: parsed.dropped } }
        : {};
    const found = await d.search(parsed, { limit, offset }, deadlineMs);
    if (found.timedOut) return { total: 0, results: [], timedOut: true, ...shortened };
    const summaries = new Map<number, ReturnType<typeof toSummary>>();
    for (const batch of inBatches(
      found.hits.map((h) => h.id),
      500,
    )) {
      const rows = await selectSummaries(d).where('articles.id', 'in', batch).execute();
      for (const r of rows) summaries.set(Number(r.id), toSummary(d, r));
    }
    const results = found.hits.flatMap((h): SearchHit[] => {
      const s = summaries.get(h.id);
      return s ? [{ ...s, snippet: h.snippet }] : [];
    });
    return { total: found.total, results, ...shortened };
  };
}
