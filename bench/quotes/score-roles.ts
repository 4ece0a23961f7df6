/**
 * The per-role scorer at document level. For each role (source, cue, content) a document's spans are its
 * attributions' fragments, duplicates dropped (one source shared by two attributions counts once).
 * Exact: a gold fragment is found when a predicted fragment of that role has the same start and end.
 * Overlap: characters of the role shared by gold and prediction over predicted (P) and gold (R) characters.
 */
import type { Span } from '../../src/domain/quote.js';
import { type AttributionSpans, overlap, type Prf, prf, type ScoredDoc, size } from './spans.js';

/** The three roles of an attribution. */
export type Role = 'source' | 'cue' | 'content';

/** Exact-span and overlap P/R/F1 for one role. */
export interface RoleScore {
  exact: Prf;
  overlap: Prf;
  gold: number;
  predicted: number;
}

const ROLES: Role[] = ['source', 'cue', 'content'];

/** The distinct fragments of one role in a document. */
export function roleSpans(attributions: readonly AttributionSpans[], role: Role): Span[] {
  const seen = new Map<string, Span>();
  for (const a of attributions) {
    for (const s of a[role] ?? []) if (s.end > s.start) seen.set(`${s.start}:${s.end}`, s);
  }
  return [...seen.values()];
}

/** Score documents per role, micro-averaged over all documents. */
export function scoreRoles(docs: readonly ScoredDoc[]): Record<Role, RoleScore> {
  const out = {} as Record<Role, RoleScore>;
  for (const role of ROLES) {
    let tp = 0;
    let gold = 0;
    let predicted = 0;
    let shared = 0;
    let goldChars = 0;
    let predChars = 0;
    for (const d of docs) {
      const g = roleSpans(d.gold, role);
      const p = roleSpans(d.pred, role);
      const keys = new Set(p.map((s) => `${s.start}:${s.end}`));
      tp += g.filter((s) => keys.has(`${s.start}:${s.end}`)).length;
      gold += g.length;
      predicted += p.length;
      shared += overlap(g, p);
      goldChars += size(g);
      predChars += size(p);
    }
    out[role] = {
      exact: prf(tp, predicted, gold),
      overlap: prf(shared, predChars, goldChars),
      gold,
      predicted,
    };
  }
  return out;
}
