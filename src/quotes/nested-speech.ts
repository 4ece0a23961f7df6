import type { Attribution } from './types.js';

/** The plainest verbs of saying: a named speaker's "said" is a claim of its own wherever it stands. */
const PLAIN_SPEECH = new Set(['say', 'tell', 'ask', 'add', 'note', 'write', 'report']);
/**
 * A conjunction that opens a clause of the writer's own ("…, though she noted …", "…, after half said so"): the
 * saying after it is not part of what the outer speaker said or did.
 */
const SUBORDINATORS = new Set(['though', 'although', 'while', 'whereas', 'after', 'as']);
/** The last word before an offset (within a short window). */
const LAST_WORD = /([\p{L}']+)\W*$/u;
/** "as many as 40 percent": "as" is a quantifier there, not a conjunction. */
const AS_MANY = /\bas\s+(?:many|much|few|little)\s+as\s*$|\bas\s+(?:many|much|few|little)\s*$/i;
/** A modal makes the saying hypothetical ("who will say whatever …", "could say goodbye"): no claim is reported. */
const MODAL = /\b(?:would|could|will|may|might|can|should)\b/i;

/**
 * Does `inner`, whose cue lies inside `outer`'s content, still count as an attribution of its own? Inside what
 * someone said or thought ("The mayor said engineers warned …") only the outer one does; but a stance or an act
 * is not a report of words, so a speaker's plain "said" inside one ("praised the cuts, which he said helped",
 * "rebuked critics who say …") reports its own claim. So does an inverted "…,” said X", whatever it lies in, and a
 * saying in the writer's own "though"/"while"/"after"/"as" clause ("…, though she noted …").
 */
export function standsAlone(text: string, inner: Attribution, outer: Attribution): boolean {
  const cue = inner.cue;
  const around = outer.cue?.cueClass;
  if (!cue || !inner.speaker || cue.form === 'participle') return false;
  if (!PLAIN_SPEECH.has(cue.lemma) || MODAL.test(cue.text)) return false;
  // "…, said Lee Epstein, who teaches law": an inverted "said X" closes its own quote wherever it stands.
  if (inner.speaker.source.start > cue.span.start) return true;
  if (afterSubordinator(text, inner.speaker.source.start)) return true;
  return around === 'stance' || around === 'intent';
}

/** Does a subordinating conjunction ("though", "while", "after") stand just before the speaker phrase at `start`? */
function afterSubordinator(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const word = LAST_WORD.exec(before)?.[1]?.toLowerCase();
  if (!word || !SUBORDINATORS.has(word)) return false;
  return word !== 'as' || !AS_MANY.test(before);
}
