import type { Quote } from '../domain/quote.js';
import type { SpeakerHint } from './in-text/types.js';

/** The named speakers of resolved quotes, as hints for finding actors: people and organisations only. */
export function speakerHints(quotes: readonly Quote[]): SpeakerHint[] {
  const out: SpeakerHint[] = [];
  for (const q of quotes) {
    if (!q.source || !q.speaker) continue;
    if (q.speakerKind === 'person' || q.speakerKind === 'organisation')
      out.push({ kind: q.speakerKind, start: q.source.start, end: q.source.end });
  }
  return out;
}
