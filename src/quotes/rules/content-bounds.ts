import { firstIndexAfter } from '../../lib/sorted.js';
import { AUXILIARIES, CUE_WORDS } from '../lexicon/cue-lexicon.js';
import { RECIPIENT_VERBS } from '../lexicon/cue-verbs.js';
import { DETERMINERS, RECIPIENT_WORDS, SETTING_NAMES, SETTING_PREPOSITIONS } from '../lexicon/lexicon.js';
import { quoteEndPunctuation } from '../text/quote-adjacency.js';
import { sourceBefore } from '../speakers/source-span.js';
import type { Cue, Token } from '../types.js';
import {
  coordinatedSubject,
  joinedNames,
  nameOrPronoun,
  nounPhrase,
  subjectSoFar,
} from './content-subjects.js';
import { DAY_TIMES } from '../lexicon/clause-words.js';
import {
  CLAUSE_STOPS,
  FRONTED_OPENERS,
  INNER_CLASSES,
  RECIPIENT_CLAUSE,
  SPOKEN_INTENTS,
  TRAILING,
} from '../lexicon/rule-words.js';

const THAT_WINDOW = 12;
const RECIPIENT_WINDOW = 10;
const MAX_SETTING = 20;
const MAX_FRONTED_SOURCE = 12;
/** Longest reported content, in tokens: keeps every rule's work bounded however long a "sentence" runs. */
export const MAX_CONTENT_TOKENS = 250;

/** Is this token part of a setting phrase or recipient ("in a statement", "on Monday", "told reporters", "the BBC")? */
export function settingWord(t: Token): boolean {
  return (
    t.cap ||
    RECIPIENT_WORDS.has(t.lower) ||
    SETTING_NAMES.has(t.lower) ||
    SETTING_PREPOSITIONS.has(t.lower) ||
    DETERMINERS.has(t.lower) ||
    /^\d/.test(t.text) ||
    t.text === "'s" ||
    t.text === '’s' ||
    t.lower === 'of' ||
    t.lower === 'with' ||
    t.lower === 'for' ||
    t.lower === 'to'
  );
}

/**
 * Where the content starts after a cue: at "that" when only a recipient or setting comes before it ("told
 * reporters on Monday that …"; "that" belongs to the content), else past a recipient of "tell"-type verbs and
 * a setting ("in a statement"), and past a colon or comma.
 */
export function contentStart(tokens: Token[], cue: Cue): { index: number; that: boolean } {
  const k = cue.last + 1;
  for (let m = k; m < tokens.length && m - k <= THAT_WINDOW; m++) {
    const t = tokens[m]!;
    if (t.lower === 'that' && t.seg < 0) return { index: m, that: true };
    if (t.seg >= 0 || !(settingWord(t) || t.text === ',')) break;
  }
  if (RECIPIENT_VERBS.has(cue.lemma)) {
    // "told correspondent Steve Inskeep that …", "asked the frontrunner about …": past the one told or asked.
    for (let m = k; m < tokens.length && m - k <= RECIPIENT_WINDOW; m++) {
      const t = tokens[m]!;
      if (t.mark === 'open') return { index: m, that: false };
      if (
        t.seg >= 0 ||
        t.text === '.' ||
        t.text === ';' ||
        AUXILIARIES.has(t.lower) ||
        CUE_WORDS.has(t.lower)
      )
        break;
      if (t.lower === 'that') return { index: m, that: true };
      if (m > k && RECIPIENT_CLAUSE.has(t.lower)) return { index: m, that: false };
    }
  }
  let i = k;
  // "said Tuesday …", "said today …": a bare time word belongs to neither cue nor content.
  while (i < tokens.length && i - k < 3 && tokens[i]!.seg < 0 && DAY_TIMES.has(tokens[i]!.lower)) i++;
  if (RECIPIENT_VERBS.has(cue.lemma)) {
    const start = i;
    while (
      i < tokens.length &&
      i - start < 5 &&
      tokens[i]!.seg < 0 &&
      settingWord(tokens[i]!) &&
      !SETTING_PREPOSITIONS.has(tokens[i]!.lower)
    ) {
      i++;
    }
  }
  while (i < tokens.length && i - k < MAX_SETTING && SETTING_PREPOSITIONS.has(tokens[i]!.lower)) {
    const start = i;
    i++;
    if (tokens[i] && DETERMINERS.has(tokens[i]!.lower)) i++;
    while (i < tokens.length && i - start < 8 && isSettingNoun(tokens[i]!)) i++;
  }
  if (tokens[i]?.text === ',' || tokens[i]?.text === ':') i++;
  if (tokens[i]?.lower === 'that' && tokens[i]!.seg < 0) return { index: i, that: true };
  return { index: i, that: false };
}

