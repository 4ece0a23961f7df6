import type { Span } from '../domain/quote.js';
import type { QuoteSegment } from './types.js';

const OPENERS = new Set(['“', '«']);
const CLOSERS = new Set(['”', '»']);

/** Width of a quote mark that may open or close alike at i: a straight " or a doubled '' (print style), else 0. */
function neutralMark(text: string, i: number): number {
  const c = text.charAt(i);
  if (c === '"') return 1;
  if (c === "'" && text.charAt(i + 1) === "'") return 2;
  return 0;
}

/** Could a neutral mark of `width` at i open a quote (after a space or bracket, before a non-space)? */
function opensHere(text: string, i: number, width: number, paraStart: number): boolean {
  const before = i > paraStart ? text.charAt(i - 1) : ' ';
  const after = text.charAt(i + width);
  return /[\s([{—–\-/\p{Cf}]/u.test(before) && after !== '' && !/\s/.test(after);
}

/**
 * Could a closing mark at i open a quote, as a mistyped opener: at the start of a word ("”This is …") or of a
 * quote that picks up mid-sentence (”… they are", "” … they are"), with nothing glued before it.
 */
function closerOpens(text: string, i: number, paraStart: number): boolean {
  if (!opensHere(text, i, 1, paraStart) && !(i === paraStart && text.charAt(i + 1) === ' ')) return false;
  return /^(?:\p{L}| ?…)/u.test(text.slice(i + 1, i + 3));
}

/** Could an opening mark at i close instead: glued to a word or punctuation before it, a space or the end after? */
function closesHere(text: string, i: number, paraEnd: number): boolean {
  const before = text.charAt(i - 1);
  return before !== '' && !/\s/.test(before) && (i + 1 >= paraEnd || /\s/.test(text.charAt(i + 1)));
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
    let openWidth = 1;
    const push = (close: number | null, closeWidth: number) => {
      let s = open + openWidth;
      let contentEnd = close ?? p.end;
      while (s < contentEnd && /\s/.test(text.charAt(s))) s++;
      while (contentEnd > s && /\s/.test(text.charAt(contentEnd - 1))) contentEnd--;
      if (contentEnd > s) {
        const closeEnd = close === null ? null : close + closeWidth;
        out.push({ open, close, closeEnd, contentStart: s, contentEnd, paragraph, next: null, prev: null });
      }
      open = -1;
    };
    for (let i = p.start; i < p.end; i++) {
      const c = text.charAt(i);
      const width = neutralMark(text, i);
      if (OPENERS.has(c) && open >= 0 && closesHere(text, i, p.end)) {
        // "“It's unusual,“ said …": a typo'd opener glued to the words before it and followed by a space closes.
        push(i, 1);
      } else if (OPENERS.has(c)) {
        // A second opener while one is open means the first was never closed; start again here.
        open = i;
        openWidth = 1;
      } else if (CLOSERS.has(c)) {
        if (open >= 0) push(i, 1);
        else if (closerOpens(text, i, p.start)) {
          open = i;
          openWidth = 1;
        }
      } else if (width > 0) {
        if (open < 0 || (/\s/.test(text.charAt(i - 1)) && opensHere(text, i, width, p.start))) {
          if (opensHere(text, i, width, p.start)) {
            open = i;
            openWidth = width;
          }
        } else if (width === 2 && text.charAt(i + 2) === "'") {
          // "''… 'old-school,''' said": an inner single quote closes first; the doubled mark is the last two.
          push(i + 1, width);
          i++;
        } else {
          push(i, width);
        }
        i += width - 1;
      }
    }
    if (open >= 0) push(null, 0);
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
