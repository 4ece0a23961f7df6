import { segmentChain } from '../text/segment-chain.js';
import { sourceBefore } from '../speakers/source-span.js';
import type { Attribution, Cue, QuoteSegment, Sentence, SpeakerGuess } from '../types.js';
import { speakerOf } from './speaker-phrases.js';

/** A cue that ends its paragraph with a colon and waits for the quote below it ("Karadsheh says:"). */
export interface LeadIn {
  cue: Cue;
  speaker: SpeakerGuess | null;
}

/** The lead-in a paragraph's last sentence ends with, when no rule could attribute its cue. */
export function leadInOf(
  text: string,
  sentence: Sentence,
  cues: readonly Cue[],
  explained: readonly Cue[],
): LeadIn | null {
  const tokens = sentence.tokens;
  const colon = tokens[tokens.length - 1];
  if (colon?.text !== ':' || colon.seg >= 0) return null;
  const cue = [...cues].reverse().find((c) => c.last >= tokens.length - 2);
  if (!cue || explained.includes(cue) || cue.form === 'according') return null;
  const src = sourceBefore(tokens, cue.first);
  return { cue, speaker: src ? speakerOf(text, tokens, src) : null };
}

/** The quote that opens the paragraph after a lead-in, as the lead-in's attribution; null when none opens it. */
export function leadInQuote(
  lead: LeadIn,
  sentence: Sentence,
  segments: QuoteSegment[],
  claimed: ReadonlySet<number>,
): Attribution | null {
  const first = sentence.tokens[0];
  if (first?.mark !== 'open' || claimed.has(first.seg)) return null;
  const chain = segmentChain(segments, first.seg);
  return {
    kind: 'direct',
    parts: chain.parts,
    joins: chain.joins,
    speaker: lead.speaker,
    cue: lead.cue,
    segments: chain.ids,
  };
}
