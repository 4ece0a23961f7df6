import type { Span } from '../../domain/quote.js';
import type { QuoteSegment } from '../types.js';

/** A quote over one or more paragraphs: its span in each paragraph (marks included), the words inside, the ids. */
export interface SegmentChain {
  ids: number[];
  /** Each paragraph's quote with its marks, as attribution corpora mark content. */
  parts: Span[];
  /** The words inside the marks. */
  inner: Span[];
  joins: string[];
}

/** The whole quote a segment belongs to, following continuations across paragraphs in both directions. */
export function segmentChain(segments: QuoteSegment[], k: number): SegmentChain {
  let first = k;
  while (segments[first]!.prev !== null) first = segments[first]!.prev!;
  const out: SegmentChain = { ids: [], parts: [], inner: [], joins: [] };
  for (let i: number | null = first; i !== null; i = segments[i]!.next) {
    const s: QuoteSegment = segments[i]!;
    out.ids.push(i);
    out.parts.push({ start: s.open, end: s.closeEnd ?? s.contentEnd });
    out.inner.push({ start: s.contentStart, end: s.contentEnd });
    out.joins.push(out.ids.length === 1 ? '' : '\n\n');
  }
  return out;
}

/** Join two chains into one interrupted quote ("…,” she said, “…”). */
export function joinChains(a: SegmentChain, b: SegmentChain): SegmentChain {
  return {
    ids: [...a.ids, ...b.ids],
    parts: [...a.parts, ...b.parts],
    inner: [...a.inner, ...b.inner],
    joins: [...a.joins, ' ', ...b.joins.slice(1)],
  };
}

/** Number of words in a span. */
export function wordCount(text: string, span: Span): number {
  const m = text.slice(span.start, span.end).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
