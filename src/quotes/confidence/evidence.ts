/**
 * The evidence an attribution rests on, as the rules saw it, turned into named features for the confidence model:
 * which rule found it, the kind and form of its cue, how far the source sits from the cue, whether the source is
 * a name, a pronoun or a bare noun and whether that was resolved, and how the content was segmented.
 */
import type { Quote } from '../../domain/quote.js';
import { firstIndexAfter } from '../../lib/sorted.js';
import {
  ARTICLES,
  CLAUSE_PRONOUNS,
  COORDINATORS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FIRST_SECOND_PERSON,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  NP_MODIFIERS,
  OBJECT_PRONOUNS,
  ORG_NOUNS,
  OUTLET_NOUNS,
  POSSESSIVES,
  PREPOSITIONS,
  ROLE_NOUNS,
  TITLES,
} from '../lexicon/lexicon.js';
import { AUXILIARIES } from '../lexicon/cue-lexicon.js';
import { DEED_CUES, PLAIN_SPEECH_CUES } from '../lexicon/cue-verbs.js';
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
  /** The paragraph the attribution was found in (0 is the first). */
  paragraph: number;
  /** How many attributions of the article credit the same speaker (set by `noteNeighbours`). */
  speakerCount: number;
}

/** Characters between two attributions that still make them neighbours (a split quote, "…,” she said. “…”). */
const NEIGHBOUR_GAP = 160;

/**
 * Note, for attributions in text order, whether the one before or after has the same speaker close by: a quote
 * split by its attribution is often read as two, and corpora count the pair as one.
 */
export function noteNeighbours(sorted: readonly { evidence: EvidenceInput; quote: Quote }[]): void {
  const cues = cueSpans(sorted.map((o) => o.quote));
  // A speaker credited again and again is the article's subject; one credited once is more often a misreading.
  const credited = new Map<string, number>();
  for (const { quote } of sorted)
    if (quote.speaker) credited.set(quote.speaker, (credited.get(quote.speaker) ?? 0) + 1);
  sorted.forEach(({ evidence, quote }, i) => {
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    const same = (o: { quote: Quote } | undefined) =>
      !!o && !!quote.speaker && o.quote.speaker === quote.speaker;
    const size = (q: Quote) => q.end - q.start;
    const close = [
      prev && quote.start - prev.quote.end < NEIGHBOUR_GAP ? prev : undefined,
      next && next.quote.start - quote.end < NEIGHBOUR_GAP ? next : undefined,
    ];
    if (close[0]) evidence.neighbours.push(same(prev) ? 'prev-same-speaker' : 'prev-other-speaker');
    if (close[1]) evidence.neighbours.push(same(next) ? 'next-same-speaker' : 'next-other-speaker');
    // The cue-less quote right after carries this speaker: "X, Schiff said. “Y …”" is one attribution to
    // corpora, and the longer half is the one that counts; the shorter half alone is a half-truth.
    if (close[1] && same(next) && next!.evidence.a.cue === null) evidence.neighbours.push('next-carries-on');
    if (close.some((o) => o && same(o) && size(o.quote) > size(quote)))
      evidence.neighbours.push('shorter-half');
    // Another attribution's cue inside this content ("… Trump was back to implying that …"): the content ran
    // past its own sentence into someone else's attribution, so its bounds (or its speaker) are likely wrong.
    if (holdsCue(quote, i, cues)) evidence.neighbours.push('holds-cue');
    evidence.speakerCount = quote.speaker ? (credited.get(quote.speaker) ?? 0) : 0;
  });
}

/** A cue span and the index of its attribution. */
interface OwnedCue {
  start: number;
  end: number;
  owner: number;
}

/** The attributions' cue spans ordered by start, for binary search (an article may hold thousands). */
function cueSpans(quotes: readonly Quote[]): OwnedCue[] {
  return quotes
    .flatMap((q, owner) => (q.cueSpan ? [{ start: q.cueSpan.start, end: q.cueSpan.end, owner }] : []))
    .sort((x, y) => x.start - y.start);
}

/** True when another attribution's cue lies inside one of the content parts of attribution `self`. */
function holdsCue(q: Quote, self: number, cues: readonly OwnedCue[]): boolean {
  for (const p of q.contentSpans ?? [{ start: q.start, end: q.end }]) {
    const lo = firstIndexAfter(cues, (c) => c.start < p.start);
    for (let k = lo; k < cues.length && cues[k]!.start < p.end; k++)
      if (cues[k]!.end <= p.end && cues[k]!.owner !== self) return true;
  }
  return false;
}

/** Cue lemmas frequent enough in news to carry a weight of their own; the rest share one. */
const COMMON_LEMMAS = new Set(
  'say tell add according report write claim argue note explain warn believe think suggest show find announce ask call want'.split(
    ' ',
  ),
);

