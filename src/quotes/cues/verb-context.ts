/**
 * What the words around a cue verb show: whether a subject can end right before it, and whether an object or a
 * clause starts right after it. The word classes here are the ones those checks (and the cue reader) look up.
 */
import { AUXILIARIES, type CueWord } from '../lexicon/cue-lexicon.js';
import {
  CLAUSE_PRONOUNS,
  DETERMINERS,
  NEGATIONS,
  NUMBERS,
  OBJECT_PRONOUNS,
  POSSESSIVES,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from '../lexicon/lexicon.js';
import { quoteNext, quoteThenCue } from '../text/quote-adjacency.js';
import { isPossessiveS } from '../text/tokens.js';
import type { Token } from '../types.js';
import { CLAUSE_VERBS, PARTICLES_AFTER, SUBJECT_END_MARKS } from '../lexicon/cue-reader-words.js';

const MAX_BARE_SUBJECT = 4;

/** A clause with no "that" at i: a subject pronoun, or a short subject (name, determiner phrase) and an auxiliary. */
export function bareClause(tokens: Token[], i: number): boolean {
  if (CLAUSE_PRONOUNS.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.word) return true;
  for (let k = i; k < tokens.length && k - i <= MAX_BARE_SUBJECT; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0 || !t.word) return false;
    if (k > i && CLAUSE_VERBS.has(t.lower)) return true;
    if (k === i && !(t.cap || DETERMINERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower))) return false;
  }
  return false;
}

/** "records show he gave nothing", "polls show voters divided": after a finding verb a bare clause may follow. */
export function evidenceClause(tokens: Token[], entry: CueWord, i: number): boolean {
  const t = tokens[i];
  if (entry.cueClass !== 'evidence' || !t?.word || t.seg >= 0) return false;
  return !PREPOSITIONS.has(t.lower) && !PARTICLES_AFTER.has(t.lower);
}

const MAX_AS_OBJECT = 8;

/** "see that …" or "see <object> as …" with no punctuation between the verb and "as". */
export function asOrClause(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower === 'that') return true;
  for (let k = i; k < tokens.length && k - i <= MAX_AS_OBJECT; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0 || !t.word) return false;
    if (t.lower === 'as') return k > i;
  }
  return false;
}

/** Could this word end a noun phrase (a name, or a lower-case word that is not a function word or adverb)? */
export function nounBefore(t: Token): boolean {
  if (t.cap) return true;
  return !(
    DETERMINERS.has(t.lower) ||
    POSSESSIVES.has(t.lower) ||
    PREPOSITIONS.has(t.lower) ||
    AUXILIARIES.has(t.lower) ||
    NEGATIONS.has(t.lower) ||
    SUBJECT_PRONOUNS.has(t.lower) ||
    /ly$/.test(t.lower) ||
    /ing$/.test(t.lower) ||
    t.lower === 'and' ||
    t.lower === 'or' ||
    t.lower === 'but'
  );
}

/** Does an object or clause start at i ("that", a determiner, a name, a pronoun, a number), or the sentence end? */
export function objectAfter(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (t.seg >= 0) return t.mark === 'open';
  if (!t.word) return t.text === '.' || t.text === ',' || t.text === ':';
  return (
    t.cap ||
    t.lower === 'that' ||
    DETERMINERS.has(t.lower) ||
    POSSESSIVES.has(t.lower) ||
    OBJECT_PRONOUNS.has(t.lower) ||
    CLAUSE_PRONOUNS.has(t.lower) ||
    /^\d/.test(t.text) ||
    /ing$/.test(t.lower)
  );
}

/** Is the token before a finite cue something a subject can end with (a name, pronoun, noun, appositive comma)? */
export function subjectBefore(
  tokens: Token[],
  first: number,
  last: number,
  entry: CueWord,
  hasAux: boolean,
): boolean {
  const p = tokens[first - 1];
  const afterNoun = !!p && p.word && !DETERMINERS.has(p.lower);
  if (!p) return hasAux ? false : !entry.nounLike;
  if (p.seg >= 0) return p.mark === 'close' || p.mark === null;
  if (DETERMINERS.has(p.lower) && !SUBJECT_PRONOUNS.has(p.lower) && !NUMBERS.has(p.lower)) return false;
  if (POSSESSIVES.has(p.lower) || PREPOSITIONS.has(p.lower)) return false;
  if (isPossessiveS(p)) return false;
  if (!p.word) return SUBJECT_END_MARKS.has(p.text);
  if (entry.nounLike && !hasAux) {
    // "Trump calls for", "the poll shows Trump leading", "he often mentions": a verb; "Republican attacks on": a noun.
    if (NUMBERS.has(p.lower) || /^\d/.test(p.text)) return false;
    const toVerb =
      (entry.cueClass === 'intent' || entry.cueClass === 'thought') && tokens[last + 1]?.lower === 'to';
    const after = tokens[last + 1];
    // "The Times reports: “…”": a colon or an opening quote after the word makes it a verb of speech.
    const speech =
      tokens[last]!.text === ':' ||
      after?.mark === 'open' ||
      quoteThenCue(tokens, first, last) ||
      ((!after || /^[.,]$/.test(after.text)) && quoteNext(tokens, last, first));
    const object =
      toVerb ||
      speech ||
      (after?.word === true && !/ing$/.test(after.lower) && objectAfter(tokens, last + 1));
    // "which advocates say": after a relative pronoun the word is a noun unless an object follows.
    if (p.lower === 'which' || p.lower === 'that' || p.lower === 'who') return object;
    return SUBJECT_PRONOUNS.has(p.lower) || ((p.cap || afterNoun) && object);
  }
  return true;
}
