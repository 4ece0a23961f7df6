/**
 * "To many, Ruiz is a reformer" and "… because to her, the plan is theft": "to" and whose view it is, then a
 * comma and the view itself. The "to" is the cue and the phrase after it the source, as with "according to".
 */
import { makeCue } from './make-cue.js';
import type { Cue, Token } from './types.js';

/** Pronouns and quantifiers that stand alone for the holders of a view ("to them,", "to many,"). */
const VIEW_HOLDERS = new Set('him her them me us many others some most'.split(' '));
/** Conjunctions after which a "to him," phrase opens a clause of its own ("but to others, he is …"). */
const CLAUSE_OPENERS = new Set('but because and yet so while though although'.split(' '));
/**
 * Capitalised words after a sentence-opening "To" that make a fixed phrase or an aim, not a person whose view
 * follows ("To date,", "To This end,", "To No one's surprise").
 */
const NOT_HOLDERS = new Set(
  'date wit that this these those no a an the his her their its our my your one what whatever'.split(' '),
);
const MAX_HOLDER = 6;

/** The cue for a viewpoint "to" at i ("To Ortega, …", "but to them, …"), or null. */
export function viewpointCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.lower !== 'to' || t.seg >= 0 || !next || next.seg >= 0) return null;
  if (i > 0 && !CLAUSE_OPENERS.has(tokens[i - 1]!.lower)) return null;
  if (VIEW_HOLDERS.has(next.lower)) {
    return tokens[i + 2]?.text === ','
      ? makeCue(text, tokens, { verb: i, first: i, last: i }, 'according', 'to')
      : null;
  }
  // A name opens the sentence ("To Florida consultant Ana Ruiz, …"); an infinitive ("To win, …") is lower-case.
  if (i !== 0 || !next.cap || NOT_HOLDERS.has(next.lower)) return null;
  let k = i + 1;
  while (k < tokens.length && k - i <= MAX_HOLDER && tokens[k]!.word && tokens[k]!.seg < 0) k++;
  return tokens[k]?.text === ','
    ? makeCue(text, tokens, { verb: i, first: i, last: i }, 'according', 'to')
    : null;
}
