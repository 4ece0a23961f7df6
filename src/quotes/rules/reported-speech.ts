import { phraseAfter } from '../noun-phrase.js';
import { guessSpeaker } from '../speaker-guess.js';
import type { Attribution, SpeakerGuess, Token } from '../types.js';
import { claimInside } from './claim-segments.js';
import { contentEnd, contentStart, MAX_CONTENT_TOKENS, startsAttributionClause } from './content-bounds.js';
import type { RuleInput } from './rule-input.js';
import { speakerAfter, speakerBefore } from './speaker-phrases.js';

const MIN_CONTENT_WORDS = 2;
const MIN_FRONTED_WORDS = 3;

/**
 * Reported speech: "X said (that) …", "X said in a statement …", "…, X said." / "…, said X." and
 * ", saying …" / ", adding that …" after a clause whose subject or earlier attribution is the speaker.
 */
export function reportedSpeech(input: RuleInput): Attribution | null {
  const { text, sentence, cue } = input;
  const tokens = sentence.tokens;
  if (cue.form === 'according') return null;
  if (cue.form === 'participle') {
    const speaker = input.sentenceSpeaker ?? subjectOf(text, tokens);
    if (!speaker) return null;
    return forward(input, speaker);
  }
  const before = speakerBefore(text, tokens, cue.first);
  if (before) {
    const start = contentStart(tokens, cue);
    if (!start.that && restIsEmpty(tokens, start.index)) {
      // "…, the Huaxia Herald reported." The content is the clause before the comma.
      const comma = tokens[before.outside];
      if (comma?.text !== ',') return null;
      return fronted(input, before.outside, before.guess);
    }
    return forward(input, before.guess, start.index);
  }
  // "The talks failed, said Liang Wen."
  if (tokens[cue.first - 1]?.text !== ',') return null;
  const after = speakerAfter(text, tokens, cue.last + 1);
  if (!after || !restIsEmpty(tokens, after.resume)) return null;
  return fronted(input, cue.first - 1, after.guess);
}

/**
 * The sentence's subject as a speaker phrase: its opening noun phrase, when a lower-case word (its verb) or an
 * appositive's comma follows. Used for ", saying …" and to remember who a later "he" means.
 */
export function subjectOf(text: string, tokens: Token[]): SpeakerGuess | null {
  const range = phraseAfter(tokens, 0);
  if (!range) return null;
  const next = tokens[range.to + 1];
  if (!next || (next.text !== ',' && (!next.word || next.cap))) return null;
  return guessSpeaker(text, tokens, range);
}

/** Nothing but punctuation (or another attribution clause) from token i to the end of the sentence? */
function restIsEmpty(tokens: Token[], i: number): boolean {
  for (let m = i; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (t.text === ',' && startsAttributionClause(tokens, m + 1)) return true;
    if (t.word || t.seg >= 0) return false;
  }
  return true;
}

/** Content after the cue, to the end of the sentence. */
function forward(input: RuleInput, speaker: SpeakerGuess, from?: number): Attribution | null {
  const tokens = input.sentence.tokens;
  const first = from ?? contentStart(tokens, input.cue).index;
  const last = contentEnd(tokens, first);
  return build(input, speaker, first, last);
}

/** Content before the comma at `comma`, from the start of the sentence. */
function fronted(input: RuleInput, comma: number, speaker: SpeakerGuess): Attribution | null {
  const first = Math.max(0, comma - MAX_CONTENT_TOKENS);
  const words = countWords(input.sentence.tokens, first, comma - 1);
  return words >= MIN_FRONTED_WORDS ? build(input, speaker, first, comma - 1) : null;
}

function countWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i <= to; i++) if (tokens[i]!.word) n++;
  return n;
}

function build(input: RuleInput, speaker: SpeakerGuess, first: number, last: number): Attribution | null {
  const tokens = input.sentence.tokens;
  if (first > last || last >= tokens.length) return null;
  if (countWords(tokens, first, last) < MIN_CONTENT_WORDS) return null;
  const span = { start: tokens[first]!.start, end: tokens[last]!.end };
  const { kind, ids } = claimInside(input.text, tokens, input.segments, input.claimed, [
    { from: first, to: last },
  ]);
  return { kind, parts: [span], joins: [''], speaker, cue: input.cue, segments: ids };
}
