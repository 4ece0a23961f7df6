import type { Span } from '../../domain/quote.js';
import { NAMING_NOUNS, NAMING_VERBS } from '../lexicon/lexicon.js';
import type { Token } from '../types.js';
import { SMALL_WORDS } from '../lexicon/rule-words.js';

/** Is the quote opening at token `open` a name, title or scare quote ("so-called “peace plan”", "dubbed “…”")? */
export function isNamingQuote(tokens: Token[], open: number): boolean {
  let seen = 0;
  for (let i = open - 1; i >= 0 && seen < 2; i--) {
    const t = tokens[i]!;
    if (!t.word) {
      if (t.text === ',' || t.text === ':') return false;
      continue;
    }
    seen++;
    if (NAMING_VERBS.has(t.lower) || (seen === 1 && NAMING_NOUNS.has(t.lower))) return true;
    if (t.lower === 'as' && tokens[i - 1]?.lower === 'known') return true;
  }
  return false;
}

/** Does quoted text read as a title ("The Road to Shared Prosperity"): mostly capitalised words, no end punctuation? */
export function looksLikeTitle(text: string, span: Span): boolean {
  const content = text.slice(span.start, span.end).trim();
  if (/[.!?,;:]$/.test(content)) return false;
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const significant = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || significant.length === 0) return false;
  const capitalised = significant.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / significant.length >= 0.8;
}
