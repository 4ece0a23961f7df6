/** Building a cue from the tokens it spans. */
import type { CueWord } from '../lexicon/cue-lexicon.js';
import type { Cue, Token } from '../types.js';

/** A cue over tokens first..last: its words, span, and the class its lemma gives it. */
export function makeCue(
  text: string,
  tokens: Token[],
  at: { verb: number; first: number; last: number },
  form: Cue['form'],
  lemma: string,
  entry?: CueWord,
): Cue {
  const span = { start: tokens[at.first]!.start, end: tokens[at.last]!.end };
  // The fields of `at` written out, not spread: see "Speed" in ../README.md on spreads followed by properties.
  return {
    verb: at.verb,
    first: at.first,
    last: at.last,
    lemma,
    form,
    cueClass: entry?.cueClass ?? 'speech',
    raising: entry?.raising ?? false,
    text: text.slice(span.start, span.end),
    span,
  };
}
