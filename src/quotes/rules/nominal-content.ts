/** Where the content of a nominal cue runs: the noun's complement, or the clause around "in X's view". */
import { NEGATIONS } from '../lexicon/lexicon.js';
import type { Token } from '../types.js';
import { countWords, type TokenRange } from './claim-segments.js';
import { contentEnd, MAX_CONTENT_TOKENS } from './content-bounds.js';
import type { RuleInput } from './rule-input.js';
import { VIEW_CLAUSE_OPENERS } from '../lexicon/clause-words.js';
import { PHRASE_BREAK_MARKS } from '../lexicon/marks.js';
import { AUX, CLAUSE_LINKS } from '../lexicon/rule-words.js';

/** A hyphen written between two words ("U.S.-Mexico") joins them; only a spaced one breaks the clause. */
const joined = (tokens: Token[], k: number): boolean =>
  tokens[k]!.text === '-' &&
  tokens[k - 1]?.end === tokens[k]!.start &&
  tokens[k + 1]?.start === tokens[k]!.end;

/** Is token k an auxiliary that continues the verb group before it ("would be", "had not been")? */
const inGroup = (tokens: Token[], k: number): boolean =>
  AUX.has(tokens[k - 1]?.lower ?? '') || NEGATIONS.has(tokens[k - 1]?.lower ?? '');

/**
 * Last token of a noun's complement ("that"-clause or object of its preposition): it ends at the first break
 * (a comma or dash sets off the writer's words again) and before the main verb when the possessed noun is the
 * subject — an auxiliary or form of "be" beyond the clause's own, not linked into it ("Kim's claim that the vote
 * was rigged is false", "her attacks on the plan have failed").
 */
export function complementEnd(tokens: Token[], start: number, sourceFrom: number, input: RuleInput): number {
  const end = contentEnd(tokens, start, input.cues);
  // A "that"-clause has a verb of its own; the object of "attacks on" has none.
  const clause = tokens[start]?.lower === 'that';
  const subject = !clause || sourceFrom === 0 || !tokens[sourceFrom - 1]!.word;
  let verbs = clause ? 0 : 1;
  for (let k = start + 1; k <= end; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0) continue;
    if (PHRASE_BREAK_MARKS.has(t.text) && !joined(tokens, k)) return k - 1;
    if (!subject || !AUX.has(t.lower) || inGroup(tokens, k)) continue;
    if (verbs > 0 && !CLAUSE_LINKS.has(tokens[k - 1]?.lower ?? '')) return k - 1;
    verbs++;
  }
  return end;
}

/**
 * Content of "in X's view": the clause before the phrase when it ends a clause ("…, in her view."), else the
 * words after it ("In his view, …"), as for "according to".
 */
export function viewContent(tokens: Token[], first: number, last: number, input: RuleInput): TokenRange[] {
  const ranges: TokenRange[] = [];
  // After another cue the phrase comments inside that attribution ("X said that, in her view, …"): never before it.
  const opensClause =
    VIEW_CLAUSE_OPENERS.has(tokens[first - 1]?.lower ?? '') || (input.cues[0]?.last ?? first) < first;
  const beforeEnd = tokens[first - 1]?.text === ',' ? first - 2 : first - 1;
  if (beforeEnd >= 0 && !opensClause)
    ranges.push({ from: Math.max(0, beforeEnd - MAX_CONTENT_TOKENS), to: beforeEnd });
  const beforeWords = ranges[0] ? countWords(tokens, ranges[0]) : 0;
  const resume = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
  if (beforeWords < 3 && resume < tokens.length && tokens[resume]!.text !== '.') {
    const end = contentEnd(tokens, resume, input.cues);
    if (end >= resume) ranges.push({ from: resume, to: end });
  }
  return ranges;
}
