/**
 * The possessor before a noun ("his", "Mr. Trump's", "the DNC's", "Sanders’"): the source of a nominal cue, its
 * possessive marker included as attribution corpora draw it.
 */
import { DETERMINERS, POSSESSIVE_PRONOUNS } from '../lexicon/lexicon.js';
import { phraseBefore } from '../text/noun-phrase.js';
import { isPossessiveS } from '../text/tokens.js';
import type { Token } from '../types.js';
import { CONTRACTED, NOT_POSSESSOR } from '../lexicon/speaker-words.js';

/** "Sanders’ claim", "Democrats' fears": a bare apostrophe after a word in -s. */
const isBareApostrophe = (tokens: Token[], k: number): boolean =>
  (tokens[k]!.text === "'" || tokens[k]!.text === '’') && /s$/i.test(tokens[k - 1]?.text ?? '');
const isPossessivePronoun = (t: Token): boolean => t.word && POSSESSIVE_PRONOUNS.has(t.lower);

/**
 * Index of the possessive marker or pronoun before the noun at i, with at most one modifier between them
 * ("his recent claim"), or -1 when the noun has no possessor.
 */
export function possessorEnd(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    const t = tokens[k]!;
    if (t.seg >= 0) return -1;
    if (isPossessiveS(t)) return CONTRACTED.has(tokens[k - 1]?.lower ?? '') ? -1 : k;
    if (isBareApostrophe(tokens, k) || isPossessivePronoun(t)) return k;
    // The one modifier: a lower-case word, not a determiner.
    if (!t.word || t.cap || DETERMINERS.has(t.lower) || k < i - 1) return -1;
  }
  return -1;
}

/** First token of the possessor ending at p ("his"; "Mr. Trump's"; "the DNC's"; "budget hawks'"). */
export function possessorStart(tokens: Token[], p: number): number {
  if (isPossessivePronoun(tokens[p]!)) return p;
  const phrase = phraseBefore(tokens, p - 1);
  if (!phrase) return p - 1;
  // "Sanders for his campaign's": the possessor starts after the last word that cannot be inside it.
  for (let k = p - 2; k >= phrase.from; k--) {
    const t = tokens[k]!;
    if (isPossessivePronoun(t)) return k;
    if (NOT_POSSESSOR.has(t.lower)) return k + 1;
  }
  return phrase.from;
}
