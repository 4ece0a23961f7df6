import { inBatches, safePage } from './batches.js';
import type { StoreDialect } from './dialects/dialect.js';
import { selectSummaries, toSummary } from './summaries.js';
import type { SearchHit, Store } from './types.js';

export { SNIPPET_MARK_END, SNIPPET_MARK_START } from './snippet-marks.js';

// Longer input is cut: no reader types this much, and it bounds the work one request can cause.
const MAX_QUERY_CHARS = 500;

/** Full-text search over one database: the dialect ranks, this attaches the article summaries. */
export function createSearch(d: StoreDialect): Store['search'] {
  return async (query, page) => {
    // Control characters carry no meaning in a query, and PostgreSQL rejects NUL outright.
    const text = query
      .slice(0, MAX_QUERY_CHARS)
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim();
    const { limit, offset } = safePage(page);
    if (text === '') return { total: 0, results: [] };
    const { total, hits } = await d.search(text, { limit, offset });
    const summaries = new Map<number, ReturnType<typeof toSummary>>();
    for (const batch of inBatches(
      hits.map((h) => h.id),
      500,
    )) {
      const rows = await selectSummaries(d).where('articles.id', 'in', batch).execute();
      for (const r of rows) summaries.set(Number(r.id), toSummary(d, r));
    }
    const results = hits.flatMap((h): SearchHit[] => {
      const s = summaries.get(h.id);
      return s ? [{ ...s, snippet: h.snippet }] : [];
    });
    return { total, results };
  };
}
