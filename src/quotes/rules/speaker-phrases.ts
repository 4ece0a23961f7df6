import { AUXILIARIES } from '../lexicon/cue-lexicon.js';
import { ROLE_NOUNS } from '../lexicon/lexicon.js';
import { phraseAfter } from '../text/noun-phrase.js';
import { type SourceSpan, sourceBefore } from '../speakers/source-span.js';
import { affiliationIn, roleIn } from '../speakers/role-affiliation.js';
import { guessSpeaker } from '../speakers/speaker-guess.js';
import type { SpeakerGuess, SpeakerRole, Token } from '../types.js';
import {
  ING_PREPOSITIONS,
  INVERTED_OPENERS,
  NOT_TITLE,
  NOUN_PHRASE_OPENERS,
  PHRASE_END,
  RELATIVE_PRONOUNS,
  SETTING_AFTER,
} from '../lexicon/rule-words.js';

/** A speaker phrase found next to a cue, with the token just outside it on the far side from the cue. */
export interface FoundSpeaker {
  guess: SpeakerGuess;
  /** For a phrase before the cue: index of the token before the phrase (-1 at sentence start). */
  outside: number;
}

const MAX_NAME = 80;

/**
 * What a source phrase says about the speaker: the core phrase read by guessSpeaker, the whole phrase (with
 * appositive) as the source span, an affiliation from the appositive. A relative pronoun keeps its own span as
 * the source and names the phrase it stands for. A phrase guessSpeaker cannot classify is kept as written.
 */
export function speakerOf(text: string, tokens: Token[], src: SourceSpan): SpeakerGuess {
  const source = { start: tokens[src.range.from]!.start, end: tokens[src.range.to]!.end };
  const coreSpan = { start: tokens[src.core.from]!.start, end: tokens[src.core.to]!.end };
  // A party tag in brackets belongs to the source as written but not to the name: "Rep. Gwen Moore (D-Wis.)".
  let nameEnd = src.core.to;
  if (tokens[nameEnd]?.text === ')') {
    let k = nameEnd;
    while (k > src.core.from && tokens[k]!.text !== '(') k--;
    if (k > src.core.from) nameEnd = k - 1;
  }
  const guess = guessSpeaker(text, tokens, { from: src.core.from, to: nameEnd }) ?? {
    name: text.slice(coreSpan.start, Math.min(coreSpan.end, coreSpan.start + MAX_NAME)),
    kind: null,
    affiliation: null,
    source: coreSpan,
    nameSpan: coreSpan,
    anaphor: src.relative && src.core.from === src.range.from ? ('person' as const) : null,
    head: null,
  };
  const affiliation =
    guess.affiliation ??
    (src.appositive ? affiliationIn(text, tokens, src.appositive.from, src.appositive.to) : null);
  const role = speakerRole(text, tokens, src.core.from, nameEnd, guess, src.appositive);
  return Object.assign({}, guess, { source, affiliation, role });
}

/**
 * The speaker's role: from the phrase itself ("a spokesperson for the State Department", "Interior Minister
 * Wolfgang Peschorn"), else from the appositive after it. Only people and unclassified speakers have one; a
 * pronoun's role comes from the person it points back to.
 */
function speakerRole(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  guess: SpeakerGuess,
  appositive: { from: number; to: number } | null,
): SpeakerRole | null {
  if (guess.anaphor !== null || !(guess.kind === 'person' || guess.kind === null)) return null;
  let nameStart: number | null = null;
  for (let k = from; k <= to && nameStart === null; k++)
    if (tokens[k]!.start === guess.nameSpan.start) nameStart = k;
  return (
    roleIn(text, tokens, from, to, nameStart) ??
    (appositive ? roleIn(text, tokens, appositive.from, appositive.to) : null)
  );
}

/**
 * The speaker phrase right before a cue: "Liang Wen said", "the ministry also said", "Liang Wen, a spokesperson
 * for the Foreign Ministry, said", "…, who said". Null when none is there.
 */
export function speakerBefore(text: string, tokens: Token[], cueFirst: number): FoundSpeaker | null {
  const src = sourceBefore(tokens, cueFirst);
  if (!src) return null;
  const from = Math.min(src.range.from, src.core.from);
  return { guess: speakerOf(text, tokens, src), outside: src.relative ? src.range.from - 1 : from - 1 };
}

/**
 * The speaker phrase right after a cue in inverted order ("…,” said Liang Wen.", "…, said the ministry."),
 * which must be followed by punctuation, a quote, a short setting ("in Beijing") or the sentence end; an
 * appositive after it joins the source. `resume` is the token after the phrase, appositive and setting.
 */
