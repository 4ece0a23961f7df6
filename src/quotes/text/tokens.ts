import type { Span } from '../../domain/quote.js';
import type { QuoteSegment, Token } from '../types.js';

/**
 * Words (with inner hyphens, points and apostrophes: "Jae-myung", "U.S.", "O'Brien"), titles with their
 * full stop ("Mr.", "Sen."), clitics split off
 * ("China" + "'s", "didn" + "'t") and single punctuation marks.
 */
const TOKEN =
  /(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|St|Jr|Sr|Amb|Pres)\.|[\p{L}\p{N}]+(?:(?:[-.]|['’](?!(?:s|t|ll|re|ve|d|m)\b))[\p{L}\p{N}]+)*|['’](?:s|t|ll|re|ve|d|m)\b|\S/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

/** Tokens of one paragraph, each tagged with the quote segment it lies in; `own` lists the paragraph's segments. */
export function tokenizeParagraph(
  text: string,
  para: Span,
  segments: QuoteSegment[],
  own: number[],
): Token[] {
  const out: Token[] = [];
  const inPara = own.map((i) => ({ s: segments[i]!, i }));
  let k = 0;
  // One shared expression, not one compiled per paragraph: reading is synchronous, so its lastIndex is ours here.
  const re = TOKEN;
  re.lastIndex = para.start;
  // Paragraphs end before white space, so no token runs across a paragraph's end.
  for (let m = re.exec(text); m && m.index < para.end; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < inPara.length && segEnd(inPara[k]!.s, para) < start) k++;
    let seg = -1;
    let mark: Token['mark'] = null;
    const cur = inPara[k];
    if (cur && start >= cur.s.open && start <= segEnd(cur.s, para)) {
      seg = cur.i;
      if (start === cur.s.open) mark = 'open';
      else if (end === cur.s.closeEnd) mark = 'close';
    }
    const t = m[0];
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end,
      word: isWordStart(t),
      cap: isUpperStart(t),
      seg,
      mark,
    });
  }
  return out;
}

// Most tokens start with an ASCII letter, digit or mark; only the rest need the Unicode classes.
function isWordStart(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(t);
}

function isUpperStart(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t);
}

/** Offset of the last character of a segment, its closing mark included. */
function segEnd(s: QuoteSegment, para: Span): number {
  return s.closeEnd === null ? para.end - 1 : s.closeEnd - 1;
}

/** The possessive clitic as its own token ("Trump 's" → "'s"). */
export function isPossessiveS(t: Token | undefined): boolean {
  return !!t && (t.text === "'s" || t.text === '’s');
}
