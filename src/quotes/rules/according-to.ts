import type { Attribution } from '../types.js';
import { claimInside, type TokenRange } from './claim-segments.js';
import { contentEnd, MAX_CONTENT_TOKENS } from './content-bounds.js';
import type { RuleInput } from './rule-input.js';
import { speakerAfter } from './speaker-phrases.js';

/** "According to X, …", "…, according to X." and "…, according to X, …": X is the source of the rest. */
export function accordingTo(input: RuleInput): Attribution | null {
  const { text, sentence, cue } = input;
  if (cue.form !== 'according') return null;
  const tokens = sentence.tokens;
  const source = speakerAfter(text, tokens, cue.last + 1);
  if (!source) return null;
  const ranges: TokenRange[] = [];
  const before = cue.first - 1;
  const beforeEnd = tokens[before]?.text === ',' ? before - 1 : before;
  if (beforeEnd >= 0) ranges.push({ from: Math.max(0, beforeEnd - MAX_CONTENT_TOKENS), to: beforeEnd });
  const resume = tokens[source.resume]?.text === ',' ? source.resume + 1 : source.resume;
  if (resume < tokens.length) {
    const last = contentEnd(tokens, resume);
    if (last >= resume) ranges.push({ from: resume, to: last });
  }
  let words = 0;
  for (const r of ranges) for (let i = r.from; i <= r.to; i++) if (tokens[i]!.word) words++;
  if (words < 2) return null;
  const { kind, ids } = claimInside(text, tokens, input.segments, input.claimed, ranges);
  const parts = ranges.map((r) => ({ start: tokens[r.from]!.start, end: tokens[r.to]!.end }));
  return {
    kind,
    parts,
    joins: parts.map((_, i) => (i === 0 ? '' : ' ')),
    speaker: source.guess,
    cue,
    segments: ids,
  };
}
