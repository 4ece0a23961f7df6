/** Hearsay adverbs: "X reportedly plans …", "Reportedly, X …" attribute the clause to unnamed reports. */
import { AUXILIARIES, CUE_WORDS, type CueWord } from '../lexicon/cue-lexicon.js';
import { makeCue } from './make-cue.js';
import type { Cue, Token } from '../types.js';
import { HEARSAY } from '../lexicon/cue-reader-words.js';

/** The cue's lemma: the rules tell a hearsay cue from a passive verb by it. */
export const HEARSAY_LEMMA = 'reportedly';
const LOOKAHEAD = 3;

/**
 * Does the hearsay adverb t take the clause of the cue verb after it? Only a verb of speech makes the adverb
 * part of its own cue ("reportedly said"); a reported thought, stance or intention is the hearsay's content
 * ("is reportedly considering a run", "reportedly opposes the deal"). Train 3 vs 0.
 */
export function hearsayOwns(t: Token, verb: CueWord): boolean {
  return HEARSAY.has(t.lower) && verb.cueClass !== 'speech';
}

/** A hearsay cue at token i, unless a verb of speech follows it ("reportedly said": the adverb joins its cue). */
export function hearsayCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  if (t.seg >= 0 || !HEARSAY.has(t.lower)) return null;
  for (let k = i + 1; k < tokens.length && k - i <= LOOKAHEAD; k++) {
    const n = tokens[k]!;
    if (n.seg >= 0 || !n.word) break;
    const verb = CUE_WORDS.get(n.lower);
    if (verb) {
      if (!hearsayOwns(t, verb)) return null;
      break;
    }
    if (!AUXILIARIES.has(n.lower) && !/ly$/.test(n.lower)) break;
  }
  return makeCue(text, tokens, { verb: i, first: i, last: i }, 'passive', HEARSAY_LEMMA);
}
