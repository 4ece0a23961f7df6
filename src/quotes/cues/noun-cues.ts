/**
 * Nominal cues: a noun of saying, thinking or stance whose possessor is the source and whose complement is the
 * content. Attribution corpora mark such nouns only in a few constructions; most mentions of "claim" or
 * "support" are not attributions (on PolNeAR train a possessed "support for" is an exact cue in 3 of 36 uses),
 * so only the reliable ones are read:
 * - a possessor and a "that"-clause: "Rubio's claim that …", "her stern warning that …";
 * - a possessor, an evaluative modifier and the noun's preposition: "his harsh attacks on …";
 * - "in X's view": "In their view, …", "…, in Ms. Ortiz's view."
 * An evaluative modifier belongs to the cue, as annotated ("stern warning"); one of time or kind does not.
 */
import type { CueClass } from '../../domain/quote.js';
import { makeCue } from './cue-phrases.js';
import { DETERMINERS, POSSESSIVE_PRONOUNS } from '../lexicon/lexicon.js';
import { possessorEnd, possessorStart } from '../speakers/possessor.js';
import type { Cue, Token } from '../types.js';
import { POSSESSED_VIEW_NOUNS } from '../lexicon/clause-words.js';
import { PARENTHESIS_OPENERS, PLAIN_MODIFIERS, SUBJECT_OPENERS } from '../lexicon/cue-reader-words.js';

/** Nouns of saying and thinking that take a "that"-clause stating what was said or thought. */
const THAT_NOUNS: ReadonlyMap<string, CueClass> = new Map([
  ...words('claim claims assertion assertions accusation accusations allegation allegations', 'speech'),
  ...words('suggestion suggestions insistence contention argument charge complaint complaints', 'speech'),
  ...words('warning warnings admission assurance assurances prediction predictions', 'speech'),
  ...words('belief fear fears hope hopes worry worries conviction', 'thought'),
]);
/** Nouns of stance and the preposition that names what they are about ("her harsh attacks on …"). */
const PREP_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['support', ['for', 'of']],
  ['criticism', ['of']],
  ['attack', ['on']],
  ['attacks', ['on']],
  ['call', ['for']],
  ['opposition', ['to']],
  ['endorsement', ['of', 'for']],
  ['praise', ['of', 'for']],
  ['embrace', ['of']],
  ['defense', ['of']],
  ['rejection', ['of']],
  ['condemnation', ['of']],
]);

function words(list: string, cls: CueClass): [string, CueClass][] {
  return list.split(' ').map((w) => [w, cls]);
}

/** The nouns a noun cue can be read at (the reader's first test). */
export const NOUN_CUE_WORDS: ReadonlySet<string> = new Set([
  ...THAT_NOUNS.keys(),
  ...PREP_NOUNS.keys(),
  ...POSSESSED_VIEW_NOUNS,
]);

/** The nominal cue at token i (a lower-case word outside quotes), or null. */
export function nounCue(text: string, tokens: Token[], i: number): Cue | null {
  const lower = tokens[i]!.lower;
  if (THAT_NOUNS.has(lower)) return thatNounCue(text, tokens, i);
  if (PREP_NOUNS.has(lower)) return prepNounCue(text, tokens, i);
  if (POSSESSED_VIEW_NOUNS.has(lower)) return viewCue(text, tokens, i);
  return null;
}

/** "Rubio's claim that …": a possessor, the noun and a "that"-clause. */
function thatNounCue(text: string, tokens: Token[], i: number): Cue | null {
  const next = tokens[i + 1];
  if (next?.lower !== 'that' || next.seg >= 0 || !clauseAfterThat(tokens, i + 2)) return null;
  const p = possessorEnd(tokens, i);
  if (p < 0) return null;
  const lower = tokens[i]!.lower;
  const cue = makeCue(
    text,
    tokens,
    { verb: i, first: modifierStart(tokens, p, i), last: i },
    'nominal',
    lower,
  );
  return Object.assign({}, cue, { cueClass: THAT_NOUNS.get(lower)! });
}

/** "his harsh attacks on …": only with an evaluative modifier is a possessed stance noun reliably a cue. */
function prepNounCue(text: string, tokens: Token[], i: number): Cue | null {
  const next = tokens[i + 1];
  if (!next || next.seg >= 0 || !PREP_NOUNS.get(tokens[i]!.lower)!.includes(next.lower)) return null;
  if (possessorEnd(tokens, i) !== i - 2 || PLAIN_MODIFIERS.has(tokens[i - 1]!.lower)) return null;
  const cue = makeCue(text, tokens, { verb: i, first: i - 1, last: i + 1 }, 'nominal', tokens[i]!.lower);
  return Object.assign({}, cue, { cueClass: 'stance' });
}

/** "in his view", "in Ms. Ortiz's view": set off as a comment on its clause. */
function viewCue(text: string, tokens: Token[], i: number): Cue | null {
  const p = possessorEnd(tokens, i);
  if (p < 0) return null;
  const inAt = possessorStart(tokens, p) - 1;
  if (tokens[inAt]?.lower !== 'in' || tokens[i + 1]?.lower === 'of' || !parentheticalAt(tokens, inAt, i))
    return null;
  const cue = makeCue(
    text,
    tokens,
    { verb: i, first: modifierStart(tokens, p, i), last: i },
    'nominal',
    'view',
  );
  return Object.assign({}, cue, { cueClass: 'thought' });
}

/** Does a clause (not a relative clause's verb) start at token k, after "that"? */
function clauseAfterThat(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.mark === 'open' || t.cap || /^\d/.test(t.text)) return true;
  return DETERMINERS.has(t.lower) || SUBJECT_OPENERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower);
}

/** The cue's first token: an evaluative modifier between the possessor p and the noun i, else the noun. */
function modifierStart(tokens: Token[], p: number, i: number): number {
  return p < i - 1 && !PLAIN_MODIFIERS.has(tokens[i - 1]!.lower) ? i - 1 : i;
}

/** Is "in X's view" (tokens from..to) a comment on its clause, not an object ("believed in her judgment")? */
function parentheticalAt(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (!before?.word || PARENTHESIS_OPENERS.has(before.lower)) return true;
  return tokens[to + 1]?.text === ',';
}