export function speakerAfter(
  text: string,
  tokens: Token[],
  start: number,
): (FoundSpeaker & { end: number; resume: number }) | null {
  const range = inverted(tokens, start);
  if (!range) return null;
  // "said a pollster who has worked for two campaigns": a relative clause describing the speaker is the source's.
  const relative = relativeClauseEnd(tokens, range);
  let end = relative ?? range.to;
  const next = tokens[end + 1];
  const setting = next && SETTING_AFTER.has(next.lower) ? settingEnd(tokens, end + 1) : null;
  if (next && setting === null && !PHRASE_END.has(next.text) && next.mark !== 'open') return null;
  let guess = speakerOf(text, tokens, { range, core: range, appositive: null, relative: false });
  if (relative !== null)
    guess = Object.assign({}, guess, {
      source: Object.assign({}, guess.source, { end: tokens[relative]!.end }),
    });
  if (setting !== null) return { guess, outside: setting, end, resume: setting };
  let affiliation = guess.affiliation;
  let role = guess.role ?? null;
  let sourceEnd = end;
  if (next?.text === ',') {
    // "A, said X, an expert on Y, would …": an appositive closed by a comma before the rest of the sentence.
    const closing = interruptingAppositive(tokens, end + 2);
    // ", a spokesperson for the Foreign Ministry" or ", who …" up to the next punctuation or the end.
    const apposEnd = closing === null ? appositiveEnd(tokens, end + 2) : closing - 1;
    if (apposEnd !== null) {
      affiliation = affiliation ?? affiliationIn(text, tokens, end + 2, apposEnd);
      if (guess.anaphor === null && (guess.kind === 'person' || guess.kind === null))
        role = role ?? roleIn(text, tokens, end + 2, apposEnd);
      end = apposEnd;
      // "…, said X, a pollster, referring to …": the comma before the participle clause closes the source.
      sourceEnd = closing ?? (tokens[end + 1]?.text === ',' && participle(tokens[end + 2]) ? end + 1 : end);
    }
  }
  const source = { start: tokens[range.from]!.start, end: tokens[sourceEnd]!.end };
  return {
    guess: Object.assign({}, guess, { affiliation, role, source }),
    outside: end + 1,
    end,
    resume: end + 1,
  };
}

const MAX_INVERTED = 10;

/**
 * The speaker phrase after an inverted cue: a known speaker phrase, or failing that any short run of words
 * up to punctuation, a quote, a setting or a relative pronoun ("said Republican party boss Reince Priebus",
 * "said the 46-year-old") when it opens with a capital, a determiner or a number, or is a lower-case title
 * before a name ("said retired surgeon Ben Lowe").
 */
function inverted(tokens: Token[], start: number): { from: number; to: number } | null {
  const known = phraseAfter(tokens, start);
  const first = tokens[start];
  if (!first || first.seg >= 0 || !first.word) return known;
  const opener = first.cap || INVERTED_OPENERS.has(first.lower) || /^\d/.test(first.text);
  let k = start;
  while (
    k < tokens.length &&
    k - start < MAX_INVERTED &&
    tokens[k]!.seg < 0 &&
    (tokens[k]!.word || tokens[k]!.text === "'s" || tokens[k]!.text === '’s' || tokens[k]!.text === '.') &&
    !(k > start && (SETTING_AFTER.has(tokens[k]!.lower) || RELATIVE_PRONOUNS.has(tokens[k]!.lower)))
  ) {
    if (tokens[k]!.text === '.' && !(tokens[k - 1]?.cap && tokens[k - 1]!.text.length <= 3)) break;
    k++;
  }
  if (k - start >= MAX_INVERTED || k === start) return known;
  const loose = { from: start, to: k - 1 };
  if (!tokens[loose.to]!.word || !(opener || titledName(tokens, loose))) return known;
  return known && known.to >= loose.to ? known : loose;
}

/** "retired surgeon Ben Lowe", "election lawyer Joe Kent": lower-case title words, then a capitalised name. */
function titledName(tokens: Token[], r: { from: number; to: number }): boolean {
  if (!tokens[r.to]!.cap) return false;
  let k = r.from;
  while (k <= r.to && !tokens[k]!.cap) {
    const t = tokens[k]!;
    if (!t.word || NOT_TITLE.has(t.lower) || AUXILIARIES.has(t.lower) || /ly$/.test(t.lower)) return false;
    k++;
  }
  return k > r.from;
}

const MAX_RELATIVE = 30;
/** Longest purpose clause left out of a relative clause: the length of a setting after a speaker. */
const MAX_PURPOSE = 8;

/**
 * The last token of a relative clause right after an inverted speaker phrase ("a voter who runs the account",
 * "an owner of a shop that sells hats who declined to be named"), up to punctuation, a quote or the end; null
 * when none is there. "that" and "which" only follow a common noun, not a name or a date ("said Monday that …").
 */
