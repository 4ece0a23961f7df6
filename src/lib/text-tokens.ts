/**
 * English word tokens for lexical matching: lower-cased words, a stop-word list tuned for news
 * copy, and a small suffix stripper. Deliberately light: it only has to make "talks", "talked"
 * and "talking" meet, not to be a linguist.
 */

/** Function words plus the reporting verbs and fillers every news article uses. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost along already also although always am among an and
  another any anyone anything are around as at be became because been before being below between
  both but by can cannot could did do does doing done down during each either else enough even ever
  every few for from further had has have having he her here hers herself him himself his how however
  i if in into is it its itself just last least less like made make many may me might mine more most
  much must my myself near neither no nor not now of off often on once one only onto or other others
  our ours ourselves out over own per perhaps rather said same say saying says she should since so
  some such than that the their theirs them themselves then there these they this those though
  through thus to told too toward towards under until up upon us very via was we well were what
  whatever when where whether which while who whom whose why will with within without would yet you
  your yours yourself yourselves mr mrs ms dr according added asked including later`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Lower-cased word and number tokens of `text`: letters with inner apostrophes (dropped, and a
 * possessive "'s" removed), or digits with inner "." and "," ("5,000" stays one token). Single
 * letters are dropped. A hand-written scanner: this runs over every article body, and it is
 * several times faster than a Unicode regular expression.
 */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const len = lower.length;
  let i = 0;
  while (i < len) {
    const c = lower.charCodeAt(i);
    if (isLetter(c, lower, i)) {
      let word = '';
      let start = i;
      i++;
      while (i < len) {
        const d = lower.charCodeAt(i);
        if (isLetter(d, lower, i) || isMark(d)) i++;
        else if (isApostrophe(d) && i + 1 < len && isLetter(lower.charCodeAt(i + 1), lower, i + 1)) {
          word += lower.slice(start, i);
          start = i + 1;
          i++;
        } else break;
      }
      word += lower.slice(start, i);
      if (start > 0 && isApostrophe(lower.charCodeAt(start - 1)) && i - start === 1 && lower[start] === 's') {
        word = word.slice(0, -1);
      }
      if (word.length > 1) out.push(word);
    } else if (c >= 48 && c <= 57) {
      const start = i;
      i++;
      while (i < len) {
        const d = lower.charCodeAt(i);
        if (d >= 48 && d <= 57) i++;
        else if ((d === 44 || d === 46) && i + 1 < len && isDigit(lower.charCodeAt(i + 1))) i += 2;
        else break;
      }
      out.push(lower.slice(start, i));
    } else i++;
  }
  return out;
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

function isLetter(c: number, s: string, i: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return c >= 0xc0 && LETTER.test(s[i]!);
}

function isMark(c: number): boolean {
  return c >= 0x300 && MARK.test(String.fromCharCode(c));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** True when `word` (lower case) carries no topic on its own. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

// Words whose final "s" is not a plural; stripping it would merge them with unrelated words.
const KEEP_S = new Set(['news', 'series', 'species', 'always', 'perhaps', 'whereas', 'chaos', 'lens']);

const VOWEL = /[aeiouy]/;

/** Strip common English inflections so word forms meet: "countries"→"country", "talking"→"talk", "rated"/"rates"→"rat". */
export function stem(word: string): string {
  if (word.length <= 3 || KEEP_S.has(word) || /\p{N}/u.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length - 3 >= 3 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length - 2 >= 3 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length - 2 >= 4) w = w.slice(0, -2);

  // Drop a final "e" so "rate", "rated" and "rating" all become "rat".
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const last = w.at(-1);
  if (w.length >= 4 && last === w.at(-2) && last !== undefined && !/[aeiouylsz]/.test(last)) {
    return w.slice(0, -1);
  }
  return w;
}

// Stemming repeats on the same few thousand words; a bounded memo (word → stem, or "" for a stop
// word) keeps it to one lookup per token.
const memo = new Map<string, string>();
const MEMO_MAX = 50_000;

/** Tokens that carry topic: word tokens without stop words, stemmed. */
export function contentTokens(text: string): string[] {
  return contentTokensOf(wordTokens(text));
}

/** contentTokens for words already split by wordTokens (saves a second pass over long texts). */
export function contentTokensOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    let stemmed = memo.get(word);
    if (stemmed === undefined) {
      if (memo.size >= MEMO_MAX) memo.clear();
      stemmed = STOP_WORDS.has(word) ? '' : stem(word);
      memo.set(word, stemmed);
    }
    if (stemmed !== '') out.push(stemmed);
  }
  return out;
}
