/** Hearsay adverbs: "X reportedly plans …", "Reportedly, X …" attribute the clause to unnamed reports. */
import { AUXILIARIES, CUE_WORDS } from './cue-lexicon.js';
import { makeCue } from './cue-phrases.js';
import type { Cue, Token } from './types.js';

/**
 * Adverbs that mark a clause as hearsay. "allegedly" is left out: it hedges a charge rather than reporting
 * what was said, and is seldom an attribution cue in news annotation.
 */
const HEARSAY = new Set(['reportedly', 'reputedly', 'purportedly']);
/** The cue's lemma: the rules tell a hearsay cue from a passive verb by it. */
export const HEARSAY_LEMMA = 'reportedly';
const LOOKAHEAD = 3;

/**
 * A hearsay cue at token i, unless a verb of speech or thought follows it ("reportedly said": the adverb joins
 * that verb's cue instead).
 */
export function hearsayCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  if (t.seg >= 0 || !HEARSAY.has(t.lower)) return null;
  for (let k = i + 1; k < tokens.length && k - i <= LOOKAHEAD; k++) {
    const n = tokens[k]!;
    if (n.seg >= 0 || !n.word) break;
    if (CUE_WORDS.has(n.lower)) return null;
    if (!AUXILIARIES.has(n.lower) && !/ly$/.test(n.lower)) break;
  }
  return makeCue(text, tokens, { verb: i, first: i, last: i }, 'passive', HEARSAY_LEMMA);
}
