import { CUE_WORDS } from '../cue-lexicon.js';
import { BETWEEN_SPEAKER_AND_CUE, DETERMINERS, ROLE_NOUNS, SETTING_PREPOSITIONS } from '../lexicon.js';
import { phraseAfter, phraseBefore } from '../noun-phrase.js';
import { affiliationIn, guessSpeaker } from '../speaker-guess.js';
import type { SpeakerGuess, Token } from '../types.js';

/** A speaker phrase found next to a cue, with the token just outside it on the far side from the cue. */
export interface FoundSpeaker {
  guess: SpeakerGuess;
  /** For a phrase before the cue: index of the token before the phrase (-1 at sentence start). */
  outside: number;
}

const MAX_APPOSITIVE = 18;

/** Step back from the cue over adverbs and auxiliaries ("he also said", "she has repeatedly warned"). */
function skipBack(tokens: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0) {
    const t = tokens[j]!;
    if (t.seg >= 0) break;
    const adverb = t.word && !t.cap && /ly$/.test(t.lower) && t.lower.length > 3;
    if (BETWEEN_SPEAKER_AND_CUE.has(t.lower) || t.text === "'t" || t.text === '’t' || adverb) j--;
    else break;
  }
  return j;
}

/**
 * The speaker phrase right before a cue: "Liang Wen said", "the ministry also said", and with an appositive,
 * "Liang Wen, a spokesperson for the Foreign Ministry, said". Null when none is there.
 */
export function speakerBefore(text: string, tokens: Token[], cueFirst: number): FoundSpeaker | null {
  let j = skipBack(tokens, cueFirst);
  // "Rep. Gwen Moore (D-Wis.) said": step over a short parenthesis.
  if (tokens[j]?.text === ')') {
    let k = j - 1;
    while (k >= 0 && j - k <= 10 && tokens[k]!.text !== '(') k--;
    if (tokens[k]?.text === '(') j = k - 1;
  }
  // "an architect who said …": the relative pronoun stands for the phrase before it.
  if (tokens[j]?.lower === 'who' || tokens[j]?.lower === 'which') {
    j--;
    if (tokens[j]?.text === ',') j--;
  }
  const t = tokens[j];
  if (!t) return null;
  if (t.text === ',') return withAppositive(text, tokens, j);
  const range = phraseBefore(tokens, j);
  if (!range) return null;
  const guess = guessSpeaker(text, tokens, range);
  return guess ? { guess, outside: range.from - 1 } : null;
}

function withAppositive(text: string, tokens: Token[], comma: number): FoundSpeaker | null {
  for (let c = comma - 1; c >= 0 && comma - c <= MAX_APPOSITIVE; c--) {
    const t = tokens[c]!;
    if (t.seg >= 0 || (t.word && CUE_WORDS.get(t.lower)?.form === 'finite')) return null;
    if (t.text !== ',') continue;
    const opener = tokens[c + 1]!;
    const looksAppositive =
      DETERMINERS.has(opener.lower) ||
      ROLE_NOUNS.has(opener.lower) ||
      opener.lower === 'who' ||
      opener.lower === 'which' ||
      /^[a-z]+ing$/.test(opener.lower) ||
      opener.cap;
    if (!looksAppositive) return null;
    const range = phraseBefore(tokens, c - 1);
    if (!range) return null;
    const guess = guessSpeaker(text, tokens, range);
    if (!guess) return null;
    const affiliation = guess.affiliation ?? affiliationIn(text, tokens, c + 1, comma - 1);
    return { guess: { ...guess, affiliation }, outside: range.from - 1 };
  }
  return null;
}

const PHRASE_END = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '(', ')']);

/**
 * The speaker phrase right after a cue in inverted order ("…,” said Liang Wen.", "…, said the ministry."),
 * which must be followed by punctuation, a quote, a short setting ("in Beijing") or the sentence end; also reads
 * an appositive after it. `resume` is the token after the phrase, appositive and setting.
 */
export function speakerAfter(
  text: string,
  tokens: Token[],
  start: number,
): (FoundSpeaker & { end: number; resume: number }) | null {
  const range = phraseAfter(tokens, start);
  if (!range) return null;
  const next = tokens[range.to + 1];
  const setting = next && SETTING_PREPOSITIONS.has(next.lower) ? settingEnd(tokens, range.to + 1) : null;
  if (next && setting === null && !PHRASE_END.has(next.text) && next.mark !== 'open') return null;
  const guess = guessSpeaker(text, tokens, range);
  if (!guess) return null;
  if (setting !== null) return { guess, outside: setting, end: range.to, resume: setting };
  let end = range.to;
  let affiliation = guess.affiliation;
  if (next?.text === ',') {
    // ", a spokesperson for the Foreign Ministry" up to the next punctuation or the end.
    const appositive = phraseAfter(tokens, range.to + 2);
    const after = appositive ? tokens[appositive.to + 1] : undefined;
    const hasRole =
      appositive && tokens.slice(appositive.from, appositive.to + 1).some((t) => ROLE_NOUNS.has(t.lower));
    if (appositive && hasRole && (!after || PHRASE_END.has(after.text))) {
      affiliation = affiliation ?? affiliationIn(text, tokens, appositive.from, appositive.to);
      end = appositive.to;
    }
  }
  return { guess: { ...guess, affiliation }, outside: end + 1, end, resume: end + 1 };
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
