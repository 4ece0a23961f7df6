/**
 * Is a stretch of content only a subject so far? Content whose clause still lacks its verb goes on past "and",
 * a comma or "which", since what follows belongs to the same clause of what was said.
 */
import type { CueClass } from '../../domain/quote.js';
import { PERSONAL_SUBJECTS } from '../lexicon/lexicon.js';
import type { Token } from '../types.js';
import { CONTENT_CLAUSE_OPENERS, SUBORDINATORS } from '../lexicon/clause-words.js';
import { NP_WORDS } from '../lexicon/rule-words.js';

/**
 * Do tokens from..to read as a short subject ("NBC News", "the judge", "he")? Capitalised words, determiners
 * and a closing lower-case noun only: no verb can hide in it.
 */
export function nounPhrase(tokens: Token[], from: number, to: number): boolean {
  if (to < from || to - from > 7) return false;
  if (from === to && PERSONAL_SUBJECTS.has(tokens[from]!.lower)) return true;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0) return false;
    if (t.cap || NP_WORDS.has(t.lower) || /^\d/.test(t.text)) continue;
    // One lower-case head noun may close the phrase ("the judge", "eerie video").
    if (k === to && t.word && !/(?:ly|ed|ing)$/.test(t.lower)) continue;
    if (k === to - 1 && t.word && !/(?:ly|ed|ing)$/.test(t.lower) && tokens[to]!.word && !tokens[to]!.cap)
      continue;
    return false;
  }
  return tokens[from]!.cap || NP_WORDS.has(tokens[from]!.lower);
}

/**
 * "argued that the new pipeline, which Ruiz backs, would fail": content that so far is only a noun phrase still
 * lacks its verb, so a relative clause after it describes the subject and what was said goes on.
 */
export function subjectSoFar(
  tokens: Token[],
  from: number,
  m: number,
  cueClass: CueClass | undefined,
): boolean {
  if (tokens[m + 1]?.lower !== 'which') return false;
  // A stance's content may be a whole noun phrase ("criticized the plan, which …"); a statement's is a clause.
  if (cueClass !== 'speech' && cueClass !== 'thought') return false;
  const s = tokens[from]?.lower === 'that' ? from + 1 : from;
  return nounPhrase(tokens, s, m - 1);
}

/**
 * "said that she and her aides knew …", "said both he and Ruiz promised …": the clause so far is only a short
 * subject, so "and" joins a second subject to it and the cue after belongs to what was said.
 */
export function coordinatedSubject(tokens: Token[], from: number, m: number): boolean {
  let k = m - 1;
  while (k >= from && m - k <= 6 && !CONTENT_CLAUSE_OPENERS.has(tokens[k]!.lower)) k--;
  if (k >= from && !CONTENT_CLAUSE_OPENERS.has(tokens[k]!.lower)) return false;
  // With no opener the content must start as a clause does, with a subject pronoun: a bare object noun phrase
  // ("praised Ruiz and said …") is the whole of a stance's content.
  if (k < from && !PERSONAL_SUBJECTS.has(tokens[from]!.lower)) return false;
  return nameOrPronoun(tokens, k + 1, m - 1);
}

/**
 * "said states like Ohio and Iowa will decide …": "and" between two names inside the content joins them into one
 * subject, unless the first name opens a clause of the writer's own ("…, while Ruiz and Ortiz said …").
 */
export function joinedNames(tokens: Token[], from: number, m: number): boolean {
  const t = tokens[m]!;
  if (t.cap || t.lower !== 'and' || !tokens[m + 1]?.cap || !tokens[m - 1]?.cap) return false;
  let k = m - 1;
  while (k > from && m - k <= 5 && (tokens[k]!.cap || tokens[k]!.text === '.')) k--;
  return k >= from && !SUBORDINATORS.has(tokens[k]!.lower) && tokens[k]!.seg < 0;
}

/** A subject pronoun or a short run of capitalised words ("she", "Senator Ruiz"): a subject that hides no verb. */
export function nameOrPronoun(tokens: Token[], from: number, to: number): boolean {
  if (to < from || to - from > 4) return false;
  if (from === to && PERSONAL_SUBJECTS.has(tokens[from]!.lower)) return true;
  for (let k = from; k <= to; k++) if (!tokens[k]!.cap || tokens[k]!.seg >= 0) return false;
  return true;
}
