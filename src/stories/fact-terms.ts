/**
 * Terms for the particulars two reports of one event share and two reports of one topic rarely do:
 * the numbers they give ("15,300 cases", "a 7-2 ruling") and the words they quote. In a bag of
 * words these are a few terms among eighty; kept apart, they weigh as the strong evidence they are.
 */
import { wordTokens } from '../lib/text-tokens.js';

const NUMBER_PREFIX = '\u0002';
const QUOTE_PREFIX = '\u0003';
// Quoted words are compared as runs of three: outlets cut one quote at different places.
const QUOTE_RUN = 3;
// Bounds the terms one article can add (a transcript in quotation marks).
const MAX_TERMS = 200;

// Text between curly double quotes, or between a pair of straight ones, on one line.
const QUOTED = /\u201c([^\u201c\u201d\n]{1,600})\u201d|"([^"\n]{1,600})"/g;

/** The number and quoted-phrase terms of `text`, each prefixed so they never meet a word term. */
export function factTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of wordTokens(text)) {
    if (out.length >= MAX_TERMS) return out;
    const c = w.charCodeAt(0);
    // "5,000" and "5000" are one number; a lone digit ("3 people", list markers) says little.
    if (c >= 48 && c <= 57 && w.length > 1) out.push(NUMBER_PREFIX + w.replaceAll(',', ''));
  }
  for (const m of text.matchAll(QUOTED)) {
    const words = wordTokens(m[1] ?? m[2] ?? '');
    for (let i = 0; i + QUOTE_RUN <= words.length; i++) {
      if (out.length >= MAX_TERMS) return out;
      out.push(QUOTE_PREFIX + words.slice(i, i + QUOTE_RUN).join(' '));
    }
  }
  return out;
}
