/**
 * Cues in title-case headlines ("Mayor Just Announced …", "Council Members Call For …"). Every word is
 * capitalised, so case cannot tell a verb from a name; the word's form and its neighbours must.
 */
import { AUXILIARIES, BE_FORMS, CUE_WORDS, type CueWord } from '../lexicon/cue-lexicon.js';
import { makeCue } from './cue-phrases.js';
import { DETERMINERS, HEADLINE_PARTICLES, NEGATIONS } from '../lexicon/lexicon.js';
import type { Cue, Token } from '../types.js';
import { MODALS } from '../lexicon/verb-group-words.js';
import { HAVE_FORMS, HEADLINE_ADVERBS, NOT_SUBJECT_END } from '../lexicon/cue-reader-words.js';

const MAX_GROUP = 4;

/**
 * The cue for a capitalised cue word at i in a title-case headline, or null. A lone -s or -ed form is a verb
 * ("County Says …"); a word that is often a noun ("Calls", "Claims") needs a name before it and an object
 * after it; a plain base form needs a plural subject ("Polls Show …"). Adverbs, negations and auxiliaries
 * before the verb join the cue ("May Not Have Suggested", "Just Announced").
 */
export function headlineCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const entry = CUE_WORDS.get(t.lower);
  if (!entry || entry.quoteOnly || i === 0) return null;
  const group = verbGroup(tokens, i);
  if (group.first === 0) return null;
  const aux = group.aux ? tokens[group.aux]!.lower : null;
  const particle = particleAfter(tokens, i, entry);
  // "Are Going Viral": "go" attributes only with its particle ("Goes On To Say").
  if (entry.particleOnly && particle === null && entry.lemma === 'go') return null;
  const last = particle ?? i;
  let ok = false;
  if (aux === null) ok = bareHeadlineVerb(tokens, i, group.first, last, entry);
  else if (MODALS.has(aux)) ok = entry.forms.has('base');
  else if (HAVE_FORMS.has(aux))
    ok = entry.forms.has('participle') && /(?:ed|en|id|ld|wn|ht|ad|ne)$/.test(t.lower);
  else if (BE_FORMS.has(aux)) ok = entry.forms.has('ing') && t.lower.endsWith('ing');
  if (!ok) return null;
  return makeCue(text, tokens, { verb: i, first: group.first, last }, 'finite', entry.lemma, entry);
}

/** Walk back from the verb over capitalised adverbs, negations and auxiliaries: the start of the verb group. */
function verbGroup(tokens: Token[], i: number): { first: number; aux: number | null } {
  let first = i;
  let aux: number | null = null;
  for (let j = i - 1; j >= 0 && i - j <= MAX_GROUP; j--) {
    const p = tokens[j]!;
    if (p.seg >= 0) break;
    if (HEADLINE_ADVERBS.has(p.lower) || NEGATIONS.has(p.lower)) {
      first = j;
      continue;
    }
    // A clitic ("You’re", "She’s") is left out: it rarely heads a headline's verb group.
    if (AUXILIARIES.has(p.lower) && !/^['’]/.test(p.text)) {
      aux ??= j;
      first = j;
      continue;
    }
    break;
  }
  // A group that is all adverbs with no verb before them still needs a subject: "Just" cannot open a headline.
  return { first, aux };
}

/** The particle the verb takes right after it ("Calls For", "Talks About"), or null. */
function particleAfter(tokens: Token[], i: number, entry: CueWord): number | null {
  const next = tokens[i + 1];
  return next && next.seg < 0 && entry.particles.includes(next.lower) ? i + 1 : null;
}

/** A verb with no auxiliary: an -s or -ed form, or a noun-like or base form between a subject and an object. */
function bareHeadlineVerb(tokens: Token[], i: number, first: number, last: number, entry: CueWord): boolean {
  const t = tokens[i]!;
  // A past form that is not also a base form ("Said", "Wrote", "Warned"; not "Read" or "Hit").
  const past = entry.forms.has('past') && !entry.forms.has('base');
  const finite = (entry.forms.has('s') && t.lower.endsWith('s')) || past;
  if (finite && !entry.nounLike) return true;
  const before = tokens[first - 1]!;
  if (!subjectEnd(before)) return false;
  if (finite) return objectStart(tokens, last + 1, last > i, entry);
  if (entry.forms.has('base')) return pluralName(before) && objectStart(tokens, last + 1, last > i, entry);
  return false;
}

/** Can this token end a headline's subject (a capitalised name or noun, not a function word)? */
function subjectEnd(t: Token): boolean {
  // "‘Harbor Weekly’ Just Announced": a quoted title ends the subject at its closing mark.
  if (t.mark === 'close') return true;
  return t.seg < 0 && t.word && t.cap && !NOT_SUBJECT_END.has(t.lower) && !AUXILIARIES.has(t.lower);
}

/** A capitalised plural noun ("Polls", "Democrats"), not a singular in -ss, -us or -is. */
function pluralName(t: Token): boolean {
  return /[^sui]s$/.test(t.lower) && t.text !== t.text.toUpperCase();
}

/** Does an object start at k (a capitalised word that is not a bare preposition, "To", "That" or a quote)? */
function objectStart(tokens: Token[], k: number, afterParticle: boolean, entry: CueWord): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.seg >= 0) return t.mark === 'open';
  if (!t.word) return t.text === ':';
  if (afterParticle) return true;
  // "Attacks Highlight …", "Reports Reveal …": a verb right after makes this word its subject noun.
  if (CUE_WORDS.get(t.lower)?.forms.has('base') || AUXILIARIES.has(t.lower)) return false;
  // "Votes To Condemn" but not "States To Avoid": only a verb of intent or thought takes "To".
  if (t.lower === 'to') return entry.cueClass === 'intent' || entry.cueClass === 'thought';
  if (t.lower === 'that') return true;
  return DETERMINERS.has(t.lower) || (t.cap && !HEADLINE_PARTICLES.has(t.lower));
}

