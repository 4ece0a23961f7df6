import type { QuoteKind } from '../../domain/quote.js';
import type { QuoteSegment, Token } from '../types.js';
import { isNamingQuote, looksLikeTitle } from './not-attribution.js';

/** An inclusive range of token indices. */
export interface TokenRange {
  from: number;
  to: number;
}

/**
 * The quote segments inside reported content, and the kind that makes: "direct" when the content is nothing
 * but quotes, "mixed" when it holds a quoted phrase of the speaker's, "reported" otherwise.
 * Scare quotes and titles inside the content are the writer's, not the speaker's, and are left alone.
 */
export function claimInside(
  text: string,
  tokens: Token[],
  segments: QuoteSegment[],
  claimed: ReadonlySet<number>,
  ranges: TokenRange[],
): { kind: QuoteKind; ids: number[] } {
  const ids: number[] = [];
  let outsideWords = 0;
  for (const r of ranges) {
    for (let i = r.from; i <= r.to; i++) {
      const t = tokens[i]!;
      if (t.seg < 0) {
        if (t.word) outsideWords++;
        continue;
      }
      if (t.mark !== 'open' || claimed.has(t.seg) || ids.includes(t.seg)) continue;
      const seg = segments[t.seg]!;
      if (isNamingQuote(tokens, i) || looksLikeTitle(text, { start: seg.contentStart, end: seg.contentEnd }))
        continue;
      ids.push(t.seg);
    }
  }
  if (ids.length === 0) return { kind: 'reported', ids };
  return { kind: outsideWords === 0 ? 'direct' : 'mixed', ids };
}
