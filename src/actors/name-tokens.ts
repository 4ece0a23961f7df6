/**
 * Word tokens for name finding: each word with its offsets, whether it is capitalised, whether it
 * opens a sentence, and what separates it from the word before. One linear pass.
 */

/** One word of the text. */
export interface NameToken {
  /** Position in the token list. */
  index: number;
  /** The word as written, without a possessive "'s" ("Boeing's" → "Boeing"). */
  text: string;
  lower: string;
  start: number;
  /** End of the word, before any possessive. */
  end: number;
  /** Upper-case first letter (a name can start here). */
  cap: boolean;
  /** The word opens a sentence, a line or a quotation: a capital says nothing there. */
  opensSentence: boolean;
  /** A possessive "'s" (or "’s") follows the word. */
  possessive: boolean;
  /** The characters between the previous word and this one. */
  gap: string;
}

// A word: letters (with marks and digits after the first), joined by inner hyphens or apostrophes;
// or a dotted abbreviation ("U.K."); or capitals joined by "&" ("AT&T", "PG&E"). A final "." belongs
// to the word only in the abbreviation form.
const WORD =
  /\p{Lu}{1,4}&\p{Lu}{1,4}(?![\p{L}\p{N}])|(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*/gu;
const POSSESSIVE = /^[ ]?['’]s\b/u;
// Where a sentence or a clause that behaves like one starts: end punctuation, a colon, an opening quote.
const OPENS = /[.!?:;…“"‘«([—–]\s*$/u;
const LINE_BREAK = /\n/;

/** Split a text into name tokens. `limit` caps the number of words read (a guard against huge inputs). */
export function nameTokens(text: string, limit = 400_000): NameToken[] {
  const out: NameToken[] = [];
  let prevEnd = 0;
  let prevToken: NameToken | undefined;
  for (const m of splitCompounds(text)) {
    if (out.length >= limit) break;
    let word = m.word;
    const start = m.index;
    let end = start + word.length;
    let possessive = false;
    // "Boeing's" is read as one word by the pattern; split the possessive off.
    const apo = /['’]s$/u.exec(word);
    if (apo && word.length > 2) {
      word = word.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (POSSESSIVE.test(text.slice(end, end + 4))) {
      possessive = true;
    }
    const gap = text.slice(prevEnd, start);
    const first = word.charAt(0);
    const cap = first !== first.toLowerCase();
    const abbreviationBefore =
      prevToken !== undefined && /^\.\s+$/.test(gap) && isAbbreviation(prevToken.lower);
    const opensSentence =
      out.length === 0 ||
      LINE_BREAK.test(gap) ||
      (OPENS.test(gap) && !abbreviationBefore && !/^-$/.test(gap));
    const token: NameToken = {
      index: out.length,
      text: word,
      lower: word.toLowerCase(),
      start,
      end,
      cap,
      opensSentence,
      possessive,
      gap,
    };
    out.push(token);
    prevToken = token;
    prevEnd = possessive ? end + (text.charAt(end) === ' ' ? 3 : 2) : end;
  }
  return out;
}

/**
 * The words of a text, with a capitalised name joined to a lower-case word by a hyphen read as two
 * words ("Party-controlled" → "Party", "controlled"; "Kremlin-backed"), so the name can end a run.
 */
function* splitCompounds(text: string): Generator<{ word: string; index: number }> {
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const cut = word.includes('-') ? compoundCut(word) : -1;
    if (cut < 0) {
      yield { word, index: m.index };
      continue;
    }
    yield { word: word.slice(0, cut), index: m.index };
    yield { word: word.slice(cut + 1), index: m.index + cut + 1 };
  }
}

// Lower-case second halves that make a compound adjective ("-backed", "-based", "-controlled", "-style").
const COMPOUND_TAIL = /^\p{Ll}+(?:ed|ing|based|led|run|born|style|era|linked|owned|backed|made|wide|like)$/u;

/** Where a capitalised head meets its first lower-case part, or -1 ("Eva-Marie", "co-founder" stay whole). */
function compoundCut(word: string): number {
  if (!/^\p{Lu}/u.test(word)) return -1;
  let at = 0;
  for (const part of word.split('-')) {
    if (at > 0 && /^\p{Ll}/u.test(part) && COMPOUND_TAIL.test(part)) return at - 1;
    at += part.length + 1;
  }
  return -1;
}

// Abbreviated titles after which a full stop does not end the sentence ("Dr. Ronny Jackson").
const ABBREVIATED = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'lt',
  'col',
  'gen',
  'sen',
  'rep',
  'gov',
  'capt',
  'sgt',
  'adm',
  'jr',
  'sr',
]);

function isAbbreviation(lower: string): boolean {
  return ABBREVIATED.has(lower) || /^(?:\p{L}\.)+$/u.test(lower) || /^\p{L}$/u.test(lower);
}
