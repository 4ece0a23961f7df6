import { CUE_WORDS } from '../lexicon/cue-lexicon.js';
import { PREPOSITIONS } from '../lexicon/lexicon.js';
import { joinChains, segmentChain, type SegmentChain } from '../text/segment-chain.js';
import type { Attribution, Token } from '../types.js';
import { settingWord } from './content-bounds.js';
import type { RuleInput } from './rule-input.js';
import { speakerAfter, speakerBefore } from './speaker-phrases.js';

const MAX_TAIL_WORDS = 25;
/** Words of the writer's between an attribution's comma and the quote that resumes after it. */
const MAX_ASIDE_WORDS = 10;

/**
 * Direct speech around a cue: “…,” Liang said. / “…,” said Liang. / Liang said: “…” / “…,” she said, “…”
 * (one interrupted quote) / a sentence "Liang said." right after a quote.
 */
export function directQuote(input: RuleInput): Attribution | null {
  const { text, sentence, cue } = input;
  if (cue.form === 'according' || cue.form === 'participle') return null;
  const tokens = sentence.tokens;
  const before = speakerBefore(text, tokens, cue.first);
  if (before) {
    const tail = tailAfter(tokens, cue.last + 1);
    const quoteBefore = closedQuoteAt(tokens, before.outside, input.claimed);
    if (quoteBefore !== null && tail.short) {
      return make(
        withInterruption(input, segmentChain(input.segments, quoteBefore), tail.stop),
        before.guess,
        input,
      );
    }
    if (before.outside < 0 && tail.short && tail.stop >= tokens.length && input.previous) {
      const prev = input.previous.tokens;
      const orphanOf = closedQuoteAt(prev, prev.length - 1, input.claimed);
      if (orphanOf !== null) return make(segmentChain(input.segments, orphanOf), before.guess, input);
    }
    const quoteAfter = openQuoteAfter(tokens, cue.last + 1, input.claimed);
    if (quoteAfter !== null) return make(segmentChain(input.segments, quoteAfter), before.guess, input);
    return null;
  }
  // Inverted: “…,” said Liang Wen.
  const quoteBefore = closedQuoteAt(tokens, cue.first - 1, input.claimed);
  if (quoteBefore === null) return cue.first === 0 ? saidFirst(input) : null;
  const after = speakerAfter(text, tokens, cue.last + 1);
  if (!after) return null;
  return make(
    withInterruption(input, segmentChain(input.segments, quoteBefore), after.resume),
    after.guess,
    input,
  );
}

/** "Said Ellis: “…”", "Said Comey, “…”": an inverted cue that opens the sentence, its quote after the speaker. */
function saidFirst(input: RuleInput): Attribution | null {
  const tokens = input.sentence.tokens;
  const after = speakerAfter(input.text, tokens, input.cue.last + 1);
  if (!after) return null;
  const sep = tokens[after.resume];
  if (sep?.text !== ':' && sep?.text !== ',') return null;
  const quote = openQuoteAfter(tokens, after.resume + 1, input.claimed);
  return quote === null ? null : make(segmentChain(input.segments, quote), after.guess, input);
}

function make(chain: SegmentChain, speaker: Attribution['speaker'], input: RuleInput): Attribution {
  const tokens = input.sentence.tokens;
  const parts = chain.parts.map((p) => ({ ...p }));
  let kind: Attribution['kind'] = 'direct';
  // "America needs leaders “who …,” Clinton said.": words of the writer's before the quote, in the same clause.
  const open = tokens.findIndex((t) => t.seg === chain.ids[0] && t.mark === 'open');
  const first = parts[0]!;
  if (open > 0 && tokens[0]!.start < first.start && first.start < input.cue.span.start) {
    const lead = tokens.slice(0, open);
    if (lead.some((t) => t.word) && !lead.some((t) => t.text === ':' || t.seg >= 0)) {
      first.start = tokens[0]!.start;
      kind = 'mixed';
    }
  }
  return {
    kind,
    parts,
    joins: chain.joins,
    speaker,
    cue: input.cue,
    segments: chain.ids,
  };
}

