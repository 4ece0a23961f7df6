/** Where quote marks sit around a cue word: what tells a verb of speech next to a direct quote. */
import type { Token } from './types.js';

const isPossessiveS = (t: Token): boolean => t.text === "'s" || t.text === '’s';

/** A closing quote mark with the clause's comma inside it: "… as “fantastic,” telling …" reads as ", telling". */
export function commaInQuote(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const comma = tokens[i - 1];
  return t?.mark === 'close' && comma?.text === ',' && comma.seg === t.seg;
}

/** Is a direct quote or colon right after the verb ("continued, “…”") or a closing quote right before its subject? */
export function quoteNext(tokens: Token[], i: number, first: number): boolean {
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (a?.mark === 'open' || a?.text === ':' || (a?.text === ',' && b?.mark === 'open')) return true;
  return quoteThenSubject(tokens, first);
}

/** Punctuation inside a closing mark that leaves the sentence open for its attribution ("…,” she said). */
const OPEN_ENDINGS = new Set([',', '!', '?', '—', '–', '-', '…']);
const QUOTE_CHARS = /^['’"”]$/;

/** "“…,” Bolton charged", "“…!” beamed Ruiz": a quote that ends on a comma closes just before the words of its subject. */
function quoteThenSubject(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && first - k <= 6 && tokens[k]!.seg < 0 && (tokens[k]!.word || isPossessiveS(tokens[k]!)))
    k--;
  if (tokens[k]?.mark !== 'close') return false;
  // A two-character mark ('') or a nested quote closing with it (,’”) sits between the comma and the mark.
  let inside = k - 1;
  while (inside > k - 3 && QUOTE_CHARS.test(tokens[inside]?.text ?? '')) inside--;
  return OPEN_ENDINGS.has(tokens[inside]?.text ?? '');
}

/** "“…,” Viguerie notes.": a quote, then a subject, then the word closing the clause, which makes it a verb. */
export function quoteThenCue(tokens: Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  if (after && after.text !== '.' && after.text !== ',') return false;
  return quoteThenSubject(tokens, first);
}
