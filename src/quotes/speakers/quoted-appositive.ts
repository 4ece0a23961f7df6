import { DETERMINERS, RELATIVES } from '../lexicon/lexicon.js';
import type { Token } from '../types.js';

/** Most words a quoted nickname or phrase that ends an appositive may have. */
const MAX_QUOTED = 10;
/** How far before the quote the appositive's opening comma may be. */
const MAX_REACH = 25;

/**
 * "Lee, the hacker known as “Guccifer,” stated …", "Roe, who called it ''toxic,'' portrayed …": American
 * punctuation puts the comma that closes an appositive inside the short quote ending it. Given the closing mark
 * right before a cue, the index of the comma that opens such an appositive, or null. Only a stretch opened by a
 * determiner or a relative pronoun counts, so "…, called it “a mess,” said Lee" keeps its inverted speaker.
 */
export function quotedAppositiveStart(tokens: readonly Token[], close: number): number | null {
  const mark = tokens[close]!;
  if (mark.mark !== 'close') return null;
  // A doubled mark ('') is two tokens: step back over the first to the comma.
  let comma = close - 1;
  if (tokens[comma]?.seg === mark.seg && /^['’]$/.test(tokens[comma]!.text)) comma--;
  if (tokens[comma]?.text !== ',') return null;
  let open = comma;
  while (open > 0 && tokens[open - 1]!.seg === mark.seg) open--;
  if (close - open > MAX_QUOTED) return null;
  let c = open - 1;
  while (c > 0 && open - c <= MAX_REACH && tokens[c]!.text !== ',') c--;
  const opener = tokens[c + 1];
  if (tokens[c]?.text !== ',' || !opener || opener.seg >= 0) return null;
  return DETERMINERS.has(opener.lower) || RELATIVES.has(opener.lower) ? c : null;
}
