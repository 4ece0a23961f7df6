/** "when asked whether …": a bare "asked" that puts a question to the subject of the main clause. */
import type { Token } from '../types.js';
import { ASKED_SETTING, QUESTION_OPENERS, WHEN_ASKED } from '../lexicon/cue-reader-words.js';

const MAX_ASKER = 6;

/** Is token i a bare "asked" after "when", "if" … with a question after it ("…, she said when asked whether …")? */
export function whenAsked(tokens: Token[], i: number): boolean {
  return (
    tokens[i]!.lower === 'asked' && WHEN_ASKED.has(tokens[i - 1]?.lower ?? '') && questionAfter(tokens, i + 1)
  );
}

/**
 * Does a question open at i, or after the one who asked or a setting ("by a reporter whether …", "at the hearing
 * about …", "in May if …")?
 */
function questionAfter(tokens: Token[], i: number): boolean {
  if (QUESTION_OPENERS.has(tokens[i]?.lower ?? '')) return true;
  if (!ASKED_SETTING.has(tokens[i]?.lower ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_ASKER; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0 || !t.word) return false;
    if (QUESTION_OPENERS.has(t.lower)) return k > i + 1;
  }
  return false;
}
