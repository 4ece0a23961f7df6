import type { Span } from '../../domain/quote.js';
import type { Attribution } from '../types.js';
import { claimInside } from './claim-segments.js';
import { contentEnd } from './content-bounds.js';
import type { RuleInput } from './rule-input.js';
import { speakerAfter } from './speaker-phrases.js';

/** "According to X, …", "…, according to X." and "…, according to X, …": X is the source of the rest. */
export function accordingTo(input: RuleInput): Attribution | null {
  const { text, sentence, cue } = input;
  if (cue.form !== 'according') return null;
  const tokens = sentence.tokens;
  const source = speakerAfter(text, tokens, cue.last + 1);
  if (!source) return null;
  const parts: Span[] = [];
  const before = cue.first - 1;
  const beforeEnd = tokens[before]?.text === ',' ? before - 1 : before;
  if (beforeEnd >= 0) parts.push({ start: tokens[0]!.start, end: tokens[beforeEnd]!.end });
  const resume = tokens[source.end + 1]?.text === ',' ? source.end + 2 : source.end + 1;
  if (resume < tokens.length) {
    const last = contentEnd(tokens, resume);
    if (last >= resume) parts.push({ start: tokens[resume]!.start, end: tokens[last]!.end });
  }
  if (parts.length === 0) return null;
  const words = tokens.filter((t) => t.word && parts.some((p) => t.start >= p.start && t.end <= p.end)).length;
  if (words < 2) return null;
  const { kind, ids } = claimInside(text, tokens, input.segments, input.claimed, parts);
  return { kind, parts, joins: parts.map((_, i) => (i === 0 ? '' : ' ')), speaker: source.guess, cue, segments: ids };
}
