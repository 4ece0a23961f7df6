import { wordTokens } from '../lib/text-tokens.js';

const SHINGLE_WORDS = 5;
// Keep about one shingle in four: enough to recognise a reprint, a quarter of the memory.
const SAMPLE_MASK = 3;
const MIN_SAMPLED = 4;

/**
 * Hashed five-word shingles of a text, sampled by hash value so that two copies of the same
 * passage keep the same sample. Short texts keep every shingle.
 */
export function shingleSample(text: string): Set<number> {
  const words = wordTokens(text).map(hashWord);
  const all = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ (words[i + k] ?? 0), 0x01000193);
    all.add(h >>> 0);
  }
  const sampled = new Set<number>();
  for (const h of all) if ((h & SAMPLE_MASK) === 0) sampled.add(h);
  return sampled.size >= MIN_SAMPLED ? sampled : all;
}

function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
