import type { Span } from '../domain/quote.js';
import type { QuoteSegment } from './types.js';

const OPENERS = new Set(['“', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';

/** Could a straight quote at i open a quote (start of paragraph or after a space or bracket, before a non-space)? */
function opensHere(text: string, i: number, paraStart: number): boolean {
  const before = i > paraStart ? text.charAt(i - 1) : ' ';
  const after = text.charAt(i + 1);
  return /[\s([{—–\-/]/.test(before) && after !== '' && !/\s/.test(after);
}

/**
 * Find the quoted stretches of each paragraph in one pass. A quote left open at the end of a paragraph runs to
 * the paragraph's end; when the next paragraph opens with a quote mark, that quote continues it (the usual
 * convention for a speech over several paragraphs). Marks that close nothing are ignored.
 */
export function findQuoteSegments(text: string, paragraphs: Span[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  paragraphs.forEach((p, paragraph) => {
    let open = -1;
    const push = (close: number | null) => {
      const contentStart = open + 1;
      let contentEnd = close ?? p.end;
      let s = contentStart;
      while (s < contentEnd && /\s/.test(text.charAt(s))) s++;
      while (contentEnd > s && /\s/.test(text.charAt(contentEnd - 1))) contentEnd--;
      if (contentEnd > s) {
        out.push({ open, close, contentStart: s, contentEnd, paragraph, next: null, prev: null });
      }
      open = -1;
    };
    for (let i = p.start; i < p.end; i++) {
      const c = text.charAt(i);
      if (OPENERS.has(c)) {
        // A second opener while one is open means the first was never closed; start again here.
        open = i;
      } else if (CLOSERS.has(c)) {
        if (open >= 0) push(i);
        else if (opensHere(text, i, p.start) && /\p{L}/u.test(text.charAt(i + 1))) open = i;
      } else if (c === STRAIGHT) {
        if (open < 0) {
          if (opensHere(text, i, p.start)) open = i;
        } else if (/\s/.test(text.charAt(i - 1)) && opensHere(text, i, p.start)) {
          open = i;
        } else {
          push(i);
        }
      }
    }
    if (open >= 0) push(null);
  });
  // Link a quote left open at a paragraph's end to a quote that opens the next paragraph.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    const nextPara = paragraphs[a.paragraph + 1];
    if (a.close === null && nextPara && b.paragraph === a.paragraph + 1 && b.open === nextPara.start) {
      a.next = k + 1;
      b.prev = k;
    }
  }
  return out;
}
