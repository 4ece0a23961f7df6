import type { Attribution } from '../types.js';
import { NESTED_SPEECH_SUBORDINATORS } from '../lexicon/clause-words.js';
import { PLAIN_SPEECH } from '../lexicon/text-words.js';

/** The last word before an offset (within a short window). */
const LAST_WORD = /([\p{L}']+)\W*$/u;
/** "as many as 40 percent": "as" is a quantifier there, not a conjunction. */
const AS_MANY = /\bas\s+(?:many|much|few|little)\s+as\s*$|\bas\s+(?:many|much|few|little)\s*$/i;
/** A modal makes the saying hypothetical ("who will say whatever …", "could say goodbye"): no claim is reported. */
const MODAL = /\b(?:would|could|will|may|might|can|should)\b/i;
/** Characters past a stance or thought cue beyond which a speech cue no longer reads as its complement. */
const FAR = 30;
/** Characters past a speech cue beyond which its content has usually run on past the words reported. */
const RUN_ON = 100;
const WHAT_BEFORE = /\bwhat\s+$/i;

/**
 * Does `inner`, whose cue lies inside `outer`'s content, still count as an attribution of its own? Inside what
 * someone said or thought ("The mayor said engineers warned …") only the outer one does; but a stance or an act
 * is not a report of words, so a speaker's plain "said" inside one ("praised the cuts, which he said helped",
 * "rebuked critics who say …") reports its own claim. So does an inverted "…,” said X", whatever it lies in, a
 * saying in the writer's own "though"/"while"/"after"/"as" clause ("…, though she noted …"), a speech cue with its
 * own subject far into what someone said, a stance far inside what a stance is about, and an "according to" adjunct.
 */
export function standsAlone(text: string, inner: Attribution, outer: Attribution): boolean {
  const cue = inner.cue;
  const around = outer.cue?.cueClass;
  if (!cue || cue.form === 'participle') return false;
  // "…, according to the agency": the adjunct names the source of its own clause.
  if (cue.form === 'according') return cue.lemma === 'according to';
  if (!inner.speaker || MODAL.test(cue.text)) return false;
  const source = inner.speaker.source;
  // Far from a stance or thought cue another cue is no complement of it ("hopes to announce") but heads a clause
  // of its own ("defended the levy that critics in the capital have described as …").
  const gap = cue.span.start - (outer.cue?.span.end ?? cue.span.start);
  const far = gap >= FAR;
  if (cue.cueClass !== 'speech') {
    // A stance's content is a thing, not a claim: a far clause in it takes its own stance ("praised the union,
    // which has since endorsed her").
    const taken = cue.cueClass === 'stance' || cue.cueClass === 'intent';
    return around === 'stance' && taken && cue.form !== 'nominal' && far;
  }
  // "…, said Lee Epstein, who teaches law": an inverted "said X" closes its own quote wherever it stands.
  if (PLAIN_SPEECH.has(cue.lemma) && source.start > cue.span.start) return true;
  if (PLAIN_SPEECH.has(cue.lemma) && afterSubordinator(text, source.start)) return true;
  // A speech cue with its own subject a long way into what someone said ("…, though she noted …") is seldom
  // still part of that claim: the outer content has run on into a clause of the writer's.
  if (around === 'speech' && cue.form !== 'nominal' && gap >= RUN_ON) return true;
  if (around === 'speech' || around === 'evidence' || !around) return false;
  if (PLAIN_SPEECH.has(cue.lemma) && around !== 'thought') return true;
  // "protests against what they call …" names a thing rather than reporting a claim.
  if (cue.form === 'nominal' || WHAT_BEFORE.test(text.slice(Math.max(0, source.start - 6), source.start)))
    return false;
  return far;
}

/** Does a subordinating conjunction ("though", "while", "after") stand just before the speaker phrase at `start`? */
function afterSubordinator(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const word = LAST_WORD.exec(before)?.[1]?.toLowerCase();
  if (!word || !NESTED_SPEECH_SUBORDINATORS.has(word)) return false;
  return word !== 'as' || !AS_MANY.test(before);
}
