/**
 * The subject of a sentence's main clause, for cues that borrow it: ", saying …", "and added …", "…, arguing
 * that …". Skips an opening conjunction or adverb and an introductory phrase ("On Sunday, …"), reads the noun
 * phrase that starts the clause (with an appositive) and checks that a verb follows.
 */
import { AUXILIARIES, CUE_WORDS } from '../lexicon/cue-lexicon.js';
import { PERSONAL_SUBJECTS as PERSONAL } from '../lexicon/lexicon.js';
import { phraseAfter } from '../text/noun-phrase.js';
import { afterDateline, afterPlace, timeIntroEnd } from '../text/opening-phrase.js';
import { sourceBefore, type SourceSpan } from './source-span.js';
import type { Token } from '../types.js';
import { INTRO_PHRASE_OPENERS, MAIN_CLAUSE_LEADS } from '../lexicon/clause-words.js';

const MAX_SCAN = 40;

/** Index where the main clause starts, past opening conjunctions and an introductory phrase ending in a comma. */
export function clauseStart(tokens: Token[], limit: number): number {
  let s = afterDateline(tokens, limit);
  while (s < limit && tokens[s]!.word && MAIN_CLAUSE_LEADS.has(tokens[s]!.lower)) s++;
  while (s < limit && !tokens[s]!.word && tokens[s]!.seg < 0) s++;
  const t = tokens[s];
  if (t && (INTRO_PHRASE_OPENERS.has(t.lower) || /ly$/.test(t.lower) || (t.cap && /ing$/.test(t.lower)))) {
    for (let k = s + 1; k < limit && k - s < MAX_SCAN; k++) {
      if (tokens[k]!.seg >= 0) break;
      if (tokens[k]!.text === ',') return afterPlace(tokens, k + 1, limit);
    }
  }
  const time = timeIntroEnd(tokens, s, limit);
  return time < 0 ? s : time + 1;
}

/** Is this a verb that can follow a subject (a finite cue, an auxiliary, or an unlisted lower-case word)? */
function verbLike(t: Token | undefined): boolean {
  if (!t?.word || t.cap || t.seg >= 0) return false;
  const cue = CUE_WORDS.get(t.lower);
  if (cue) return cue.forms.has('past') || cue.forms.has('s') || cue.forms.has('base');
  return AUXILIARIES.has(t.lower) || /(?:ed|s)$/.test(t.lower);
}

/** The source span of the main clause's subject before token `limit`, or null. */
export function clauseSubject(tokens: Token[], limit: number): SourceSpan | null {
  const s = clauseStart(tokens, limit);
  const first = tokens[s];
  if (!first || s >= limit) return null;
  if (first.word && PERSONAL.has(first.lower))
    return { range: { from: s, to: s }, core: { from: s, to: s }, appositive: null, relative: false };
  const np = phraseAfter(tokens, s);
  let v = np ? np.to + 1 : -1;
  if (v < 0) {
    // An unlisted head ("The 46-year-old delegate …"): run to the first verb-like word.
    for (let k = s + 1; k < limit && k - s < 12; k++) {
      if (verbLike(tokens[k])) {
        v = k;
        break;
      }
      if (tokens[k]!.seg >= 0 || (!tokens[k]!.word && tokens[k]!.text !== ',')) return null;
    }
    if (v < 0) return null;
  }
  if (tokens[v]?.text === ',') {
    // "Senator Chris Murphy of Connecticut, who campaigned …, said": past the appositive.
    let k = v + 1;
    while (k < limit && k - v < MAX_SCAN && !(tokens[k]!.text === ',' && tokens[k]!.seg < 0)) k++;
    if (k >= limit) return null;
    v = k + 1;
  }
  if (v >= limit || (!verbLike(tokens[v]) && !AUXILIARIES.has(tokens[v]?.lower ?? ''))) {
    // A verb group may open with an adverb ("Trump also defended …").
    if (!(tokens[v]?.word && /ly$|^also$|^then$/.test(tokens[v]!.lower) && verbLike(tokens[v + 1])))
      return null;
  }
  const src = sourceBefore(tokens, v);
  if (!src || Math.min(src.range.from, src.core.from) < s) return null;
  return src;
}
