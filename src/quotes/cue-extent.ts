/**
 * Cue extent as attribution corpora draw it: a few words right after the cue verb belong to the cue ("said
 * Tuesday", "said with a laugh", "asked about", "pushed back against", "weighed in on"). Measured on PolNeAR
 * train: these are the extensions annotators make more often than not; "said in a statement", "said on
 * Twitter" and "promised to" split about evenly or the other way, so they stay out.
 */
import type { Span } from '../domain/quote.js';
import type { Attribution } from './types.js';

const DAY =
  /^\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,.:;])/i;
const MANNER = /^\s+with\s+an?\s+(?:laugh|grin|smile|smirk|chuckle|shrug)(?=[\s,.:;])/i;
const PREPOSITION = /^\s+(?:about|against)(?=\s)/i;
const PARTICLE_PREP = /^\s+(?:on|about|at|against|for|with)(?=\s)/i;
const PARTICLE = /^(?:in|down|out|up|back)$/i;
const BACK = /^\s+back(?:\s+(?:at|against|on))?(?=[\s,.:;])/i;
/** Speech verbs whose following "about"/"against" opens the content rather than closing the cue. */
const PLAIN_SAY = /^(?:say|said|says|saying|tell|told|tells|telling|promise[ds]?|promising)$/i;
const ASKED_ABOUT = /^\s+about(?=\s)/i;

/** How many characters after the cue's end belong to it (0 when none). */
function extraLength(text: string, cueSpan: Span): number {
  const after = text.slice(cueSpan.end, cueSpan.end + 60);
  const words = text.slice(cueSpan.start, cueSpan.end).split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const verb = last.toLowerCase();
  if (PARTICLE.test(last)) return PARTICLE_PREP.exec(after)?.[0].length ?? 0;
  const day = DAY.exec(after);
  if (day && !/^promis/i.test(verb)) return day[0].length;
  const manner = MANNER.exec(after);
  if (manner) return manner[0].length;
  if (/^ask(?:ed|s|ing)?$/i.test(verb)) return ASKED_ABOUT.exec(after)?.[0].length ?? 0;
  const back = BACK.exec(after);
  if (back && /^(?:push|hit|fire|fight|strike|struck|shot|lash|talk)/i.test(verb)) return back[0].length;
  if (!PLAIN_SAY.test(verb)) return PREPOSITION.exec(after)?.[0].length ?? 0;
  return 0;
}

/**
 * Widen an attribution's cue over the words that belong to it, trimming a content part that began with them.
 * Left unchanged when the words would cut into the middle of a content part.
 */
export function widenCue(text: string, a: Attribution): Attribution {
  const cue = a.cue;
  if (!cue || cue.form === 'according' || cue.form === 'colon') return a;
  const extra = extraLength(text, cue.span);
  if (extra === 0) return a;
  const end = cue.span.end + extra;
  const parts: Span[] = [];
  for (const p of a.parts) {
    if (p.end <= cue.span.end || p.start >= end) {
      parts.push(p);
      continue;
    }
    // Only a part that starts inside the new words may lose its head; anything else means the words are content.
    if (p.start < cue.span.end || p.end <= end) return a;
    let start = end;
    while (start < p.end && /\s/.test(text.charAt(start))) start++;
    parts.push({ start, end: p.end });
  }
  return {
    ...a,
    parts,
    cue: { ...cue, span: { start: cue.span.start, end }, text: text.slice(cue.span.start, end) },
  };
}
