import type { Span } from '../../domain/quote.js';
import type { QuoteSegment } from '../types.js';
import { CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS } from '../lexicon/marks.js';

/** Width of a quote mark that may open or close alike at i: a straight " or a doubled '' (print style), else 0. */
function neutralMark(text: string, i: number): number {
  const c = text.charAt(i);
  if (c === '"') return 1;
  if (c === "'" && text.charAt(i + 1) === "'") return 2;
  return 0;
}

/** Any character a quote mark may be drawn with, or a line break (see nextMark). */
const MARK_OR_BREAK = /[“«”»"'\n]/g;

/**
 * The next position from `from` where a quote mark may stand, or `end`. Every other character leaves the scan as it
 * was, so the scan visits only these: a search is native code, while a loop over every character runs in the
 * interpreter until V8 has seen enough of it, which a command-line run over a few hundred articles never does. The
 * search also stops at line breaks, so that a paragraph without marks is not searched past its end.
 */
function nextMark(text: string, from: number, end: number): number {
  MARK_OR_BREAK.lastIndex = from;
  for (let m = MARK_OR_BREAK.exec(text); m !== null && m.index < end; m = MARK_OR_BREAK.exec(text)) {
    if (m[0] !== '\n') return m.index;
  }
  return end;
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

/** How a quote mark is drawn: curly (“ ” « »), straight (") or doubled apostrophes (''). */
const CURLY = 0;
const STRAIGHT = 1;
const DOUBLED = 2;

/** Does a paragraph open with a quote mark (the convention for a speech that runs on from the one before)? */
function opensWithMark(text: string, p: Span | undefined): boolean {
  return !!p && (OPENING_QUOTE_MARKS.has(text.charAt(p.start)) || neutralMark(text, p.start) > 0);
}

/**
 * The quoted stretches of one paragraph, appended to `out`. With `nest`, a quote inside an open quote is read as
 * nested in it ("… the question: “As you know, …” …" inside a "…" quote, or “… “your team” …”), so the outer
 * quote keeps its words. Returns false when the nested reading is doubtful: the outer quote never closes and
 * neither opens a speech that runs on into the next paragraph nor differs in mark style from the quote inside
 * it ("“We won. “They lost,” he said." has a mistyped mark, not a nested quote); the caller then reads the
 * paragraph again without nesting.
 */
function scanParagraph(
  text: string,
  p: Span,
  paragraph: number,
  next: Span | undefined,
  nest: boolean,
  out: QuoteSegment[],
): boolean {
  let open = -1;
  let openWidth = 1;
  let openStyle = CURLY;
  // A quote nested in the open one: where it opened (-1 for none), its mark style, and whether one has closed.
  let inner = -1;
  let innerStyle = CURLY;
  let nested = false;
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
    inner = -1;
    nested = false;
  };
  for (let i = nextMark(text, p.start, p.end); i < p.end; i = nextMark(text, i + 1, p.end)) {
    const c = text.charAt(i);
    const width = neutralMark(text, i);
    if (OPENING_QUOTE_MARKS.has(c)) {
      if (open >= 0 && closesHere(text, i, p.end)) {
        // "“It's unusual,“ said …": a typo'd opener glued to the words before it and followed by a space closes.
        if (inner >= 0) {
          inner = -1;
          nested = true;
        } else push(i, 1);
      } else if (nest && open >= 0 && inner < 0 && i !== open + openWidth) {
        // A doubled opener ("“ or ““) is one mark typed twice, not a quote nested in an empty one.
        inner = i;
        innerStyle = CURLY;
      } else {
        // A second opener while one is open means the first was never closed; start again here.
        open = i;
        openWidth = 1;
        openStyle = CURLY;
        inner = -1;
        nested = false;
      }
    } else if (CLOSING_QUOTE_MARKS.has(c)) {
      if (inner >= 0 && innerStyle === CURLY) {
        inner = -1;
        nested = true;
      } else if (open >= 0) push(i, 1);
      else if (closerOpens(text, i, p.start)) {
        open = i;
        openWidth = 1;
        openStyle = CURLY;
      }
    } else if (width > 0) {
      const style = width === 2 ? DOUBLED : STRAIGHT;
      if (inner >= 0 && innerStyle === style && !opensHere(text, i, width, p.start)) {
        inner = -1;
        nested = true;
      } else if (
        nest &&
        open >= 0 &&
        inner < 0 &&
        i !== open + openWidth &&
        style !== openStyle &&
        /\s/.test(text.charAt(i - 1)) &&
        opensHere(text, i, width, p.start)
      ) {
        // “He said "no" twice,” …: a straight quote inside a curly one.
        inner = i;
        innerStyle = style;
      } else if (open < 0 || (/\s/.test(text.charAt(i - 1)) && opensHere(text, i, width, p.start))) {
        if (opensHere(text, i, width, p.start)) {
          open = i;
          openWidth = width;
          openStyle = style;
          inner = -1;
          nested = false;
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
  if (open >= 0) {
    const doubtful = nested || inner >= 0;
    const runsOn = open === p.start && (opensWithMark(text, next) || (nested && innerStyle !== openStyle));
    if (doubtful && !runsOn) return false;
    push(null, 0);
  }
  return true;
}

/**
 * Find the quoted stretches of each paragraph. A quote left open at the end of a paragraph runs to the
 * paragraph's end; when the next paragraph opens with a quote mark, that quote continues it (the usual
 * convention for a speech over several paragraphs). Marks that close nothing are ignored. A paragraph is read
 * at most twice (see scanParagraph), so the time stays linear in the text.
 */
export function findQuoteSegments(text: string, paragraphs: Span[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const mark = out.length;
    if (!scanParagraph(text, p, k, paragraphs[k + 1], true, out)) {
      out.length = mark;
      scanParagraph(text, p, k, paragraphs[k + 1], false, out);
    }
  }
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
