const SHINGLE_WORDS = 5;
// Keep about one shingle in eight: enough to recognise a reprint, an eighth of the memory.
const SAMPLE_MASK = 7;
const MIN_SAMPLED = 4;
// Enough shingles to stand in for a text whose sample came out smaller than MIN_SAMPLED.
const SMALL_TEXT_SHINGLES = 64;

/**
 * Hashed five-word shingles of a text (given as its wordTokens), sampled by hash value so that
 * two copies of the same passage keep the same sample. Short texts keep every shingle.
 */
export function shingleSample(tokens: readonly string[]): Set<number> {
  const words = tokens.map(hashWord);
  const sampled = new Set<number>();
  const all = new Set<number>();
  // Short texts keep every shingle, so they are collected too until the sample is clearly big enough.
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ words[i + k]!, 0x01000193);
    h >>>= 0;
    if ((h & SAMPLE_MASK) === 0) sampled.add(h);
    if (i < SMALL_TEXT_SHINGLES) all.add(h);
  }
  return sampled.size >= MIN_SAMPLED ? sampled : all;
}

function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