/** The unclaimed quote whose closing mark is at token i (or just before a comma at i). */
function closedQuoteAt(tokens: Token[], i: number, claimed: ReadonlySet<number>): number | null {
  let t = tokens[i];
  if (t?.text === ',') t = tokens[i - 1];
  if (!t || t.seg < 0 || claimed.has(t.seg)) return null;
  return t.mark === 'close' || (t.mark === null && isLastOfUnclosed(tokens, i)) ? t.seg : null;
}

/** A quote left open at the paragraph end has no closing mark: its last token ends the sentence. */
function isLastOfUnclosed(tokens: Token[], i: number): boolean {
  return i === tokens.length - 1;
}

/** The unclaimed quote that opens right after a cue, past a recipient or setting and a colon or comma. */
function openQuoteAfter(tokens: Token[], from: number, claimed: ReadonlySet<number>): number | null {
  for (let m = from; m < tokens.length && m - from <= 8; m++) {
    const t = tokens[m]!;
    if (t.mark === 'open') return claimed.has(t.seg) ? null : t.seg;
    // "vowed to “take our fight” …" is reported speech with a quoted phrase, not a quote after the cue.
    if (t.lower === 'that' || t.lower === 'to' || !(settingWord(t) || t.text === ',' || t.text === ':'))
      return null;
  }
  return null;
}

/** The words after a cue up to a comma, quote or the end: short ones ("told reporters on Monday") belong to it. */
function tailAfter(tokens: Token[], from: number): { stop: number; short: boolean } {
  let words = 0;
  let m = from;
  for (; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (t.text === ',' || t.mark === 'open' || t.seg >= 0) break;
    if (!t.word) continue;
    // "…,” she said when asked whether …": a question put to the speaker, not a new attribution.
    const question =
      t.lower === 'asked' && /^(?:when|if|after|before|once)$/.test(tokens[m - 1]?.lower ?? '');
    if (t.lower === 'that' || (isFiniteCue(t.lower) && !question)) return { stop: m, short: false };
    if (++words > MAX_TAIL_WORDS) return { stop: m, short: false };
  }
  return { stop: m, short: words <= MAX_TAIL_WORDS };
}

function isFiniteCue(lower: string): boolean {
  const w = CUE_WORDS.get(lower);
  return !!w && (w.forms.has('past') || w.forms.has('s'));
}

/**
 * “…,” she said, “…”: add the quote that resumes after the attribution's comma, also past a short aside of the
 * writer's (“…,” Tester said, referring to the excuse, “…” / “…,” Trump said at a rally in Kinston, N.C., “…”).
 * The aside ends the search when it holds a new attribution: a finite cue, "that", or a participle cue that
 * introduces words of its own (", adding, “…”", ", saying “…”") rather than a preposition ("referring to").
 */
function withInterruption(input: RuleInput, chain: SegmentChain, stop: number): SegmentChain {
  const tokens = input.sentence.tokens;
  let words = 0;
  for (let m = stop; m < tokens.length && words <= MAX_ASIDE_WORDS; m++) {
    const t = tokens[m]!;
    if (t.mark === 'open') {
      if (tokens[m - 1]?.text !== ',' || input.claimed.has(t.seg) || chain.ids.includes(t.seg)) return chain;
      return joinChains(chain, segmentChain(input.segments, t.seg));
    }
    if (t.seg >= 0) return chain;
    if (!t.word) continue;
    words++;
    if (t.lower === 'that' || isFiniteCue(t.lower)) return chain;
    if (CUE_WORDS.has(t.lower) && !PREPOSITIONS.has(tokens[m + 1]?.lower ?? '')) return chain;
  }
  return chain;
}
