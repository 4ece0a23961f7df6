/**
 * Cue words read in a sense that attributes nothing: "appeared on Fox News" (showed up, not "seemed"), "270
 * pledged delegates" (an adjective), "voters showed up", "That said, …", "a think tank", "you know, …". Each
 * check looks at a few tokens around the cue only.
 */
import { AUXILIARIES, CUE_WORDS } from '../lexicon/cue-lexicon.js';
import { isHeadline } from './cue-phrases.js';
import { RAISING_VERBS } from '../lexicon/cue-verbs.js';
import { RECIPIENT_WORDS } from '../lexicon/lexicon.js';
import { isPossessiveS } from '../text/tokens.js';
import type { Cue, Token } from '../types.js';
import {
  ADDED_THING_OPENERS,
  ADJECTIVE_OPENERS,
  ADVICE_MODALS,
  AFTER_PLAN_NOUN,
  BEFORE_PLAN_NOUN,
  CALL_ENDS,
  CALL_OBJECTS,
  CALL_PARTICLES,
  FALL_WORDS,
  OFFICE_MODIFIERS,
  OPENINGS,
  PARTICLE_OBJECTS,
  PLACE_PREPOSITIONS,
  RACE_WORDS,
  RELATIVE_VERBS,
  SOUGHT_OFFICES,
  SPLIT_PARTICLES,
  TIME_NOUNS,
} from '../lexicon/cue-reader-words.js';

/**
 * Particles that turn a cue verb into another verb: "voters showed up", "the numbers don't add up", "Trump backed
 * off", "wrote off the state", "knocked out of the race", "pushed the bill through", "seek out donors".
 */
const OTHER_VERB_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['show', new Set(['up', 'off'])],
  ['add', new Set(['up'])],
  ['back', new Set(['off', 'away', 'out', 'down', 'up'])],
  ['write', new Set(['off'])],
  ['knock', new Set(['out'])],
  ['push', new Set(['through', 'ahead'])],
  ['seek', new Set(['out'])],
  ['rip', new Set(['off', 'away', 'up', 'out', 'apart', 'down'])],
  ['compare', new Set(['with', 'to', 'against'])],
]);

const at = (tokens: Token[], i: number): string => tokens[i]?.lower ?? '';

/** "appeared on Fox News", "where he appeared.": appearing somewhere, not seeming. */
function appearingSomewhere(tokens: Token[], cue: Cue): boolean {
  if (cue.lemma !== 'appear' || cue.last !== cue.verb) return false;
  const next = tokens[cue.last + 1];
  if (!next) return true;
  // "It appears, though, that …" still seems: only a full stop ends the physical sense.
  if (!next.word) return next.text === '.' || next.text === ';';
  return PLACE_PREPOSITIONS.has(next.lower);
}

/** "270 pledged delegates": a participle between a number or determiner and its noun is an adjective. */
function participleAdjective(tokens: Token[], cue: Cue): boolean {
  if (cue.first !== cue.verb || cue.last !== cue.verb || cue.form !== 'finite') return false;
  const verb = tokens[cue.verb]!;
  if (!verb.lower.endsWith('ed')) return false;
  const before = tokens[cue.verb - 1];
  const next = tokens[cue.verb + 1];
  if (!before || !next?.word || next.cap) return false;
  const opener = ADJECTIVE_OPENERS.has(before.lower) || /^\d[\d,.]*$/.test(before.text);
  return opener && /s$/.test(next.lower) && !/(?:ss|us)$/.test(next.lower);
}

/** "showed up at the rally", "the figures don't add up", "backed away from the deal", "ripping you off". */
function otherPhrasalVerb(tokens: Token[], cue: Cue): boolean {
  const particles = OTHER_VERB_PARTICLES.get(cue.lemma);
  if (!particles) return false;
  const next = at(tokens, cue.last + 1);
  return (
    particles.has(next) ||
    (PARTICLE_OBJECTS.has(next) &&
      SPLIT_PARTICLES.has(at(tokens, cue.last + 2)) &&
      particles.has(at(tokens, cue.last + 2)))
  );
}

/** "That said, …" opening a sentence: a discourse marker, as "having said that" would be ("a sign that said, …" is not). */
function thatSaid(tokens: Token[], cue: Cue): boolean {
  return (
    cue.first === 1 &&
    at(tokens, 0) === 'that' &&
    at(tokens, cue.verb) === 'said' &&
    at(tokens, cue.last + 1) === ','
  );
}

/** "a think tank": a noun compound. */
function thinkTank(tokens: Token[], cue: Cue): boolean {
  return cue.lemma === 'think' && /^tanks?$/.test(at(tokens, cue.last + 1));
}

/** "You know, the ones who …", "…, you know, we're just …": a filler, not a claim about knowing. */
function youKnowFiller(tokens: Token[], cue: Cue): boolean {
  if (at(tokens, cue.verb) !== 'know' || cue.first !== cue.verb || at(tokens, cue.verb - 1) !== 'you')
    return false;
  return at(tokens, cue.verb + 1) === ',' || tokens[cue.verb + 1]?.text === ')';
}

