/**
 * Opening phrases before a sentence's main clause that are not its subject: a wire dateline ("PARIS, Aug 31
 * (Reuters) — …"), places and settings after an introductory phrase ("In Salem, New Hampshire, on Sunday, …")
 * and phrases of time ("Hours later, …"). Each reads a few tokens only.
 */
import type { Token } from '../types.js';
import { DASHES } from '../lexicon/marks.js';
import { INTRO_PHRASE_OPENERS } from '../lexicon/clause-words.js';
import { APPOSITIVE_LEADS, TIME_ENDS } from '../lexicon/text-words.js';

const MAX_DATELINE = 12;

/** "PARIS, Aug 31 (Reuters) — …": a capitalised place, a comma and a dash open a wire story's first sentence. */
export function afterDateline(tokens: Token[], limit: number): number {
  const place = tokens[0];
  if (
    !place?.word ||
    place.text.length < 3 ||
    place.text !== place.text.toUpperCase() ||
    tokens[1]?.text !== ','
  )
    return 0;
  for (let k = 2; k < limit && k < MAX_DATELINE; k++) {
    if (tokens[k]!.seg >= 0) return 0;
    if (DASHES.has(tokens[k]!.text)) return k + 1;
  }
  return 0;
}

/**
 * "In Salem, New Hampshire, on Sunday, …": a place name or a setting right after an introductory phrase. A
 * capitalised run followed by a determiner is a name with its appositive ("In Paris, Ann Roe, a writer, …").
 */
export function afterPlace(tokens: Token[], s: number, limit: number, hops = 0): number {
  const first = tokens[s];
  if (hops >= MAX_PLACE_HOPS) return s;
  if (!first?.word || first.seg >= 0) return s;
  const setting = INTRO_PHRASE_OPENERS.has(first.lower) && !first.cap;
  if (!setting && !first.cap) return s;
  for (let k = s + 1; k < limit && k - s <= 4; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0) return s;
    if (t.text === ',') {
      const next = tokens[k + 1];
      if (!setting && (!next || APPOSITIVE_LEADS.has(next.lower) || /^\d/.test(next.text))) return s;
      return afterPlace(tokens, k + 1, limit, hops + 1);
    }
    if (!(setting ? t.word : t.cap || t.text === '.')) return s;
  }
  return s;
}

/** At most this many places and settings in a row: "in Ames, Iowa, on Sunday,". */
const MAX_PLACE_HOPS = 3;

const MAX_TIME_INTRO = 6;

/** The comma after an opening phrase of time ending in "later" / "ago" that starts at s, or -1. */
export function timeIntroEnd(tokens: Token[], s: number, limit: number): number {
  for (let k = s + 1; k < limit && k - s <= MAX_TIME_INTRO; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return TIME_ENDS.has(tokens[k - 1]!.lower) ? k : -1;
    if (!t.word || t.seg >= 0) return -1;
  }
  return -1;
}