/** Does the sentence open the document and end before its first line break: is it the headline? */
export function onFirstLine(text: string, tokens: Token[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return false;
  // Only leading white space is scanned, and only the first sentence's own words are searched for a line break.
  let k = 0;
  while (k < first.start && /\s/.test(text.charAt(k))) k++;
  return k === first.start && !text.slice(first.start, last.end).includes('\n');
}

/**
 * "Mayor to veto budget", "Senator Ruiz to endorse Lee": in a headline "to" and a cue verb after a name stand for
 * the future ("is to"). The cue runs from "to" over the verb and its particle ("to call for").
 */
export function headlineInfinitive(text: string, tokens: Token[], i: number): Cue | null {
  const to = tokens[i];
  const before = tokens[i - 1];
  const verb = tokens[i + 1];
  if (to?.lower !== 'to' || !before || !verb || verb.seg >= 0 || !subjectEnd(before)) return null;
  const entry = CUE_WORDS.get(verb.lower);
  if (!entry?.forms.has('base') || entry.quoteOnly) return null;
  const last = particleAfter(tokens, i + 1, entry) ?? i + 1;
  return makeCue(text, tokens, { verb: i + 1, first: i, last }, 'finite', entry.lemma, entry);
}

/**
 * "Mayor plans budget vote", "Ruiz vows change": a headline drops its articles, so a noun-like -s cue word right
 * after a name is the verb even when a bare noun follows.
 */
export function headlineNounVerb(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const entry = CUE_WORDS.get(t.lower);
  if (!entry?.nounLike || !entry.forms.has('s') || !t.lower.endsWith('s') || t.cap) return null;
  if (!before || !subjectEnd(before)) return null;
  const last = particleAfter(tokens, i, entry) ?? i;
  if (last === i && !bareObject(tokens[i + 1], entry)) return null;
  return makeCue(text, tokens, { verb: i, first: i, last }, 'finite', entry.lemma, entry);
}

/**
 * Could a bare object start with t ("vows change", "plans major ad buy")? Not a preposition, auxiliary, adverb
 * or participle, which show the -s word was a plural noun ("emails released", "charges against", "questions are").
 */
function bareObject(t: Token | undefined, entry: CueWord): boolean {
  if (!t || t.seg >= 0 || !t.word) return !!t && t.mark === 'open';
  if (t.lower === 'to') return entry.cueClass === 'intent';
  if (HEADLINE_PARTICLES.has(t.lower) || AUXILIARIES.has(t.lower) || HEADLINE_ADVERBS.has(t.lower))
    return false;
  return !/(?:ed|ly)$/.test(t.lower);
}