function isSettingNoun(t: Token): boolean {
  return (
    t.seg < 0 && (t.cap || RECIPIENT_WORDS.has(t.lower) || SETTING_NAMES.has(t.lower) || /^\d/.test(t.text))
  );
}

/**
 * The last token of content that runs from `from` towards the sentence end, stopping before a later
 * attribution clause (", according to …", ", X said.", ", adding …", "and added …") and dropping end
 * punctuation outside quotes.
 */
export function contentEnd(tokens: Token[], from: number, cues: readonly Cue[]): number {
  let end = Math.min(tokens.length - 1, from + MAX_CONTENT_TOKENS);
  // "that while he opposed Trump, he backs Cruz": the first comma closes a fronted clause, not the content.
  let fronted = frontedClause(tokens, from);
  for (let m = from; m <= end; m++) {
    const t = tokens[m]!;
    if (t.seg >= 0) {
      if (closesQuoteBeforeAttribution(tokens, m, cues)) {
        end = m;
        break;
      }
      continue;
    }
    if (t.text === ';' || comparedGroup(tokens, m, cues)) {
      end = tokens[m - 1]?.text === ',' ? m - 2 : m - 1;
      break;
    }
    if (t.text === ',' && fronted) {
      fronted = false;
      continue;
    }
    if (
      t.text === ',' &&
      !goesOnWithContent(cues, m + 2, from, tokens[m + 1]) &&
      !clauseAfterThat(tokens, from, m + 1, cues) &&
      (startsAttributionClause(tokens, m + 1, cues) ||
        (CLAUSE_STOPS.has(tokens[m + 1]?.lower ?? '') &&
          !subjectSoFar(tokens, from, m, cues[firstCueFrom(cues, from) - 1]?.cueClass)))
    ) {
      end = m - 1;
      break;
    }
    if (
      (t.lower === 'and' || t.lower === 'but') &&
      !goesOnWithContent(cues, m + 1, from, t) &&
      !coordinatedSubject(tokens, from, m) &&
      !joinedNames(tokens, from, m) &&
      (coordinatedCue(tokens, m + 1, cues, from) || startsAttributionClause(tokens, m, cues))
    ) {
      end = tokens[m - 1]?.text === ',' ? m - 2 : m - 1;
      break;
    }
  }
  while (end >= from && tokens[end]!.seg < 0 && TRAILING.has(tokens[end]!.text)) end--;
  return end;
}

const MAX_COMPARED = 12;
/**
 * "…, compared with 64 percent who say the same of Kim": a second group that answers with a cue of its own. The
 * writer's comparison is no part of what the first group said; the group after it is a new attribution.
 */
function comparedGroup(tokens: Token[], m: number, cues: readonly Cue[]): boolean {
  const next = tokens[m + 1]?.lower;
  if (tokens[m]!.lower !== 'compared' || (next !== 'with' && next !== 'to')) return false;
  for (let k = m + 2; k < tokens.length && k - m <= MAX_COMPARED; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0 || t.text === ',' || t.text === '.' || t.text === ';') return false;
    if (t.lower === 'who') return cues[firstCueFrom(cues, k + 1)]?.first === k + 1;
  }
  return false;
}

/**
 * "… calling him “a tired clown,” Dana said …": a quote whose own comma closes it, followed by a new attribution
 * clause, ends the content; the comma inside the marks plays the part of the clause boundary.
 */
function closesQuoteBeforeAttribution(tokens: Token[], m: number, cues: readonly Cue[]): boolean {
  return /^[,?!]$/.test(quoteEndPunctuation(tokens, m)) && startsAttributionClause(tokens, m + 1, cues);
}

/** Index of the first cue that starts at or after token i (binary search: cues are in token order). */
export function firstCueFrom(cues: readonly Cue[], i: number): number {
  return firstIndexAfter(cues, (c) => c.first < i);
}

/**
 * Does the content open with "that" and a fronted clause ("that although Ruiz objected, …")? After "that" the
 * main clause of what was said must still come, so the comma cannot end it.
 */