/** A bucketing of a count by upper edges: "≤1", "≤2", ">2" for edges [1, 2], the labels made once. */
function buckets(edges: readonly number[]): (n: number) => string {
  const labels = [...edges.map((e) => `≤${e}`), `>${edges[edges.length - 1]}`];
  return (n) => {
    let i = 0;
    while (i < edges.length && !(n <= edges[i]!)) i++;
    return labels[i]!;
  };
}

const CUE_WORD_COUNT = buckets([1, 2]);
const NAME_WORD_COUNT = buckets([1, 2, 3]);
const DISTANCE = buckets([1, 3, 12, 40]);
const SOURCE_LENGTH = buckets([4, 12, 30, 60]);
const PART_COUNT = buckets([1, 2]);
const CONTENT_LENGTH = buckets([25, 60, 150, 300, 600]);
const LOOSE_WORDS = buckets([0, 1, 3]);
const SPEAKER_COUNT = buckets([0, 1, 2, 4, 8]);
const PARAGRAPH = buckets([0, 1, 3, 8]);
const CONTENT_WORDS = buckets([3, 6, 10, 20, 40]);

/**
 * The feature "name:value", made once for each name and value: the model looks every feature up by name, and a
 * name built afresh for each attribution had to be hashed afresh. Values come from closed lists (kinds, forms,
 * lemmas, bucket labels); past a bound a value is no longer kept, so the cache cannot grow without end.
 */
const featureNames = new Map<string, Map<string, string>>();
const MAX_VALUES = 2_000;

function feature(name: string, value: string): string {
  let byValue = featureNames.get(name);
  if (!byValue) {
    byValue = new Map();
    featureNames.set(name, byValue);
  }
  let f = byValue.get(value);
  if (f === undefined) {
    f = `${name}:${value}`;
    if (byValue.size < MAX_VALUES) byValue.set(value, f);
  }
  return f;
}