function relativeClauseEnd(tokens: Token[], r: { from: number; to: number }): number | null {
  const rel = tokens[r.to + 1];
  if (!rel || rel.seg >= 0 || !RELATIVE_PRONOUNS.has(rel.lower)) return null;
  if ((rel.lower === 'that' || rel.lower === 'which') && tokens[r.to]!.cap) return null;
  let k = r.to + 2;
  let pronoun = r.to + 1;
  let purpose = -1;
  for (; k < tokens.length && k - r.to <= MAX_RELATIVE; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0 || PHRASE_END.has(t.text)) break;
    if (RELATIVE_PRONOUNS.has(t.lower)) pronoun = k;
    // "who requested anonymity to avoid …": a short purpose clause after a complete relative clause is not the
    // source's ("who declined to be named" keeps its "to": the verb needs it).
    if (t.lower === 'to' && k - pronoun >= 3 && purpose < 0) purpose = k;
  }
  if (k - r.to > MAX_RELATIVE || k === r.to + 2) return null;
  return purpose > 0 && k - purpose <= MAX_PURPOSE ? purpose - 1 : k - 1;
}

/** The last token of an appositive starting at i that runs to the sentence end or a quote, or null. */
function appositiveEnd(tokens: Token[], i: number): number | null {
  const first = tokens[i];
  if (!first || first.seg >= 0 || participle(first)) return null;
  const opener =
    first.lower === 'who' ||
    first.lower === 'a' ||
    first.lower === 'an' ||
    first.lower === 'the' ||
    first.cap ||
    // "executive director of …", "national security official under …": a role noun must follow (checked below).
    first.word;
  if (!opener) return null;
  let k = i;
  // "a" / "the" / "who" open an appositive whatever its head noun ("an Iowa operative"), and so does a noun
  // with its "of" phrase ("co-director of the institute", "Democrat of Ohio", "one of several critics").
  let role = NOUN_PHRASE_OPENERS.has(first.lower) || tokens[i + 1]?.lower === 'of';
  for (; k < tokens.length && k - i < 30; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0) break;
    if (
      (t.text === '.' && !isInitial(tokens, k) && !abbreviation(tokens, k)) ||
      t.text === ';' ||
      t.text === ':'
    )
      break;
    if (t.text === ',' && (tokens[k + 1]?.mark === 'open' || participle(tokens[k + 1]))) break;
    if (ROLE_NOUNS.has(t.lower)) role = true;
  }
  // "said the company's chief executive, John R. Ferro.": a name alone after the phrase.
  if (!role && k === tokens.length - 1 && tokens[k]!.text === '.') role = allNames(tokens, i, k - 1);
  if (!role) return null;
  if (k === tokens.length || tokens[k]!.seg >= 0 || tokens[k]!.text !== ',' || participle(tokens[k + 1])) {
    let last = k - 1;
    while (last >= i && !tokens[last]!.word && tokens[last]!.text !== ')') last--;
    return last >= i ? last : null;
  }
  return null;
}

/** "Tampa, Fla., who …": a stop with a comma right after it abbreviates a word and does not end the sentence. */
function abbreviation(tokens: Token[], k: number): boolean {
  return !!tokens[k - 1]?.cap && tokens[k + 1]?.text === ',';
}

/** ", referring to …", ", adding …": a participle clause about the quote, not a description of the speaker. */
function participle(t: Token | undefined): boolean {
  return (
    !!t &&
    t.word &&
    !t.cap &&
    t.seg < 0 &&
    /ing$/.test(t.lower) &&
    t.lower.length > 4 &&
    !ING_PREPOSITIONS.has(t.lower)
  );
}

/** The stop after a middle initial ("John R. Ferro"), which does not end the sentence. */
function isInitial(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && before.cap && before.text.length === 1 && !!tokens[k + 1]?.cap;
}

/** Are tokens from..to a proper name (capitalised words, initials)? */
function allNames(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (!t.cap && !(t.text === '.' && isInitial(tokens, k))) return false;
  }
  return to >= from && tokens[to]!.cap;
}

/**
 * The comma that closes an appositive starting at i when the sentence's own verb follows it ("…, said Michael
 * Korn, an expert on Russia, would read this as …"), or null.
 */
function interruptingAppositive(tokens: Token[], i: number): number | null {
  const first = tokens[i];
  if (!first || first.seg >= 0 || !first.word) return null;
  for (let k = i + 1; k < tokens.length && k - i < 30; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0 || t.text === '.' || t.text === ';' || t.text === ':') return null;
    if (t.text === ',') return predicateAfter(tokens, k) ? k : null;
  }
  return null;
}

/** Does the rest of a sentence after the comma at i start with its verb ("…, would read", "…, is that")? */
export function predicateAfter(tokens: Token[], i: number): boolean {
  const t = tokens[i + 1];
  return (
    tokens[i]?.text === ',' && !!t && t.seg < 0 && !t.cap && AUXILIARIES.has(t.lower) && !/^['’]/.test(t.text)
  );
}

/** The punctuation (or sentence end) that closes a short setting phrase at i ("in Beijing on Monday"), or null. */
function settingEnd(tokens: Token[], i: number): number | null {
  for (let k = i; k <= tokens.length && k - i <= 8; k++) {
    const t = tokens[k];
    if (!t || PHRASE_END.has(t.text) || t.mark === 'open') return k;
    if (t.seg >= 0) return null;
  }
  return null;
}