const MAX_CALLED_NAME = 4;

/** A word of a name, or the full stop of an initial ("Donald J. Trump"). */
function nameToken(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.seg >= 0) return false;
  return t.cap || (t.text === '.' && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? ''));
}

/** "Obama called Ruiz on Monday", "called off the deal": a phone call or another "call", not naming anyone. */
function phoneCall(tokens: Token[], cue: Cue): boolean {
  if (cue.lemma !== 'call' || cue.last !== cue.verb || cue.form === 'passive') return false;
  // In a title-case headline every word looks like a name: "Is Now Calling The Audit A Sham." names, not phones.
  if (tokens[cue.verb]!.cap && isHeadline(tokens)) return false;
  const next = tokens[cue.verb + 1];
  // "calling into question" still casts doubt.
  if (next?.lower === 'into' && /^(?:question|doubt)$/.test(at(tokens, cue.verb + 2))) return false;
  if (!next || CALL_PARTICLES.has(next.lower)) return true;
  // "called to mind" recalls; "called to ban …" demands and stays a cue.
  if (next.lower === 'to') return at(tokens, cue.verb + 2) === 'mind';
  let k = cue.verb + 1;
  if (CALL_OBJECTS.has(next.lower)) k++;
  else while (k <= cue.verb + MAX_CALLED_NAME && nameToken(tokens, k)) k++;
  if (k === cue.verb + 1) return false;
  const after = tokens[k];
  return !after || (after.seg < 0 && CALL_ENDS.has(after.lower));
}

/** "Trade declined 40 percent": a fall, not a refusal ("declined to comment"). */
function declineAsFall(tokens: Token[], cue: Cue): boolean {
  if (cue.lemma !== 'decline') return false;
  const next = at(tokens, cue.last + 1);
  const amount = (i: number) => /^[$\d]/.test(tokens[i]?.text ?? '');
  return FALL_WORDS.has(next) || amount(cue.last + 1) || (next === 'to' && amount(cue.last + 2));
}

/**
 * "Rust Belt states that have suffered", "swing states this week", "the contests this winter": a plural that can
 * be a noun or a verb is the noun when a relative clause or a time phrase follows it instead of an object.
 */
function pluralNoun(tokens: Token[], cue: Cue): boolean {
  const verb = tokens[cue.verb]!;
  if (cue.first !== cue.verb || cue.last !== cue.verb || !verb.lower.endsWith('s')) return false;
  if (!CUE_WORDS.get(verb.lower)?.nounLike) return false;
  const next = at(tokens, cue.verb + 1);
  const then = at(tokens, cue.verb + 2);
  if (next === 'that') return RELATIVE_VERBS.has(then);
  return (next === 'this' || next === 'last' || next === 'next') && TIME_NOUNS.has(then);
}

/**
 * "Do you support the plan?", "What do you think of …?": a question put to the reader. In an interview ("Q: Do
 * you think …?") the question is the interviewer's and stays a cue.
 */
function readerQuestion(tokens: Token[], cue: Cue, interview: boolean): boolean {
  if (interview || at(tokens, cue.first - 1) !== 'you') return false;
  return tokens[tokens.length - 1]?.text === '?';
}

/** "adding to her delegate lead", "only added to the confusion": adding to a sum, not adding a remark ("added to reporters"). */
function addingToSomething(tokens: Token[], cue: Cue): boolean {
  if (cue.lemma !== 'add' || at(tokens, cue.last + 1) !== 'to') return false;
  const after = tokens[cue.last + 2];
  return !!after && after.word && !after.cap && !RECIPIENT_WORDS.has(after.lower);
}

/** How far "to" may follow the thing added: "added a new and rather awkward element to the mix". */
const ADDED_THING_REACH = 10;
const AMOUNT = /^[$\d]/;

/**
 * "The U.S. added 292,000 jobs", "will add a new element to the mix": adding a number or a thing to a set, not a
 * remark. "He added a caveat: …" and "she added the words, …" stay cues (no "to" before the clause ends).
 */
function addingThings(tokens: Token[], cue: Cue): boolean {
  if (cue.lemma !== 'add') return false;
  const first = tokens[cue.last + 1];
  if (!first) return false;
  if (AMOUNT.test(first.text)) return true;
  if (!ADDED_THING_OPENERS.has(first.lower)) return false;
  for (let k = cue.last + 2; k <= cue.last + ADDED_THING_REACH; k++) {
    const t = tokens[k];
    if (!t || t.seg >= 0 || !t.word) return false;
    if (AMOUNT.test(t.text) && k === cue.last + 2) return true;
    // "adding the U.S. must be equally global to match it": a verb before "to" makes the words a clause.
    if (AUXILIARIES.has(t.lower)) return false;
    if (t.lower === 'to') return true;
  }
  return false;
}

/**
 * "Voters should know …", "the Fed should care about …", "Ruiz might want to rethink": what someone ought to do,
 * not what anyone said, thought or wanted.
 */