/** Named 0/1 features of one attribution (the model adds a weight per name present). */
export function evidenceFeatures(e: EvidenceInput): string[] {
  const { a, speaker, text } = e;
  const f: string[] = ['bias', feature('origin', e.origin), feature('kind', a.kind)];
  const cue = a.cue;
  f.push(feature('form', cue?.form ?? 'none'), feature('class', cue?.cueClass ?? 'none'));
  if (cue) {
    f.push(
      feature('lemma', COMMON_LEMMAS.has(cue.lemma) ? cue.lemma : 'other'),
      feature('cue-lemma', cue.lemma),
    );
    // "said" against "may prove", "did not directly address": the more words a cue takes, the less it is speech.
    f.push(feature('cue-words', CUE_WORD_COUNT(cue.text.split(/\s+/).length)));
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
  f.push(feature('phrase', phrase), `kind×phrase:${a.kind}×${phrase}`);
  const shape = speaker?.speaker ? speakerShape(speaker.speaker) : 'none';
  f.push(feature('shape', shape), feature('skind', speaker?.kind ?? 'none'));
  if (speaker?.actorId) f.push('actor');
  if (guess?.anaphor && speaker?.speaker && speaker.speaker !== guess.name) f.push('anaphor-resolved');
  if (speaker?.speaker) f.push(feature('name-words', NAME_WORD_COUNT(speaker.speaker.split(/\s+/).length)));
  if (guess && cue) {
    const s = guess.source;
    const c = cue.span;
    const after = s.start >= c.end;
    const gap = after ? s.start - c.end : Math.max(0, c.start - s.end);
    f.push(after ? 'source-after' : 'source-before', feature('gap', DISTANCE(gap)));
    const between = after ? text.slice(c.end, s.start) : text.slice(s.end, c.start);
    if (/[,;:()—–]/.test(between)) f.push('gap-punct');
    // A source running over a line break ("Vox]\n-Lynn Vavreck", a headline and a byline) is not one phrase.
    if (text.slice(s.start, s.end).includes('\n')) f.push('source-newline');
    f.push(feature('source-len', SOURCE_LENGTH(s.end - s.start)));
  }
  if (guess) f.push(...sourceWords(text, guess.source));
  f.push(feature('opens', contentOpening(text, a)));
  if (cue) {
    // Words between the cue and the content: "said | to cheers at a rally |, that …" drifts from the speech.
    const c = a.parts[0]!.start >= cue.span.end ? a.parts[0]!.start - cue.span.end : -1;
    if (c >= 0) f.push(feature('content-gap', DISTANCE(c)));
  }
  const parts = a.parts.length;
  f.push(feature('parts', PART_COUNT(parts)));
  const chars = a.parts.reduce((n, p) => n + p.end - p.start, 0);
  f.push(feature('len', CONTENT_LENGTH(chars)));
  const first = text.slice(a.parts[0]!.start, a.parts[0]!.start + 1);
  if (/[“"«‘']/.test(first)) f.push('opens-quoted');
  if (a.leadingThat) f.push('that');
  f.push(feature('ends', contentEnding(text, a)));
  if (unbalancedQuotes(text, a)) f.push('unbalanced-quotes');
  if (e.continued) f.push('continued');
  for (const n of e.neighbours) f.push(n, `${a.kind}×${n}`);
  f.push(`speaker-count:${SPEAKER_COUNT(e.speakerCount)}`, `paragraph:${PARAGRAPH(e.paragraph)}`);
  if (cue) f.push(...cueCrosses(cue.lemma, a.kind, f), ...cueTense(cue.text));
  f.push(...contentWords(text, a));
  if (cue) f.push(...senseCrosses(cueSense(cue.lemma, cue.cueClass), a.kind, f));
  return f;
}

/**
 * The cue lemma with the content's opening and the attribution's kind: "said the …" is speech, "posted an
 * overwhelming victory" or "addressed the students" an action with its object, which only the verb tells apart.
 * (Named so that `CROSSED` does not pair them again.)
 */
function cueCrosses(lemma: string, kind: string, f: readonly string[]): string[] {
  const opens = f.find((x) => x.startsWith('opens:')) ?? 'opens:none';
  return [`cue×${opens}:${lemma}`, `cue×kind:${lemma}×${kind}`];
}

/**
 * The cue's sense group: a deed verb, a plain verb of saying, or else the cue's class (thought, stance, intent,
 * evidence, other speech). Rare cue lemmas share the group's weight where their own is not learnt.
 */
export function cueSense(lemma: string, cueClass: string | null | undefined): string {
  if (DEED_CUES.has(lemma)) return 'deed';
  if (PLAIN_SPEECH_CUES.has(lemma)) return 'plain-speech';
  return cueClass ?? 'none';
}

/**
 * The sense group alone and crossed with the kind, the content's opening and whether the content is a clause:
 * a deed verb before an object ("posted a photo") is an action, before a clause ("decided that …") a view.
 */
function senseCrosses(sense: string, kind: string, f: readonly string[]): string[] {
  const opens = f.find((x) => x.startsWith('opens:'))?.slice(6) ?? 'none';
  const clause = f.includes('content-aux') || f.includes('that') ? 'clause' : 'no-clause';
  return [
    `sense:${sense}`,
    `sense×kind:${sense}×${kind}`,
    `sense×opens:${sense}×${opens}`,
    `sense×clause:${sense}×${clause}`,
  ];
}

/**
 * The cue's tense and aspect: a perfect ("has sought", "had also claimed"), a progressive or gerund, a form of
 * "be", a past in -ed or a present in -s. Actions PolNeAR does not mark come more often in some of them.
 */
function cueTense(cueText: string): string[] {
  const words = cueText.toLowerCase().split(/\s+/);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const out: string[] = [];
  if (first === 'has' || first === 'have' || first === 'had') out.push('cue-perfect');
  if (first.endsWith('ing')) out.push('cue-ing');
  if (/\b(?:is|are|was|were)\b/.test(cueText.toLowerCase())) out.push('cue-be');
  if (last.endsWith('ed')) out.push('cue-ed');
  if (last.endsWith('s') && !last.endsWith('ss')) out.push('cue-s');
  return out;
}

/**
 * What the content's words show: a clause has an auxiliary or a form of "be" ("… the race is tightening"), an
 * object noun phrase rarely does; the speaker's own "I", "we" or "you" mark words spoken, not a reporter's
 * summary; and the content's length in words.
 */
function contentWords(text: string, a: Attribution): string[] {
  let words = 0;
  let aux = false;
  let person = false;
  for (const p of a.parts) {
    for (const w of text.slice(p.start, p.end).match(WORD) ?? []) {
      words++;
      const l = w.toLowerCase().replace(/[’'].*$/, '');
      if (AUXILIARIES.has(l)) aux = true;
      if (FIRST_SECOND_PERSON.has(l)) person = true;
    }
  }
  const out = [`content-words:${CONTENT_WORDS(words)}`];
  if (aux) out.push('content-aux');
  if (person) out.push(`content-person×${a.kind}`);
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Lower-case words a speaker phrase may hold: function words and the nouns that describe a speaker. */
const SPEAKER_WORDS = [
  DETERMINERS,
  PREPOSITIONS,
  POSSESSIVES,
  COORDINATORS,
  ROLE_NOUNS,
  TITLES,
  GROUP_NOUNS,
  ORG_NOUNS,
  GOVERNMENT_NOUNS,
  OUTLET_NOUNS,
  DOCUMENT_NOUNS,
  NP_MODIFIERS,
];
const speakerWord = (lower: string) => SPEAKER_WORDS.some((set) => set.has(lower));

/**
 * What the words of the source phrase look like: a speaker is a name or a described role, so lower-case words
 * that are neither role nouns nor function words ("respects Clinton and", "Holding signs") point at a phrase cut
 * from the sentence rather than a speaker; so do a phrase opening with an -ing word or ending in a conjunction.
 */
function sourceWords(text: string, source: { start: number; end: number }): string[] {
  const words = text.slice(source.start, source.end).match(WORD) ?? [];
  if (words.length === 0) return ['source-words:none'];
  const out: string[] = [];
  let loose = 0;
  for (const w of words) {
    const l = w.toLowerCase();
    // A plural of a describing noun ("officials", "ministries") counts as the noun.
    const singular = l.endsWith('ies') ? `${l.slice(0, -3)}y` : l.replace(/s$/, '');
    if (w[0] === l[0] && !/^\d/.test(w) && !speakerWord(l) && !speakerWord(singular)) loose++;
  }
  out.push(feature('source-loose', LOOSE_WORDS(loose)));
  if (/ing$/i.test(words[0]!)) out.push('source-opens-ing');
  const last = words[words.length - 1]!.toLowerCase();
  if (COORDINATORS.has(last) || PREPOSITIONS.has(last) || ARTICLES.has(last)) out.push('source-ends-open');
  if (words.some((w) => COORDINATORS.has(w.toLowerCase()))) out.push('source-coordinated');
  return out;
}

/**
 * The first word of the content after its quote mark and "that": a clause ("he will …"), an infinitive ("sought
 * to calm"), an object noun phrase ("slammed the proposal", "listed investments") or a question. Reported speech
 * is a clause; a cue followed by its object is mostly an action, not speech.
 */
function contentOpening(text: string, a: Attribution): string {
  const first = a.parts[0]!;
  const head = text.slice(first.start, Math.min(first.end, first.start + 40));
  const words = head.replace(/^[\s“"«‘'(]+/, '').match(WORD) ?? [];
  let w = words[0];
  if (w && a.leadingThat && w.toLowerCase() === 'that') w = words[1];
  if (!w) return 'none';
  const l = w.toLowerCase();
  if (/^\d/.test(w)) return 'number';
  if (l === 'to') return 'to';
  if (CLAUSE_PRONOUNS.has(l) || l === 'it' || l === 'you') return 'pronoun';
  if (ARTICLES.has(l) || POSSESSIVES.has(l)) return 'determiner';
  if (OBJECT_PRONOUNS.has(l)) return 'object-or-wh';
  if (w[0] !== l[0]) return 'capital';
  if (/ing$/.test(l)) return 'ing';
  return 'lower';
}

/**
 * What follows the content: a sentence end, a closing quote mark, a comma, the end of a paragraph, or a word.
 * Content cut at a comma or before a word ("the panel has the full|, unredacted …") has lost part of what was said.
 */
function contentEnding(text: string, a: Attribution): string {
  const end = a.parts[a.parts.length - 1]!.end;
  const next = /\S|\n/.exec(text.slice(end, end + 8).replace(/^[ \t]+/, ''))?.[0];
  if (next === undefined || next === '\n') return 'paragraph';
  if (/[.!?]/.test(next)) return 'stop';
  if (/[”"’']/.test(next)) return 'quote';
  if (/[,;:]/.test(next)) return 'comma';
  if (/[—–-]/.test(next)) return 'dash';
  return 'word';
}

/** The content's text opens a quotation it does not close, or closes one it did not open. */
function unbalancedQuotes(text: string, a: Attribution): boolean {
  const body = a.parts.map((p) => text.slice(p.start, p.end)).join(' ');
  const straight = (body.match(/"/g) ?? []).length;
  const open = (body.match(/“/g) ?? []).length;
  const close = (body.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open !== close;
}

/** The features whose pairs carry weights of their own (a pronoun is safe after "said", not after "claimed"). */
export const CROSSED =
  /^(?:origin|form|phrase|shape|gap|len|lemma|parts|source-(?:after|before|loose)|prev|next|cue-words|opens|shorter-half|name-words):?/;

/** The features plus every pair of the crossed ones (named "a&b"), as the calibration fits them. */
export function withPairs(f: readonly string[]): string[] {
  const core = f.filter((x) => CROSSED.test(x));
  const out = [...f];
  for (let i = 0; i < core.length; i++)
    for (let j = i + 1; j < core.length; j++) out.push(`${core[i]}&${core[j]}`);
  return out;
}
