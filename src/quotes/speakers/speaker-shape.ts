/**
 * Whether a resolved speaker reads as someone a reader can be told about: a name, a role with its organisation,
 * an organisation, an outlet or a described group. Pronouns left unresolved, bare quantifiers ("most"), verb
 * phrases ("is seeking", "owns most of her music"), fragments cut from a longer phrase ("of Public Prosecution
 * Eva-Marie Persson") and names trailing a circumstance ("Meridian Wire by telephone") are not.
 */
import { AUXILIARIES } from '../lexicon/cue-lexicon.js';
import {
  CLAUSE_ADVERBS,
  CONNECTIVES,
  DETERMINERS,
  EVER_WORDS,
  IRREGULAR_PARTICIPLES,
  NP_MODIFIERS,
  NP_PREPOSITIONS,
  PERSONAL_PRONOUNS,
  PERSONAL_SUBJECTS,
  POSSESSIVES,
  PREPOSITIONS,
  RELATIVES,
  SETTING_NAMES,
  SETTING_PREPOSITIONS,
  TITLES,
  VERB_PARTICLES,
} from '../lexicon/lexicon.js';
import { TIME_PHRASE_OPENERS } from '../lexicon/clause-words.js';

/** Words no speaker phrase opens with: prepositions, conjunctions, relatives. */
const OPENS_NO_SPEAKER = new Set([
  ...NP_PREPOSITIONS,
  ...SETTING_PREPOSITIONS,
  ...PREPOSITIONS,
  ...RELATIVES,
  ...CONNECTIVES,
  ...EVER_WORDS,
  'once',
]);
/** Words no speaker phrase ends with: a conjunction or an adverb means the finder cut a clause short. */
const ENDS_NO_SPEAKER = new Set([...CONNECTIVES, ...CLAUSE_ADVERBS]);

/** What a speaker string is, as far as its words show. */
export type SpeakerShape = 'name' | 'described' | 'pronoun' | 'quantifier' | 'fragment' | 'verb-phrase';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const capitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
/** Longer than this, a "speaker" is a clause the source finder ran over, not a name or a role. */
const MAX_WORDS = 10;

/**
 * Shapes already read, by speaker string: the confidence asks twice for each attribution, and the same speakers
 * come back through an article and across articles. Emptied when full, so a long run keeps it bounded.
 */
const shapes = new Map<string, SpeakerShape>();
const MAX_SHAPES = 20_000;

/** The shape of a speaker as it would be shown; null or empty speakers are fragments. */
export function speakerShape(speaker: string | null): SpeakerShape {
  if (speaker === null) return 'fragment';
  let shape = shapes.get(speaker);
  if (shape === undefined) {
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shape = shapeOf(speaker);
    shapes.set(speaker, shape);
  }
  return shape;
}

