/**
 * What a single word looks like as part of a name: a given name, an initial, an all-capitals
 * abbreviation, a connector. Pure predicates on one token, no context.
 */
import {
  EAST_ASIAN_FAMILY_NAMES,
  GIVEN_NAMES,
  HONORIFICS,
  HYPHEN_TAILS,
  NAME_PARTICLES,
  ORG_CONNECTORS,
  PLACE_NAMES,
} from '../name-lexicon.js';
import type { NameToken } from '../name-tokens.js';

/** Capitalised words read as one run at most (a guard on long title-case stretches). */
export const MAX_RUN = 14;
/** A person's name has at most this many words. */
export const MAX_NAME_WORDS = 4;

// Abbreviated titles that end in a dot inside a name ("Lt. Col. Alexander Vindman").
const ABBREVIATED_TITLES = new Set(['lt', 'col', 'gen', 'sen', 'rep', 'gov', 'capt', 'sgt', 'adm', 'st']);

/** A sentence-opening verb or adverb form ("Ousted WeWork …", "Speaking Monday"): not a name's first word. */
export function inflectedOpener(t: NameToken): boolean {
  return t.opensSentence && /(?:ed|ing|ly)$/.test(t.lower) && !GIVEN_NAMES.has(t.lower);
}

/** A word that can be a name on its own: two letters or more, not "Braun-owned", not a place. */
export function nameLike(t: NameToken): boolean {
  // A word with digits is a code, not a name ("LCOc1").
  if (t.text.length < 2 || PLACE_NAMES.has(t.lower) || /\p{N}/u.test(t.text)) return false;
  if (syllableName(t.text)) return true;
  const parts = t.text.split('-');
  return parts.every((p) => /^\p{Lu}/u.test(p) || NAME_PARTICLES.has(p));
}

/** An East Asian given name of two short syllables, the second in lower case: "Jong-un", "Jae-in", "Hau-yip". */
function syllableName(text: string): boolean {
  const m = /^\p{Lu}\p{Ll}{1,3}-(\p{Ll}{2,3})$/u.exec(text);
  return m !== null && !HYPHEN_TAILS.has(m[1]!);
}

/** A lower-case word that joins the parts of a name ("of", "bin", "al"). */
export function isConnector(t: NameToken): boolean {
  return ORG_CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower);
}

/** A word whose following dot does not end the sentence: an initial or an abbreviated title. */
export function isInitial(t: NameToken): boolean {
  return /^\p{Lu}$/u.test(t.text) || HONORIFICS.has(t.lower) || ABBREVIATED_TITLES.has(t.lower);
}

/** A known given name, also as the first part of a hyphenated one ("Eva-Marie"). */
export function isGivenName(t: NameToken): boolean {
  return GIVEN_NAMES.has(t.lower) || GIVEN_NAMES.has(t.lower.split('-')[0]!);
}

/** Two letters or more, all capitals: an abbreviation ("NSC", "OCHA"). */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

// One pinyin syllable: an optional initial, then a final ("xiao", "ming", "jian", "xiong").
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)';
const PINYIN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`);

/**
 * The word of a person's name (lower case) that stands alone for them: the last, or the first when
 * it is a Chinese or Korean family name and a given name in pinyin or syllables follows ("Liu" for
 * "Liu Xiaming", "Kim" for "Kim Jong-un"; "Kim Kardashian" keeps "Kardashian").
 */
export function surnameOf(words: readonly string[]): string {
  const last = words[words.length - 1]!;
  if (words.length === 2 && EAST_ASIAN_FAMILY_NAMES.has(words[0]!)) {
    const given = last.replace(/[-']/g, '');
    if (PINYIN_NAME.test(given) || /^\p{Ll}{1,4}-\p{Ll}{2,3}$/u.test(last)) return words[0]!;
  }
  return last;
}
