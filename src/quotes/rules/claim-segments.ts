import type { QuoteKind } from '../../domain/quote.js';
import type { Attribution, QuoteSegment, SpeakerGuess, Token } from '../types.js';
import type { RuleInput } from './rule-input.js';
import { isNamingQuote, looksLikeTitle } from './not-attribution.js';

/** An inclusive range of token indices. */
export interface TokenRange {
  from: number;
  to: number;
}

/** Words (not punctuation) in a token range. */
export function countWords(tokens: Token[], r: TokenRange): number {
  let n = 0;
  for (let i = r.from; i <= r.to; i++) if (tokens[i]!.word) n++;
  return n;
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

/**
 * The attribution a rule found: content over token ranges (quotes inside them claimed), the speaker and the cue.
 * `trimLast` drops the content's last character (a sentence stop glued to an abbreviation).
 */
export function attributionOver(
  input: RuleInput,
  ranges: TokenRange[],
  speaker: SpeakerGuess | null,
  extra: { trimLast?: boolean; leadingThat?: boolean } = {},
): Attribution {
  const tokens = input.sentence.tokens;
  const parts = ranges.map((r) => ({ start: tokens[r.from]!.start, end: tokens[r.to]!.end }));
  if (extra.trimLast) parts[parts.length - 1]!.end -= 1;
  const { kind, ids } = claimInside(input.text, tokens, input.segments, input.claimed, ranges);
  const a: Attribution = {
    kind,
    parts,
    joins: parts.map((_, i) => (i === 0 ? '' : ' ')),
    speaker,
    cue: input.cue,
    segments: ids,
  };
  if (extra.leadingThat !== undefined) a.leadingThat = extra.leadingThat;
  return a;
}
