/**
 * What the site may show of an article whose outlet has not licensed it for republication: the
 * opening words, as a search engine or a news aggregator would, and a link to the original.
 */

/** Longest excerpt, in words: about two short paragraphs, far below the whole of a news article. */
export const EXCERPT_WORDS = 60;

/** An excerpt and whether anything was left out. */
export interface Excerpt {
  paragraphs: string[];
  /** True when the body goes on beyond the excerpt (the last paragraph then ends with "…"). */
  cut: boolean;
}

// A sentence ends at . ! ? (maybe followed by a closing quote or bracket) before a space.
const SENTENCE_END = /[.!?]["'”’)\]]?$/;

/**
 * The opening of `bodyText` (paragraphs separated by blank lines), at most `maxWords` words, cut after
 * the last whole sentence when that keeps at least half of them, else after a word, with an ellipsis.
 */
export function excerpt(bodyText: string, maxWords = EXCERPT_WORDS): Excerpt {
  const paragraphs = bodyText
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  const kept: string[][] = [];
  let words = 0;
  for (const p of paragraphs) {
    const ws = p.split(' ');
    if (words + ws.length <= maxWords) {
      kept.push(ws);
      words += ws.length;
      continue;
    }
    const room = ws.slice(0, maxWords - words);
    kept.push(room);
    words += room.length;
    return { paragraphs: trimToSentence(kept, maxWords), cut: true };
  }
  return { paragraphs: kept.map((ws) => ws.join(' ')), cut: false };
}

// The words kept end mid-paragraph: end them after the last full sentence if that loses at most half.
function trimToSentence(kept: string[][], maxWords: number): string[] {
  const last = kept[kept.length - 1]!;
  const before = kept.slice(0, -1).reduce((n, ws) => n + ws.length, 0);
  for (let i = last.length - 1; i >= 0; i--) {
    if (before + i + 1 < maxWords / 2) break;
    if (SENTENCE_END.test(last[i]!)) {
      return [...kept.slice(0, -1).map((ws) => ws.join(' ')), `${last.slice(0, i + 1).join(' ')} …`];
    }
  }
  // No sentence end late enough: cut after a word, or drop an empty tail paragraph entirely.
  const head = kept.slice(0, -1).map((ws) => ws.join(' '));
  if (last.length === 0) return head.length > 0 ? [...head.slice(0, -1), `${head.at(-1)} …`] : [];
  return [...head, `${last.join(' ').replace(/[,;:–—-]+$/, '')}…`];
}
