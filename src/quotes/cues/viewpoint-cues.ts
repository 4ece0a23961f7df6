/**
 * Prepositions that attribute a view or a reckoning: "To many, Ruiz is a reformer", "… because to her, the plan
 * is theft", "By the county's tally, …". The preposition is the cue and the phrase after it the source, as with
 * "according to".
 */
import { makeCue } from './make-cue.js';
import type { Cue, Token } from '../types.js';
import { VIEWPOINT_CONJUNCTIONS } from '../lexicon/clause-words.js';
import { AS_BY_VERBS, NOT_HOLDERS, RECKONINGS, VIEW_HOLDERS } from '../lexicon/cue-reader-words.js';

const MAX_HOLDER = 6;

/** The cue for a viewpoint "to" at i ("To Ortega, …", "but to them, …"), or null. */
export function viewpointCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.lower !== 'to' || t.seg >= 0 || !next || next.seg >= 0) return null;
  if (i > 0 && !VIEWPOINT_CONJUNCTIONS.has(tokens[i - 1]!.lower)) return null;
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

const MAX_RECKONER = 5;

/**
 * "By the county's tally, …", "…, by one estimate.": "by" and a reckoning that ends its phrase (a comma or the
 * sentence end after it). A standard ("by historic standards") compares and is left alone.
 */
export function reckoningCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  if (t.lower !== 'by' || t.seg >= 0) return null;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_RECKONER; k++) {
    const w = tokens[k]!;
    if (w.seg >= 0) return null;
    if (RECKONINGS.has(w.lower)) {
      const after = tokens[k + 1];
      const ends = !after || after.text === ',' || after.text === '.';
      return ends ? makeCue(text, tokens, { verb: i, first: i, last: i }, 'according', 'by') : null;
    }
    if (!w.word && !/^['’]s?$/.test(w.text)) return null;
  }
  return null;
}

/**
 * "As reported by the Herald, …", "…, as noted by Ruiz.": the verb is the cue and the agent after "by" the source,
 * as with "according to". Null unless "as", the verb and "by" stand at i, i + 1, i + 2.
 */
export function asReportedByCue(text: string, tokens: Token[], i: number): Cue | null {
  const verb = tokens[i + 1];
  if (tokens[i]!.lower !== 'as' || !verb || verb.seg >= 0 || !AS_BY_VERBS.has(verb.lower)) return null;
  if (tokens[i + 2]?.lower !== 'by') return null;
  return makeCue(text, tokens, { verb: i + 1, first: i + 1, last: i + 1 }, 'according', verb.lower);
}
