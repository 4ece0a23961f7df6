import type { Span } from '../../domain/quote.js';
import { CUE_WORDS } from '../lexicon/cue-lexicon.js';
import { ABBREVIATIONS } from '../lexicon/lexicon.js';
import type { QuoteSegment } from '../types.js';
import { STARTERS } from '../lexicon/text-words.js';

const ENDERS = '.!?…';
const TRAILERS = ")]’'";

/**
 * Spans of the sentences of one paragraph, given the paragraph's quote segments in order. Quoted stretches are
 * never split, however many sentences they hold.
 */
export function sentenceSpans(text: string, para: Span, segs: QuoteSegment[]): Span[] {
  const out: Span[] = [];
  let start = para.start;
  let k = 0;
  let i = para.start;
  while (i < para.end) {
    while (k < segs.length && segs[k]!.open < i) k++;
    const seg = segs[k];
    if (seg && i === seg.open) {
      // Jump over the quote; it may end a sentence if its last words do.
      const close = seg.close ?? para.end - 1;
      const after = seg.closeEnd ?? para.end;
      k++;
      const lastInside = lastNonSpace(text, seg.open + 1, close);
      if (
        lastInside >= 0 &&
        ENDERS.includes(text.charAt(lastInside)) &&
        !attributionFollows(text, text.charAt(lastInside), after, para.end)
      ) {
        const b = boundaryAfter(text, after, para.end);
        if (b !== null) {
          out.push({ start, end: after });
          start = b;
        }
      }
      i = after;
      continue;
    }
    const c = text.charAt(i);
    if (
      ENDERS.includes(c) &&
      !(c === '.' && isAbbreviation(text, i, para.start) && !startsSentence(text, i + 1, para.end))
    ) {
      let j = i + 1;
      while (j < para.end && (ENDERS.includes(text.charAt(j)) || TRAILERS.includes(text.charAt(j)))) j++;
      const b = boundaryAfter(text, j, para.end);
      if (b !== null) {
        out.push({ start, end: j });
        start = b;
        i = b;
        continue;
      }
      i = j;
      continue;
    }
    i = nextStop(text, i + 1, seg ? Math.min(seg.open, para.end) : para.end);
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}

/** A sentence ender or a line break (see nextStop). */
const ENDER_OR_BREAK = /[.!?…\n]/g;

/**
 * The next position from `from` that may end a sentence, or `end` (the next quote or the paragraph's end): the
 * characters in between change nothing. A search is native code, where a loop over each character would run in the
 * interpreter for most of a command-line run; it stops at line breaks so as not to run past the paragraph.
 */
function nextStop(text: string, from: number, end: number): number {
  ENDER_OR_BREAK.lastIndex = from;
  for (let m = ENDER_OR_BREAK.exec(text); m !== null && m.index < end; m = ENDER_OR_BREAK.exec(text)) {
    if (m[0] !== '\n') return m.index;
  }
  return end;
}

/** A capitalised subject of up to four words and a word closing the clause: "Scarborough continued.", "Mr. Trump asked, …". */
const SUBJECT_THEN_WORD = /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(\p{Ll}+)(?=[,.:])/u;

/**
 * “Is he serious?” Scarborough continued.: a question or exclamation in quotes followed by its speaker and a verb
 * of speech leaves the sentence open, as a comma inside the mark would.
 */
function attributionFollows(text: string, ender: string, after: number, end: number): boolean {
  if (ender !== '?' && ender !== '!') return false;
  const m = SUBJECT_THEN_WORD.exec(text.slice(after, Math.min(end, after + 80)));
  if (!m) return false;
  const w = CUE_WORDS.get(m[1]!);
  return !!w && (w.forms.has('past') || w.forms.has('s'));
}

function lastNonSpace(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (!/\s/.test(text.charAt(i))) return i;
  return -1;
}

/** After white space, a sentence starts with a capital, a digit, an opening quote or bracket. */
function boundaryAfter(text: string, j: number, end: number): number | null {
  if (j >= end || !/\s/.test(text.charAt(j))) return null;
  let n = j;
  while (n < end && /\s/.test(text.charAt(n))) n++;
  if (n >= end) return null;
  return /[\p{Lu}\p{N}“"‘'(«[]/u.test(text.charAt(n)) ? n : null;
}

/** After an abbreviation's stop at i: does a typical sentence opener follow ("U.S. The")? */
function startsSentence(text: string, i: number, end: number): boolean {
  if (!/\s/.test(text.charAt(i))) return false;
  const m = /^\s+([\p{L}]+)/u.exec(text.slice(i, Math.min(end, i + 40)));
  if (!m || !STARTERS.has(m[1]!)) return false;
  // Initials and titles ("J. The", "Mr. The") are rare; only dotted abbreviations of two or more letters count.
  let s = i - 1;
  while (s > 0 && /[\p{L}.]/u.test(text.charAt(s - 1))) s--;
  return /^(?:\p{L}\.){2,}$/u.test(text.slice(s, i));
}

/** Is the full stop at i the end of an abbreviation ("Mr.", "U.S.", an initial "J.")? */
function isAbbreviation(text: string, i: number, from: number): boolean {
  let s = i;
  while (s > from && /[\p{L}.]/u.test(text.charAt(s - 1))) s--;
  const word = text.slice(s, i);
  if (word === '') return false;
  if (word.includes('.')) return true;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