function frontedClause(tokens: Token[], from: number): boolean {
  const t = tokens[from + 1];
  return tokens[from]?.lower === 'that' && !!t && t.seg < 0 && FRONTED_OPENERS.has(t.lower);
}

/**
 * "She said she was tired and wanted a change": after a verb of speech, "and" with a bare thought or intent verb
 * goes on with what was said rather than open an attribution of its own ("and added …" still does). `conj` is the
 * token before the cue at i, so a comma before "but" changes nothing (", but planned …").
 */
function goesOnWithContent(cues: readonly Cue[], i: number, from: number, conj: Token | undefined): boolean {
  if (conj?.lower !== 'and' && conj?.lower !== 'but') return false;
  const c = cues[firstCueFrom(cues, i)];
  if (!c || c.first !== i || !INNER_CLASSES.has(c.cueClass) || SPOKEN_INTENTS.has(c.lemma)) return false;
  return cues[firstCueFrom(cues, from) - 1]?.cueClass === 'speech';
}

/**
 * "said that sometime that week, he realized …": content opened by "that" already has its attribution, so a later
 * ", he realized" is the main clause of what was said after a fronted phrase, not a second "X said".
 */
function clauseAfterThat(tokens: Token[], from: number, i: number, cues: readonly Cue[]): boolean {
  const t = tokens[i];
  if (tokens[from]?.lower !== 'that' || !t) return false;
  const c = cues[firstCueFrom(cues, i)];
  const after = c ? tokens[c.last + 1] : undefined;
  // A cue that ends in a colon or meets a quote ("Devine responded: “…”") opens an attribution of its own.
  return (
    !!c &&
    c.form === 'finite' &&
    nameOrPronoun(tokens, i, c.first - 1) &&
    !!after &&
    !TRAILING.has(after.text) &&
    after.mark === null &&
    tokens[c.last]!.text !== ':'
  );
}

/**
 * "… and added that …", "…, but cautioned …": a cue that shares the subject of the clause before. After a
 * participle cue a second participle does too ("calling him a crook and vowing to …"); elsewhere "and
 * offering …" is more often a gerund in a list.
 */
function coordinatedCue(tokens: Token[], i: number, cues: readonly Cue[], from: number): boolean {
  const c = cues[firstCueFrom(cues, i)];
  if (!c || c.first !== i || tokens[i] === undefined) return false;
  if (c.form === 'finite') return true;
  return c.form === 'participle' && cues[firstCueFrom(cues, from) - 1]?.form === 'participle';
}

/**
 * Does an attribution clause start at token i: "according to", a participle cue (", saying"), an inverted
 * "said X", a short "X said" that ends the sentence or clause, or "and/but X said …" (a new attribution)?
 */
export function startsAttributionClause(tokens: Token[], i: number, cues: readonly Cue[]): boolean {
  const t = tokens[i];
  if (!t || t.lower === 'who' || t.lower === 'which') return false;
  const conj = t.lower === 'and' || t.lower === 'but';
  const s = conj ? i + 1 : i;
  const c = cues[firstCueFrom(cues, s)];
  if (!c || c.first - s > MAX_FRONTED_SOURCE) return false;
  if (c.first === s) {
    if (conj) return c.form === 'finite';
    return c.form === 'participle' || c.form === 'according' || c.form === 'finite';
  }
  if (c.form === 'according' || c.form === 'participle') return false;
  for (let m = s; m < c.first; m++) {
    const w = tokens[m]!;
    if (w.seg >= 0 || w.lower === 'that' || (w.lower === 'and' && tokens[m - 1]?.text === ',')) return false;
  }
  const src = sourceBefore(tokens, c.first);
  const ownSubject =
    (!!src && Math.min(src.range.from, src.core.from) === s) || nounPhrase(tokens, s, c.first - 1);
  if (conj) return ownSubject;
  const after = tokens[c.last + 1];
  return (
    !after ||
    TRAILING.has(after.text) ||
    SETTING_PREPOSITIONS.has(after.lower) ||
    RECIPIENT_WORDS.has(after.lower) ||
    SETTING_NAMES.has(after.lower) ||
    after.cap ||
    // "…, Speaker Paul Ryan said …": a new clause with its own speaker and cue.
    (ownSubject && c.form === 'finite')
  );
}
