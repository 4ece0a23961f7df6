import { createHash } from 'node:crypto';

/** SHA-256 of a string, as lower-case hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Hash of an article's words, blind to case, punctuation and white space, so the same copy
 * served twice with different markup or typography dedupes to one article.
 */
export function contentHash(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return sha256Hex(words.join(' '));
}
