/** Text to match literally inside a regular expression: every character with a meaning there is escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for `text` as whole words: no letter or digit touches it on either side ("Depot" not in "Depots"). `tail`
 * is added after it (a lookahead, say).
 */
export function wholeWords(text: string, flags = '', tail = ''): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])${tail}`, `u${flags}`);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `word` occurs in `text` as a whole word (case-sensitive), as `wholeWords(word).test(text)` answers, but
 * without building a pattern: a new pattern per word is compiled anew each time, which cost more than the search
 * when asked for each speaker of each article. `rejectAfter`, a sticky pattern, refuses an occurrence it matches
 * at the word's end (`/\s*:/y`: not before a colon).
 */
export function hasWholeWord(text: string, word: string, rejectAfter?: RegExp): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (letterOrDigitBefore(text, at) || letterOrDigitAt(text, end)) continue;
    if (rejectAfter) {
      rejectAfter.lastIndex = end;
      if (rejectAfter.test(text)) continue;
    }
    return true;
  }
  return false;
}

/** The code point ending just before `at` is a letter or a digit (a surrogate pair read whole). */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(text.charCodeAt(at - 2));
  return LETTER_OR_DIGIT.test(pair ? text.slice(at - 2, at) : text[at - 1]!);
}

/** The code point starting at `at` is a letter or a digit. */
function letterOrDigitAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
