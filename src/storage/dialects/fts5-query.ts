/**
 * Writes a parsed query as an FTS5 MATCH expression. Every term is emitted as a quoted FTS5
 * string, so no input can reach FTS5 as syntax.
 */
import type { ParsedQuery } from '../search-query.js';

/** The FTS5 expression for a parsed query, or null when it leaves nothing to match. */
export function toFts5Query(query: ParsedQuery): string | null {
  // A branch of only exclusions cannot be expressed in FTS5 (NOT is binary) and would match
  // almost everything anyway; like websearch_to_tsquery's ranking, it is dropped.
  const parts = query.branches
    .filter((b) => b.include.length > 0)
    .map((b) => {
      const kept = `(${b.include.map(quote).join(' AND ')})`;
      return b.exclude.length === 0 ? kept : `(${kept} NOT ${b.exclude.map(quote).join(' NOT ')})`;
    });
  return parts.length === 0 ? null : parts.join(' OR ');
}

function quote(phrase: string): string {
  return `"${phrase.replaceAll('"', '""')}"`;
}
