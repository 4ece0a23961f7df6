import type { Attribution } from './types.js';

/** The plainest verbs of saying: a named speaker's "said" is a claim of its own wherever it stands. */
const PLAIN_SPEECH = new Set(['say', 'tell', 'ask', 'add', 'note', 'write', 'report']);
/** A modal makes the saying hypothetical ("who will say whatever …", "could say goodbye"): no claim is reported. */
const MODAL = /\b(?:would|could|will|may|might|can|should)\b/i;

/**
 * Does `inner`, whose cue lies inside `outer`'s content, still count as an attribution of its own? Inside what
 * someone said or thought ("The mayor said engineers warned …") only the outer one does; but a stance or an act
 * is not a report of words, so a speaker's plain "said" inside one ("praised the cuts, which he said helped",
 * "rebuked critics who say …") reports its own claim. So does an inverted "…,” said X", whatever it lies in.
 */
export function standsAlone(inner: Attribution, outer: Attribution): boolean {
  const cue = inner.cue;
  const around = outer.cue?.cueClass;
  if (!cue || !inner.speaker || cue.form === 'participle') return false;
  if (!PLAIN_SPEECH.has(cue.lemma) || MODAL.test(cue.text)) return false;
  // "…, said Lee Epstein, who teaches law": an inverted "said X" closes its own quote wherever it stands.
  if (inner.speaker.source.start > cue.span.start) return true;
  return around === 'stance' || around === 'intent';
}
