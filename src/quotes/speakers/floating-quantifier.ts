/**
 * Quantifiers floated off the subject into the verb group: "Ruiz and Hale both said", "rivals have all argued".
 * Annotators draw the cue from the quantifier (or the auxiliary before it); train+dev 10 vs 0 after a name or an
 * auxiliary. After a pronoun or a dash it is as often the subject itself ("they all vowed", "— both suggested").
 */
import { AUXILIARIES } from '../lexicon/cue-lexicon.js';
import type { Token } from '../types.js';
import { FLOATING } from '../lexicon/speaker-words.js';

/**
 * Is token j a floated "both"/"all" right after an auxiliary or a name? A capitalised word that opens the
 * sentence is no name to go by ("And both vowed …": "both" is the subject).
 */
export function floatingQuantifier(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const p = tokens[j - 1];
  if (!t || t.cap || !FLOATING.has(t.lower) || !p || p.seg >= 0) return false;
  return AUXILIARIES.has(p.lower) || (p.cap && p.word && j > 1);
}
