/**
 * Runs of capitalised words in a speaker phrase ("Bank of England", "Chapter & Verse"), with their spans and text,
 * and whether a run names a body or an outlet by its last word.
 */
import type { Span } from '../../domain/quote.js';
import { DETERMINERS, NAME_PARTICLES, ORG_HEADS, OUTLET_HEADS } from '../lexicon/lexicon.js';
import type { Token } from '../types.js';

/** A run of capitalised words (with name particles and "of" between them) as token indices, inclusive. */
export interface Run {
  from: number;
  to: number;
}

/** The runs of capitalised words between tokens `from` and `to` (inclusive), determiners left out. */
export function capRuns(tokens: Token[], from: number, to: number): Run[] {
  const runs: Run[] = [];
  let i = from;
  while (i <= to) {
    if (!tokens[i]!.cap || DETERMINERS.has(tokens[i]!.lower)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 <= to) {
      const next = tokens[j + 1]!;
      if (next.cap && !DETERMINERS.has(next.lower)) {
        j++;
        continue;
      }
      // Particles between capitalised words stay in the name: "bin", "von der", "of" in "Bank of England", the
      // "&" of "Chapter & Verse".
      let k = j + 1;
      const particle = (t: Token) => NAME_PARTICLES.has(t.lower) || t.lower === 'of' || t.text === '&';
      while (k <= to && k - j <= 3 && particle(tokens[k]!)) k++;
      if (k > j + 1 && k <= to && tokens[k]!.cap && !DETERMINERS.has(tokens[k]!.lower)) j = k;
      else break;
    }
    runs.push({ from: i, to: j });
    i = j + 1;
  }
  return runs;
}

export const spanOf = (tokens: Token[], from: number, to: number): Span => ({
  start: tokens[from]!.start,
  end: tokens[to]!.end,
});
export const textOf = (text: string, tokens: Token[], from: number, to: number): string =>
  text.slice(tokens[from]!.start, tokens[to]!.end);

/** An organisation or outlet named by a run: its text, when the run ends with an organisation or outlet word. */
export function orgLike(tokens: Token[], run: Run): 'organisation' | 'outlet' | null {
  const last = tokens[run.to]!.lower;
  if (OUTLET_HEADS.has(last)) return 'outlet';
  if (ORG_HEADS.has(last)) return 'organisation';
  // "Ministry of Foreign Affairs", "Bank of England".
  for (let i = run.from + 1; i < run.to; i++) {
    if (tokens[i]!.lower === 'of' && ORG_HEADS.has(tokens[i - 1]!.lower)) return 'organisation';
  }
  return null;
}
