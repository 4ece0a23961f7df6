import { capInput, MAX_TEXT_CHARS } from './limits.js';
import { repairMojibake } from './mojibake.js';

/** Normalise a saved text page: line endings, stray controls, odd spaces, encoding damage. */
export function normaliseText(raw: string): string {
  return repairMojibake(capInput(raw, MAX_TEXT_CHARS))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/[\t\f\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\u2028|\u2029/g, '\n');
}

const MAX_LINES = 5_000;
const MAX_LINE_CHARS = 20_000;

// A block of hard-wrapped prose: every line but the last is long and of similar length, and none
// but the last ends a sentence — unlike a list of short menu items or one-line paragraphs.
function isWrapped(lines: string[]): boolean {
  if (lines.length < 2 || lines.length > 200) return false;
  const body = lines.slice(0, -1);
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (const l of body) {
    min = Math.min(min, l.length);
    max = Math.max(max, l.length);
  }
  if (min < 40 || max > 110 || max - min > 35) return false;
  const sentenceEnds = body.filter((l) => /[.!?:"”]$/.test(l)).length;
  return sentenceEnds <= body.length / 2;
}

/** Logical lines of a text, and for each whether it opens a blank-line-separated block. */
export interface SplitText {
  lines: string[];
  /** blockStart[i] is true when line i is the first of a block of two or more lines. */
  blockStart: boolean[];
}

/**
 * Split text into logical lines: one per paragraph. Blank-line-separated blocks of hard-wrapped
 * prose are joined into one line; otherwise every non-empty line stands alone. Bounded in count
 * and length so pathological input stays cheap.
 */
export function splitText(text: string): SplitText {
  const out: string[] = [];
  const blockStart: boolean[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.replace(/ {2,}/g, ' ').trim())
      .filter((l) => l !== '');
    if (isWrapped(lines)) {
      out.push(lines.join(' ').slice(0, MAX_LINE_CHARS));
      blockStart.push(false);
    } else {
      lines.forEach((l, i) => {
        out.push(l.slice(0, MAX_LINE_CHARS));
        blockStart.push(i === 0 && lines.length > 1);
      });
    }
    if (out.length >= MAX_LINES) break;
  }
  return { lines: out.slice(0, MAX_LINES), blockStart: blockStart.slice(0, MAX_LINES) };
}

/** The logical lines of a text (see splitText). */
export function splitLines(text: string): string[] {
  return splitText(text).lines;
}

/** Number of words in a line. */
export function wordCount(line: string): number {
  const m = line.match(/\S+/g);
  return m ? m.length : 0;
}

/** True when the line ends like a sentence (period, question/exclamation mark, closing quote). */
export function endsSentence(line: string): boolean {
  return /[.!?…]["”’')\]]*$/.test(line);
}

/** Prose: a real sentence or paragraph, as opposed to a label, menu item or button. */
export function isProse(line: string): boolean {
  const words = wordCount(line);
  return words >= 12 || (words >= 3 && endsSentence(line));
}
