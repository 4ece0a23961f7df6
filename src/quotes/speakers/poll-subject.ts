/**
 * Poll results as attributions: "19 percent of students polled support Clinton", "a majority of Republicans
 * support deportation", "Men under 35 support Sanders by 4 points". The surveyed group is the source and the
 * stance verb the cue. Such a subject makes "support", "back" or "favor" a verb whatever follows it ("support
 * temporarily banning …", "support background checks"), so the object checks that keep the noun out do not apply.
 */
import { AUXILIARIES, type CueWord } from '../lexicon/cue-lexicon.js';
import { POLLED } from '../lexicon/lexicon.js';
import type { Token } from '../types.js';
import { POLL_PHRASE_ENDS } from '../lexicon/clause-words.js';
import { POLL_PHRASE_MARKS } from '../lexicon/marks.js';
import {
  AGE_WORDS,
  NO_OBJECT,
  NUMERALS,
  POLL_CLASSES,
  POLL_GROUPS,
  SHARES,
} from '../lexicon/speaker-words.js';

/** The longest subject phrase looked through, in tokens, from the verb back ("About two-thirds of … Tuesday"). */
const MAX_SUBJECT = 16;
/** "two-thirds", "three-quarters": a hyphenated fraction is one token. */
const FRACTION = /-(?:thirds?|quarters?|fifths?|tenths?)$/;

/**
 * Is the verb group `first`..`last` a poll result: a stance or view of a surveyed group, with an object after it?
 * "whom voters back in primaries", "what Democrats view as …": with no object after it the verb's object was
 * fronted, or the word is a noun ("support among women"); "support at least …" still has one.
 */
export function pollStance(entry: CueWord, tokens: readonly Token[], first: number, last: number): boolean {
  return POLL_CLASSES.has(entry.cueClass) && pollAnswer(tokens, first, last, true);
}

/**
 * Is the cue group `first`..`last` the answer of a surveyed group, with an object after it? A bare group noun
 * counts only when `groups` is set: "Millennials support …" is a poll result, "women pushing …" is not.
 */
export function pollAnswer(tokens: readonly Token[], first: number, last: number, groups = false): boolean {
  const next = tokens[last + 1];
  if (!next || next.seg >= 0 || !next.word) return false;
  if (NO_OBJECT.has(next.lower) && !(next.lower === 'at' && tokens[last + 2]?.lower === 'least'))
    return false;
  return pollSubject(tokens, first, groups);
}

/** Does the subject ending right before token `first` name a surveyed group or a share of one? */
export function pollSubject(tokens: readonly Token[], first: number, groups = true): boolean {
  const end = first - 1;
  const last = tokens[end];
  if (!last || last.seg >= 0) return false;
  if (last.word && POLLED.has(last.lower)) return true;
  if (groups && groupHead(tokens, end)) return true;
  for (let k = end; k >= 0 && end - k < MAX_SUBJECT; k--) {
    const t = tokens[k]!;
    if (t.seg >= 0 || (!t.word && !POLL_PHRASE_MARKS.has(t.text))) return false;
    if (t.text === '%' || SHARES.has(t.lower) || FRACTION.test(t.lower) || inTen(tokens, k)) {
      // "with 38 percent support", "His 32% support gives …": a bare share right before the word is the noun's
      // measure; a share of a named group ("40 percent of voters") is a subject.
      return k < end;
    }
    if (!t.cap && (POLL_PHRASE_ENDS.has(t.lower) || AUXILIARIES.has(t.lower))) return false;
  }
  return false;
}

/** "6 in 10", "three in four": a share written as a ratio (token k is the "in"). */
function inTen(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  if (w !== 'in' && w !== 'of') return false;
  const a = tokens[k - 1];
  const b = tokens[k + 1];
  return !!a && !!b && numeral(a) && /^(?:10|ten|four|five|three)$/.test(b.lower);
}

function numeral(t: Token): boolean {
  return /^\d+$/.test(t.text) || NUMERALS.has(t.lower);
}

/** Is the word at `end` (or before an age phrase ending there) a bare poll group? */
function groupHead(tokens: readonly Token[], end: number): boolean {
  let k = end;
  // "Men under 35", "adults aged 18 to 29": step back over the age phrase to the group noun.
  while (k > 0 && end - k < 5 && (/^\d+$/.test(tokens[k]!.text) || AGE_WORDS.has(tokens[k]!.lower))) k--;
  if (k < end && !AGE_WORDS.has(tokens[k + 1]!.lower)) return false;
  return tokens[k]!.seg < 0 && POLL_GROUPS.has(tokens[k]!.lower);
}
