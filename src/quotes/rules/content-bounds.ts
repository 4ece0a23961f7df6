import { CUE_WORDS } from '../cue-lexicon.js';
import { DETERMINERS, RECIPIENT_WORDS, SETTING_NAMES, SETTING_PREPOSITIONS } from '../lexicon.js';
import { phraseAfter } from '../noun-phrase.js';
import type { Cue, Token } from '../types.js';

const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '—', '–']);
const THAT_WINDOW = 12;
const MAX_SETTING = 20;
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
    t.lower === 'to'
  );
}

/**
 * Where the reported content starts after a cue: past a recipient ("told reporters"), a setting
 * ("in a statement", "on Monday") and "that". Returns the token index and whether "that" was there.
 */
export function contentStart(tokens: Token[], cue: Cue): { index: number; that: boolean } {
  const k = cue.last + 1;
  for (let m = k; m < tokens.length && m - k <= THAT_WINDOW; m++) {
    const t = tokens[m]!;
    if (t.lower === 'that') return { index: m + 1, that: true };
    if (t.seg >= 0 || !(settingWord(t) || t.text === ',')) break;
  }
  let i = k;
  if (cue.lemma === 'tell' || cue.lemma === 'assure' || cue.lemma === 'ask') {
    // The one told: "reporters", "the BBC", "a news conference", "him".
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
  if (tokens[i]?.lower === 'that') return { index: i + 1, that: true };
  return { index: i, that: false };
}

function isSettingNoun(t: Token): boolean {
  return (
    t.seg < 0 && (t.cap || RECIPIENT_WORDS.has(t.lower) || SETTING_NAMES.has(t.lower) || /^\d/.test(t.text))
  );
}

/**
 * The last token of reported content that runs from `from` to the sentence end, stopping before a later
 * attribution clause (", according to …", ", X said.", ", adding …") and dropping end punctuation.
 */
export function contentEnd(tokens: Token[], from: number): number {
  let end = Math.min(tokens.length - 1, from + MAX_CONTENT_TOKENS);
  for (let m = from; m <= end; m++) {
    const t = tokens[m]!;
    if (t.seg >= 0 || t.text !== ',') continue;
    if (startsAttributionClause(tokens, m + 1)) {
      end = m - 1;
      break;
    }
  }
  while (end >= from && tokens[end]!.seg < 0 && TRAILING.has(tokens[end]!.text)) end--;
  return end;
}

/** Does an attribution clause start at i: "according to", a participle cue, or "X said" / "said X" to the end? */
export function startsAttributionClause(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') return true;
  const cue = CUE_WORDS.get(t.lower);
  if (cue?.form === 'participle') return true;
  if (cue?.form === 'finite') return true;
  const np = phraseAfter(tokens, i);
  if (!np) return false;
  let v = np.to + 1;
  while (tokens[v] && /^(?:also|later|then|has|had|have)$/.test(tokens[v]!.lower)) v++;
  const verb = tokens[v];
  if (!verb || CUE_WORDS.get(verb.lower)?.form !== 'finite') return false;
  const after = tokens[v + 1];
  return (
    !after ||
    TRAILING.has(after.text) ||
    SETTING_PREPOSITIONS.has(after.lower) ||
    RECIPIENT_WORDS.has(after.lower)
  );
}
