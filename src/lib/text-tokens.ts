/**
 * English word tokens for lexical matching: lower-cased words, a stop-word list tuned for news
 * copy, and a small suffix stripper. Deliberately light: it only has to make "talks", "talked"
 * and "talking" meet, not to be a linguist.
 */

// Letters (with inner apostrophes) or numbers (with inner separators, so "5,000" stays one token).
const WORD = /\p{L}[\p{L}\p{M}'’]*|\p{N}+(?:[.,]\p{N}+)*/gu;

/** Function words plus the reporting verbs and fillers every news article uses. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost along already also although always am among an and
  another any anyone anything are around as at be became because been before being below between
  both but by can cannot could did do does doing done down during each either else enough even ever
  every few for from further had has have having he her here hers herself him himself his how however
  i if in into is it its itself just last least less like made make many may me might mine more most
  much must my myself near neither no nor not now of off often on once one only onto or other others
  our ours ourselves out over own per perhaps rather said same say saying says she should since so
  some such than that the their theirs them themselves then there these they this those though
  through thus to told too toward towards under until up upon us very via was we well were what
  whatever when where whether which while who whom whose why will with within without would yet you
  your yours yourself yourselves mr mrs ms dr according added asked including later`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-cased word and number tokens of `text`, possessive "'s" removed, single letters dropped. */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    let word = match[0];
    if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2);
    word = word.replace(/['’]/g, '');
    if (word.length > 1 || /\p{N}/u.test(word)) out.push(word);
  }
  return out;
}

/** True when `word` (lower case) carries no topic on its own. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

// Words whose final "s" is not a plural; stripping it would merge them with unrelated words.
const KEEP_S = new Set(['news', 'series', 'species', 'always', 'perhaps', 'whereas', 'chaos', 'lens']);

const VOWEL = /[aeiouy]/;

/** Strip common English inflections so word forms meet: "countries"→"country", "talking"→"talk", "rated"/"rates"→"rat". */
export function stem(word: string): string {
  if (word.length <= 3 || KEEP_S.has(word) || /\p{N}/u.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length - 3 >= 3 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length - 2 >= 3 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length - 2 >= 4) w = w.slice(0, -2);

  // Drop a final "e" so "rate", "rated" and "rating" all become "rat".
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const last = w.at(-1);
  if (w.length >= 4 && last === w.at(-2) && last !== undefined && !/[aeiouylsz]/.test(last)) {
    return w.slice(0, -1);
  }
  return w;
}

/** Tokens that carry topic: word tokens without stop words, stemmed. */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of wordTokens(text)) {
    if (!STOP_WORDS.has(word)) out.push(stem(word));
  }
  return out;
}