function oughtTo(tokens: Token[], cue: Cue): boolean {
  // "I should say that …" performs the saying.
  if (at(tokens, cue.first - 1) === 'i') return false;
  for (let k = cue.first; k < cue.verb; k++) {
    const w = at(tokens, k);
    if (w === 'should' || w === 'shouldn') return true;
    if (cue.lemma === 'want' && ADVICE_MODALS.has(w)) return true;
  }
  return false;
}

/**
 * "an economy that seems to reward only the rich", "but that seems out of reach": after a relative or pointing
 * "that" the seeming is the writer's impression of a thing, seldom anyone's reported view.
 */
function seemingThing(tokens: Token[], cue: Cue): boolean {
  return RAISING_VERBS.has(cue.lemma) && at(tokens, cue.first - 1) === 'that';
}

/**
 * "a rally planned for Thursday", "under that plan,", "the new plans “will …”": "plan" as a noun or a participle
 * after its noun. It states an intention before what is planned ("plans to run", "plans a rally").
 */
function planAsNoun(tokens: Token[], cue: Cue): boolean {
  if (cue.lemma !== 'plan') return false;
  const next = tokens[cue.last + 1];
  return !next?.word || AFTER_PLAN_NOUN.has(next.lower) || planAfterVerb(tokens, cue);
}

/** A verb in -ing or -ed before "plans": "accelerating plans to", "scrapped plans to", "heralded plans to". */
const VERB_ENDING = /[a-z]{2}(?:ing|ed)$/;

/** "Officials unveiled plans to …": "plans" as the object of a verb or preposition, so nobody is said to plan. */
function planAfterVerb(tokens: Token[], cue: Cue): boolean {
  if (cue.first !== cue.verb) return false;
  const before = tokens[cue.verb - 1];
  if (!before?.word || before.cap) return false;
  return BEFORE_PLAN_NOUN.has(before.lower) || VERB_ENDING.test(before.lower);
}

/**
 * "Rubio, who is seeking reelection", "would not seek the presidency": seeking an office is running for it, not
 * wanting anything said ("sought to reassure investors" and "sought Republican suggestions" stay cues).
 */
function seekingOffice(tokens: Token[], cue: Cue): boolean {
  if (cue.lemma !== 'seek') return false;
  // Names and party labels may qualify the office: "the Republican nomination", "Obama's seat".
  for (let k = cue.last + 1; k <= cue.last + 4; k++) {
    if (SOUGHT_OFFICES.has(at(tokens, k))) return true;
    if (!OFFICE_MODIFIERS.has(at(tokens, k)) && !isPossessiveS(tokens[k]) && !tokens[k]?.cap) return false;
  }
  return false;
}

const RACE_REACH = 10;

/**
 * "Feingold, who is challenging Sen. Ron Johnson in Wisconsin", "a Republican challenging him in the primary":
 * running against someone for an office. A challenge to do something ("challenged him to a debate") or on an
 * issue ("challenged her on trade") stays a cue.
 */
function electoralChallenge(tokens: Token[], cue: Cue): boolean {
  if (cue.lemma !== 'challenge') return false;
  let k = cue.last + 1;
  if (CALL_OBJECTS.has(at(tokens, k))) k++;
  else while (k <= cue.last + MAX_CALLED_NAME + 1 && nameToken(tokens, k)) k++;
  if (k === cue.last + 1) return false;
  if (at(tokens, k) === 'in' || at(tokens, k) === 'for') {
    if (tokens[k + 1]?.cap) return true;
  }
  for (let j = k; j <= cue.last + RACE_REACH && j < tokens.length; j++) {
    const w = at(tokens, j);
    if (w === 'to' || w === 'on' || w === 'over' || w === '.' || w === ';') return false;
    if (RACE_WORDS.has(w)) return true;
  }
  return false;
}

/** Words between "offer" and the opening: "offered a unique opportunity", "offers Sanders a platform". */
const OPENING_REACH = 4;

/**
 * "The email dump offered a window into …", "This race offers an opportunity for …": "offer" gives a view or a
 * chance, not an opinion ("offered a defense of the bill" stays a cue).
 */
function offeredOpening(tokens: Token[], cue: Cue): boolean {
  if (cue.lemma !== 'offer') return false;
  for (let k = cue.last + 1; k <= cue.last + OPENING_REACH; k++) {
    const t = tokens[k];
    if (!t?.word) return false;
    if (OPENINGS.has(t.lower)) return true;
  }
  return false;
}

const CHECKS = [
  appearingSomewhere,
  participleAdjective,
  otherPhrasalVerb,
  thatSaid,
  thinkTank,
  youKnowFiller,
  phoneCall,
  declineAsFall,
  pluralNoun,
  addingToSomething,
  addingThings,
  oughtTo,
  planAsNoun,
  seekingOffice,
  electoralChallenge,
  offeredOpening,
  seemingThing,
];

/** Is the cue word used here in a sense that attributes nothing? `interview`: the paragraph is a Q&A line. */
export function otherSense(tokens: Token[], cue: Cue, interview = false): boolean {
  return readerQuestion(tokens, cue, interview) || CHECKS.some((check) => check(tokens, cue));
}
