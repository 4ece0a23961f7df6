import type { Quote } from '../domain/quote.js';
import type { ResolvedSpeaker } from './speaker-context.js';
import type { Attribution } from './types.js';

/** Turn an attribution and its resolved speaker into the domain Quote (text joined from its parts). */
export function buildQuote(text: string, a: Attribution, speaker: ResolvedSpeaker | null): Quote {
  const parts = a.parts.map((p) => ({ ...p }));
  const last = parts[parts.length - 1]!;
  // A comma before the closing mark belongs to the attribution, not the words: “We will respond,” she said.
  while (last.end > last.start && /[\s,;:]/.test(text.charAt(last.end - 1))) last.end--;
  const words = parts.map((p, i) => (a.joins[i] ?? '') + text.slice(p.start, p.end)).join('');
  return {
    text: words,
    kind: a.kind,
    speaker: speaker?.speaker ?? null,
    speakerKind: speaker?.kind ?? null,
    speakerActorId: speaker?.actorId ?? null,
    affiliation: speaker?.affiliation ?? null,
    cue: a.cue?.text ?? null,
    start: parts[0]!.start,
    end: last.end,
    source: speaker?.source ?? null,
    cueSpan: a.cue ? { ...a.cue.span } : null,
  };
}
