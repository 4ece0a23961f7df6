/**
 * Idiomatic multi-word cues: a light verb with the fixed noun and preposition that make it an attribution
 * ("took aim at", "made no secret of", "threw her support behind") and verb + particle + preposition idioms
 * ("went after", "came out against"). Annotators draw the whole idiom as the cue, with its auxiliaries. Each
 * row was counted on PolNeAR train (gold cue equal to our cue over all our matches) and kept when right more
 * often than not.
 */

import { verbForms } from './cue-lexicon.js';

/**
 * Slot words: a determiner or quantifier before the idiom's noun, a possessive, a reflexive pronoun, and a
 * degree adverb before an adjective ("was sharply critical of").
 */
const SLOTS: Readonly<Record<string, string>> = {
  DET: 'a an the some another several multiple repeated more few',
  POSS: 'his her their its my our your',
  REFL: 'himself herself themselves itself myself ourselves yourself',
  DEGREE: 'also very so too more most less least even still quite deeply highly sharply openly harshly',
};

/**
 * The idioms as data: [verb lemma, the words after it, the lexicon lemma whose class the cue takes]. Words are
 * separated by spaces; "a|b" is a choice, a trailing "?" marks a word that may be left out, and DET, POSS,
 * REFL and DEGREE stand for the word classes above.
 */
const IDIOM_ROWS: readonly (readonly [string, string, string])[] = [
  // Criticism as an attack: "took aim at", "took a swipe at", "took issue with", "went after".
  ['take', 'aim at', 'criticize'],
  ['take', 'issue with', 'criticize'],
  ['take', 'exception to', 'criticize'],
  ['take', 'DET? shot|shots|swipe|swipes|jab|jabs|dig|digs|potshot|potshots at', 'criticize'],
  // Saying by not saying: "made no secret of", "made no mention of", "makes no apologies for".
  ['make', 'no secret|mention of', 'mention'],
  ['make', 'no apologies|apology for', 'defend'],
  // Taking a side: "came out against", "threw his support behind", "cast their votes for".
  ['come', 'out against', 'oppose'],
  ['come', 'out in favor|favour|support of', 'support'],
  ['throw', 'POSS full? support|weight behind', 'support'],
  ['vote', 'in favor|favour of', 'vote'],
  ['cast', 'DET|POSS? vote|votes|ballot|ballots for|against', 'vote'],
  ['distance', 'REFL from', 'reject'],
  ['take', 'credit for', 'claim'],
  // Speaking with a stance: "spoke highly of", "speaks favorably about".
  // Dismissing and resisting: "shrugged off", "balked at" (the particle makes the verb a cue).
  ['shrug', 'off', 'dismiss'],
  ['balk', 'at', 'oppose'],
  // A copula and an adjective of stance: "was sharply critical of", "has been supportive of".
  ['be', 'DEGREE? critical|dismissive|contemptuous|scornful|wary of', 'criticize'],
  ['be', 'DEGREE? supportive|appreciative|fond of', 'support'],
  // A copula and an adjective of attitude towards what follows: "is eager to …", "was adamant that …", "are
  // wary of …". The preposition joins the cue when there is one; "to" and "that" open the content.
  ['be', 'not|never? DEGREE? eager', 'want'],
  ['be', 'not|never? DEGREE? convinced|hopeful|upbeat about|of?', 'believe'],
  ['be', 'not|never? DEGREE? adamant', 'insist'],
  ['be', 'not|never? DEGREE? wary', 'fear'],
  ['be', 'not|never? DEGREE? skeptical|sceptical about|of?', 'doubt'],
  ['be', 'not|never? DEGREE? upset', 'complain'],
  ['be', 'not|never? DEGREE? concerned|nervous|anxious about?', 'fear'],
  ['be', 'not|never? DEGREE? angry|furious|outraged|disappointed at|about|over|with|by?', 'complain'],
  ['be', 'not|never? DEGREE? optimistic|pessimistic about?', 'believe'],
  ['be', 'DEGREE? proud of', 'praise'],
  // Arguing as a light verb: "made the case for …", "will make the case that …" ("that" opens the content).
  ['make', 'DET? case for|against?', 'argue'],
  ['speak', 'highly|favorably|favourably|glowingly|warmly|fondly of|about', 'praise'],
];

interface Idiom {
  slots: readonly (readonly string[])[];
  optional: readonly boolean[];
  lemma: string;
}

/** The idioms' copula: "be" is the one verb whose forms the cue lexicon does not build. */
const BE = "be is are was were been being am 're ’re".split(' ');

/** Every form of an idiom's verb ("take" → took, taken; "distance" → distanced, distancing). */
const idiomVerbForms = (lemma: string): string[] => (lemma === 'be' ? BE : verbForms(lemma));

function parseSlot(word: string): readonly string[] {
  return word
    .replace(/\?$/, '')
    .split('|')
    .flatMap((w) => (SLOTS[w] ? SLOTS[w]!.split(' ') : [w]));
}

function buildIdioms(): Map<string, Idiom[]> {
  const byForm = new Map<string, Idiom[]>();
  for (const [verb, rest, lemma] of IDIOM_ROWS) {
    const words = rest.split(' ');
    const idiom = { slots: words.map(parseSlot), optional: words.map((w) => w.endsWith('?')), lemma };
    for (const form of idiomVerbForms(verb)) byForm.set(form, [...(byForm.get(form) ?? []), idiom]);
  }
  return byForm;
}

/** Verb form (lower case) → the idioms it can open. */
const IDIOMS = buildIdioms();

/** The idiom's words over lower-case words from `at`: the index of its last word, or -1 when they do not match. */
function matchSlots(words: readonly (string | null)[], at: number, idiom: Idiom): number {
  let k = at;
  for (let s = 0; s < idiom.slots.length; s++) {
    const w = words[k];
    if (w !== null && w !== undefined && idiom.slots[s]!.includes(w)) k++;
    else if (!idiom.optional[s]) return -1;
  }
  return k - 1;
}

/** Does this lower-case word open an idiom? */
export const opensIdiom = (verb: string): boolean => IDIOMS.has(verb);

/** The lower-case words that open an idiom. */
export const IDIOM_OPENERS: ReadonlySet<string> = new Set(IDIOMS.keys());

/**
 * The idiom a verb form opens, given the lower-case words after it (null for anything outside the clause's
 * plain words): its last word's offset in `after` and the lexicon lemma that gives its class.
 */
export function idiomAfter(
  verb: string,
  after: readonly (string | null)[],
): { last: number; lemma: string } | null {
  for (const idiom of IDIOMS.get(verb) ?? []) {
    const last = matchSlots(after, 0, idiom);
    if (last >= 0) return { last, lemma: idiom.lemma };
  }
  return null;
}
