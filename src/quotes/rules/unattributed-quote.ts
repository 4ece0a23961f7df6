import { segmentChain, type SegmentChain, wordCount } from '../text/segment-chain.js';
import type { QuoteSegment, Sentence } from '../types.js';
import { isNamingQuote, looksLikeTitle } from './not-attribution.js';

const MIN_WORDS = 4;
const MIN_CONTINUATION_WORDS = 1;

/** A quote no cue claimed, and where its speaker should come from. */
export interface LooseQuote {
  chain: SegmentChain;
  /** "recent": it opens a sentence, so it continues the latest speaker; "subject": a phrase inside a sentence. */
  speakerFrom: 'recent' | 'subject';
  /** Too short to stand alone ("“Donald Trump.”"): kept only as the continuation of a quote before it. */
  short: boolean;
}

/**
 * Quotes in a sentence that no cue claimed and that still read as speech: at least four words, not a title or
 * scare quote. A quote that opens its sentence continues the latest speaker (a paragraph that is all quote);
 * one inside a sentence belongs to the sentence's subject.
 */
export function looseQuotes(
  text: string,
  sentence: Sentence,
  segments: QuoteSegment[],
  claimed: ReadonlySet<number>,
): LooseQuote[] {
  const out: LooseQuote[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.mark !== 'open' || claimed.has(t.seg) || segments[t.seg]!.prev !== null) continue;
    const chain = segmentChain(segments, t.seg);
    const words = chain.inner.reduce((n, p) => n + wordCount(text, p), 0);
    const opensSentence = i === 0 || tokens[i - 1]?.text === ':';
    if (words < (opensSentence ? MIN_CONTINUATION_WORDS : MIN_WORDS) || isNamingQuote(tokens, i)) continue;
    if (chain.inner.length === 1 && words >= MIN_WORDS && looksLikeTitle(text, chain.inner[0]!)) continue;
    out.push({ chain, speakerFrom: opensSentence ? 'recent' : 'subject', short: words < MIN_WORDS });
  }
  return out;
}
