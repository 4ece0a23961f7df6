/** Span arithmetic the quote scorers share: character sets of span lists and P/R/F1. */
import type { Span } from '../../src/domain/quote.js';

/** One attribution as spans: the shape both gold and predicted attributions are scored in. */
export interface AttributionSpans {
  /** Null when the attribution has no source. */
  source: Span[] | null;
  cue: Span[];
  content: Span[];
  /** The extractor's confidence (predictions only). */
  confidence?: number | null;
}

/** One document to score: its text, the gold attributions and the predicted ones. */
export interface ScoredDoc {
  text: string;
  gold: AttributionSpans[];
  pred: AttributionSpans[];
}

/** Precision, recall and F1 with the counts behind them. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 from true positives and the sizes of the predicted and gold sets (0 when a set is empty). */
export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted > 0 ? tp / predicted : 0;
  const recall = gold > 0 ? tp / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Sorted, non-overlapping spans covering the same characters as `spans`. */
export function union(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Number of characters covered by a span list. */
export function size(spans: readonly Span[]): number {
  return union(spans).reduce((n, s) => n + s.end - s.start, 0);
}

/** Number of characters two span lists share. */
export function overlap(a: readonly Span[], b: readonly Span[]): number {
  const x = union(a);
  const y = union(b);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    const lo = Math.max(x[i]!.start, y[j]!.start);
    const hi = Math.min(x[i]!.end, y[j]!.end);
    if (hi > lo) n += hi - lo;
    if (x[i]!.end < y[j]!.end) i++;
    else j++;
  }
  return n;
}
