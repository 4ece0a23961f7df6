/** Where quote marks sit around a cue word: what tells a verb of speech next to a direct quote. */
import type { Token } from '../types.js';

import { isPossessiveS } from './tokens.js';
import { OPEN_ENDINGS } from '../lexicon/text-words.js';

const QUOTE_CHARS = /^['’"”]$/;

/**
 * The punctuation just inside the closing quote mark at m ("," in “… clown,”), or '' when m closes no quote.
 * A two-character mark ('') or a nested quote closing with it (,’”) sits between the punctuation and the mark.
 */
export function quoteEndPunctuation(tokens: Token[], m: number): string {
  if (tokens[m]?.mark !== 'close') return '';
  let k = m - 1;
  while (k > m - 3 && k >= 0 && QUOTE_CHARS.test(tokens[k]!.text)) k--;
  return tokens[k]?.text ?? '';
}

/** A closing quote mark with the clause's comma inside it: "… as “fantastic,” telling …" reads as ", telling". */
export function commaInQuote(tokens: Token[], i: number): boolean {
  return quoteEndPunctuation(tokens, i) === ',';
}

/** Is a direct quote or colon right after the verb ("continued, “…”") or a closing quote right before its subject? */
export function quoteNext(tokens: Token[], i: number, first: number): boolean {
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (a?.mark === 'open' || a?.text === ':' || (a?.text === ',' && b?.mark === 'open')) return true;
  return quoteThenSubject(tokens, first);
}

/** "“…,” Bolton charged", "“…!” beamed Ruiz": a quote that ends on a comma closes just before the words of its subject. */
function quoteThenSubject(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && first - k <= 6 && tokens[k]!.seg < 0 && (tokens[k]!.word || isPossessiveS(tokens[k]!)))
    k--;
  return OPEN_ENDINGS.has(quoteEndPunctuation(tokens, k));
}

/** "“…,” Viguerie notes.": a quote, then a subject, then the word closing the clause, which makes it a verb. */
export function quoteThenCue(tokens: Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  if (after && after.text !== '.' && after.text !== ',') return false;
  return quoteThenSubject(tokens, first);
}
