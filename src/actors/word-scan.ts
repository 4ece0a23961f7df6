/**
 * The word tokens alias matching reads: dotted abbreviations ("U.S."), runs of letters and digits, and "+". They are
 * what the pattern `/(?:\p{L}\.){2,}|[\p{L}\p{N}]+|\+/gu` finds, read here from character codes instead: that
 * pattern's Unicode classes made the scan of an article's words cost more than all the rest of alias matching.
 * `word-scan.test.ts` checks the two read every text alike.
 */

const NOT_WORD = 0;
const LETTER = 1;
const DIGIT = 2;

/** What each character of the Basic Multilingual Plane is, filled in as characters are first met (0: not known). */
const bmpClass = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_DIGIT = /^\p{N}$/u;

/** Letter, digit (any `\p{N}`) or neither, of the code point `cp`. */
function classOf(cp: number): number {
  if (cp < 0x80) {
    const lower = cp | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) return LETTER;
    return cp >= 0x30 && cp <= 0x39 ? DIGIT : NOT_WORD;
  }
  if (cp < 0x10000) {
    let known = bmpClass[cp]!;
    if (known === 0) {
      known = 1 + readClass(cp);
      bmpClass[cp] = known;
    }
    return known - 1;
  }
  return readClass(cp);
}

function readClass(cp: number): number {
  const c = String.fromCodePoint(cp);
  if (IS_LETTER.test(c)) return LETTER;
  return IS_DIGIT.test(c) ? DIGIT : NOT_WORD;
}

/** The number of UTF-16 units of the code point `cp`. */
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * Where the next word starts at or after `from` (looking no further than `limit`), or -1. Every position a word
 * may start at is a letter, a digit or "+".
 */
export function nextWordStart(text: string, from: number, limit = text.length): number {
  const end = Math.min(limit, text.length);
  for (let at = from; at < end; ) {
    const cp = text.codePointAt(at)!;
    if (cp === 0x2b || classOf(cp) !== NOT_WORD) return at;
    at += width(cp);
  }
  return -1;
}

/** Where the word that starts at `start` (a position `nextWordStart` gave) ends. */
export function wordEnd(text: string, start: number): number {
  const cp = text.codePointAt(start)!;
  if (cp === 0x2b) return start + 1;
  // Two or more "letter." pairs make a dotted abbreviation; else the word is the run of letters and digits.
  let at = start;
  let pairs = 0;
  for (;;) {
    const c = at < text.length ? text.codePointAt(at)! : -1;
    if (c < 0 || classOf(c) !== LETTER || text.charCodeAt(at + width(c)) !== 0x2e) break;
    at += width(c) + 1;
    pairs++;
  }
  if (pairs >= 2) return at;
  at = start;
  while (at < text.length) {
    const c = text.codePointAt(at)!;
    if (classOf(c) === NOT_WORD) break;
    at += width(c);
  }
  return at;
}

/** Every word of `text` as [start, end) pairs, in order. */
export function* words(text: string): Generator<[number, number]> {
  for (let at = nextWordStart(text, 0); at >= 0; ) {
    const end = wordEnd(text, at);
    yield [at, end];
    at = nextWordStart(text, end);
  }
}