function shapeOf(speaker: string): SpeakerShape {
  const words = speaker.match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_WORDS) return 'fragment';
  const lower = words.map((w) => w.toLowerCase());
  const first = lower[0]!;
  if (words.length === 1 && PERSONAL_PRONOUNS.has(first)) return 'pronoun';
  // "Should I", "Is": an auxiliary opens a question or a heading; "May" and "Will" also name people ("Will Moy").
  const second = words[1];
  if (
    AUXILIARIES.has(first) &&
    first !== 'may' &&
    first !== 'will' &&
    (second === undefined || !capitalised(second) || PERSONAL_PRONOUNS.has(second.toLowerCase()))
  )
    return 'verb-phrase';
  // "964", "28 people", "000 adults" (a figure cut at its comma), "No one": a count, not someone.
  if (/^[\d.,]+$/.test(words[0]!) || first === 'no' || first === 'nobody' || first === 'none')
    return 'quantifier';
  // "E", "I instead", "He said his predecessor", "You’ll watch for…": a letter, or a clause opening with its subject.
  if (words.length === 1 && /^\p{L}$/u.test(first)) return 'fragment';
  // ("He Jianxiong" is a name: a capital after the pronoun.)
  if (words.length > 1 && /['’]/.test(first) && PERSONAL_SUBJECTS.has(first.replace(/['’].*$/, '')))
    return 'fragment';
  if (words.length > 1 && PERSONAL_SUBJECTS.has(first) && !capitalised(words[1]!)) return 'fragment';
  if (ENDS_NO_SPEAKER.has(lower[lower.length - 1]!)) return 'fragment';
  // "South Dakota Gov.": a title whose name the finder left behind.
  if (words.length > 1 && TITLES.has(lower[lower.length - 1]!.replace(/\.$/, '')) && /\.$/.test(speaker))
    return 'fragment';
  if (words.length === 1 && DETERMINERS.has(first)) return 'quantifier';
  // "most of them", "some of us": a part of a group the text never names.
  if (words.length === 3 && DETERMINERS.has(first) && lower[1] === 'of' && PERSONAL_PRONOUNS.has(lower[2]!))
    return 'quantifier';
  // A share of a group, as polls report it: "Fifty-one percent", "44 percent of Americans".
  if (lower.some((w) => w === 'percent' || w === '%') || (lower.includes('per') && lower.includes('cent')))
    return 'quantifier';
  // "of Public Prosecution …", "In a March 2016 meeting …", "Unlike Patriot", "which advocates": cut from a clause.
  if (OPENS_NO_SPEAKER.has(first)) return 'fragment';
  if (/^(?:it|that|there|this)['’]s$/.test(first)) return 'fragment';
  if (!capitalised(words[0]!)) {
    if (AUXILIARIES.has(first) || IRREGULAR_PARTICIPLES.has(first)) return 'verb-phrase';
    if (CLAUSE_ADVERBS.has(first)) return 'fragment';
    // "holds up": a verb and its particle.
    if (/s$/.test(first) && VERB_PARTICLES.has(lower[1] ?? '')) return 'verb-phrase';
    // "ruled", "taking additional steps", "owns most of her music": a predicate; "elected officials" is not.
    if (/(?:ed|ing)$/.test(first) && !NP_MODIFIERS.has(first) && !capitalised(words[1] ?? ''))
      return 'verb-phrase';
    if (/s$/.test(first) && (DETERMINERS.has(lower[1] ?? '') || PERSONAL_PRONOUNS.has(lower[1] ?? '')))
      return 'verb-phrase';
  }
  if (lower.some((w, i) => i > 0 && (AUXILIARIES.has(w) || CLAUSE_ADVERBS.has(w)) && !capitalised(words[i]!)))
    return 'verb-phrase';
  if (finiteVerbInside(words, lower)) return 'verb-phrase';
  // A name, then a past-tense verb and "to": "Machado promised to continue".
  for (let i = 1; i + 1 < words.length; i++)
    if (capitalised(words[i - 1]!) && /^[a-z]+ed$/.test(words[i]!) && lower[i + 1] === 'to')
      return 'verb-phrase';
  // A name followed by a lower-case circumstance: "Meridian Wire by telephone", "Kaplan in an interview".
  // A day or a month is a time, not part of a name: "Alden on Tuesday"; "as" opens a circumstance too: "UEFA as part of".
  const named = (j: number) => capitalised(words[j]!) && !SETTING_NAMES.has(lower[j]!);
  for (let i = 1; i < words.length; i++) {
    const w = lower[i]!;
    if (capitalised(words[i]!) || !(SETTING_PREPOSITIONS.has(w) || w === 'by' || w === 'as')) continue;
    if (words.slice(0, i).some(capitalised) && !words.slice(i + 1).some((_, j) => named(i + 1 + j)))
      return 'fragment';
  }
  // One lower-case singular word names no one: "estimate", "report" (a plural group such as "analysts" may).
  if (words.length === 1 && !capitalised(words[0]!) && !/[^su]s$/.test(first)) return 'fragment';
  return words.some(capitalised) ? 'name' : 'described';
}

/**
 * A past tense after the subject: "Police released dramatic video", "No one bothered", "friends wanted some". The
 * same form is a modifier after a determiner ("a retired general"), a manner adverb ("a recently hired aide") or a
 * relative ("the scientists who discovered it", "the experts I interviewed"), and a participle when a preposition
 * or a time follows ("a person briefed on the talks", "a poll released last week", "the report released Friday").
 */
function finiteVerbInside(words: readonly string[], lower: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const w = lower[i]!;
    if (capitalised(words[i]!) || !/^[a-z]+[a-z]{2}ed$/.test(w) || NP_MODIFIERS.has(w)) continue;
    const before = lower[i - 1]!;
    if (DETERMINERS.has(before) || POSSESSIVES.has(before) || /(?:ly|['’]s?)$/.test(before)) continue;
    if (lower.slice(0, i).some((x) => RELATIVES.has(x))) continue;
    // "all the experts I interviewed": a clause about the noun, its subject a pronoun.
    if (PERSONAL_SUBJECTS.has(before)) continue;
    // "a poll released last week", "the report released Friday": a participle and its time.
    const after = lower[i + 1];
    if (
      after !== undefined &&
      (PREPOSITIONS.has(after) || TIME_PHRASE_OPENERS.has(after) || capitalised(words[i + 1]!))
    )
      continue;
    return true;
  }
  return false;
}

/** True when the speaker can be shown to a reader. */
export function readableSpeaker(speaker: string | null): boolean {
  const shape = speakerShape(speaker);
  return shape === 'name' || shape === 'described';
}
