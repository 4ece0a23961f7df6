/**
 * The evidence an attribution rests on, as the rules saw it, turned into named features for the confidence model:
 * which rule found it, the kind and form of its cue, how far the source sits from the cue, whether the source is
 * a name, a pronoun or a bare noun and whether that was resolved, and how the content was segmented.
 */
import type { Quote } from '../../domain/quote.js';
import type { ResolvedSpeaker } from '../speakers/speaker-context.js';
import { speakerShape } from '../speakers/speaker-shape.js';
import type { Attribution } from '../types.js';

/** Where an attribution came from: a rule of the cue list, a marked form, a lead-in or a quote with no cue. */
export type Origin = string;

/** One attribution with what is known of it when the confidence is computed. */
export interface EvidenceInput {
  text: string;
  a: Attribution;
  speaker: ResolvedSpeaker | null;
  origin: Origin;
  /** The quote carries on an earlier attribution's speaker (a cue-less continuation was joined to it). */
  continued: boolean;
  /** What the attributions next to it show (set by `noteNeighbours`): same speaker close before or after. */
  neighbours: string[];
}

/** Characters between two attributions that still make them neighbours (a split quote, "…,” she said. “…”). */
const NEIGHBOUR_GAP = 160;

/**
 * Note, for attributions in text order, whether the one before or after has the same speaker close by: a quote
 * split by its attribution is often read as two, and corpora count the pair as one.
 */
export function noteNeighbours(sorted: readonly { evidence: EvidenceInput; quote: Quote }[]): void {
  sorted.forEach(({ evidence, quote }, i) => {
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    const same = (o: { quote: Quote } | undefined) =>
      !!o && !!quote.speaker && o.quote.speaker === quote.speaker;
    if (prev && quote.start - prev.quote.end < NEIGHBOUR_GAP)
      evidence.neighbours.push(same(prev) ? 'prev-same-speaker' : 'prev-other-speaker');
    if (next && next.quote.start - quote.end < NEIGHBOUR_GAP)
      evidence.neighbours.push(same(next) ? 'next-same-speaker' : 'next-other-speaker');
  });
}

/** Cue lemmas frequent enough in news to carry a weight of their own; the rest share one. */
const COMMON_LEMMAS = new Set(
  'say tell add according report write claim argue note explain warn believe think suggest show find announce ask call want'.split(
    ' ',
  ),
);

const bucket = (n: number, edges: readonly number[]): string => {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `≤${edges[i]}`;
};

/** Named 0/1 features of one attribution (the model adds a weight per name present). */
export function evidenceFeatures(e: EvidenceInput): string[] {
  const { a, speaker, text } = e;
  const f: string[] = ['bias', `origin:${e.origin}`, `kind:${a.kind}`];
  const cue = a.cue;
  f.push(`form:${cue?.form ?? 'none'}`, `class:${cue?.cueClass ?? 'none'}`);
  if (cue) {
    f.push(`lemma:${COMMON_LEMMAS.has(cue.lemma) ? cue.lemma : 'other'}`, `cue-lemma:${cue.lemma}`);
    // "said" against "may prove", "did not directly address": the more words a cue takes, the less it is speech.
    f.push(`cue-words:${bucket(cue.text.split(/\s+/).length, [1, 2])}`);
    if (/\b(?:not|never|n[’']t)\b/i.test(cue.text)) f.push('cue-negated');
    if (/^(?:may|might|could|would|will|can|should|must)\b/i.test(cue.text)) f.push('cue-modal');
  }
  f.push(`kind×form:${a.kind}×${cue?.form ?? 'none'}`);
  const guess = a.speaker;
  const phrase = !guess
    ? speaker
      ? 'carried'
      : 'none'
    : guess.anaphor === null
      ? 'named'
      : guess.head
        ? `${guess.anaphor}-noun`
        : `${guess.anaphor}-pronoun`;
  f.push(`phrase:${phrase}`, `kind×phrase:${a.kind}×${phrase}`);
  const shape = speaker?.speaker ? speakerShape(speaker.speaker) : 'none';
  f.push(`shape:${shape}`, `skind:${speaker?.kind ?? 'none'}`);
  if (speaker?.actorId) f.push('actor');
  if (guess?.anaphor && speaker?.speaker && speaker.speaker !== guess.name) f.push('anaphor-resolved');
  if (speaker?.speaker) f.push(`name-words:${bucket(speaker.speaker.split(/\s+/).length, [1, 2, 3])}`);
  if (guess && cue) {
    const s = guess.source;
    const c = cue.span;
    const after = s.start >= c.end;
    const gap = after ? s.start - c.end : Math.max(0, c.start - s.end);
    f.push(`source-${after ? 'after' : 'before'}`, `gap:${bucket(gap, [1, 3, 12, 40])}`);
    const between = after ? text.slice(c.end, s.start) : text.slice(s.end, c.start);
    if (/[,;:()—–]/.test(between)) f.push('gap-punct');
    f.push(`source-len:${bucket(s.end - s.start, [4, 12, 30, 60])}`);
  }
  const parts = a.parts.length;
  f.push(`parts:${bucket(parts, [1, 2])}`);
  const chars = a.parts.reduce((n, p) => n + p.end - p.start, 0);
  f.push(`len:${bucket(chars, [25, 60, 150, 300, 600])}`);
  const first = text.slice(a.parts[0]!.start, a.parts[0]!.start + 1);
  if (/[“"«‘']/.test(first)) f.push('opens-quoted');
  if (a.leadingThat) f.push('that');
  if (e.continued) f.push('continued');
  for (const n of e.neighbours) f.push(n, `${a.kind}×${n}`);
  return f;
}

/** The features whose pairs carry weights of their own (a pronoun is safe after "said", not after "claimed"). */
export const CROSSED = /^(?:origin|form|phrase|shape|gap|len|lemma|parts|source-(?:after|before)|prev|next|cue-words):?/;

/** The features plus every pair of the crossed ones (named "a&b"), as the calibration fits them. */
export function withPairs(f: readonly string[]): string[] {
  const core = f.filter((x) => CROSSED.test(x));
  const out = [...f];
  for (let i = 0; i < core.length; i++) for (let j = i + 1; j < core.length; j++) out.push(`${core[i]}&${core[j]}`);
  return out;
}
