/** Agentless passives that still attribute: "X is seen as Y", "X was declared the winner", "X is accused of Y". */
import type { CueWord } from '../lexicon/cue-lexicon.js';
import { ARTICLES, SETTING_NAMES } from '../lexicon/lexicon.js';
import type { Token } from '../types.js';
import { AS_IN_CONTENT, STANCE_REASONS } from '../lexicon/cue-reader-words.js';

/** Prepositions a passive verb governs, which belong to its cue ("known for", "accused of"). */
const GOVERNED: Readonly<Record<string, string>> = { know: 'for', accuse: 'of', suspect: 'of' };

/**
 * The last token of an agentless passive cue at verb i, or -1 when the passive is no attribution here.
 * A view held by unnamed people ("is seen as", "is considered", "was widely known") attributes; so does a
 * stance that labels or gives its reason ("was criticized as", "was criticized for") and speech that names or
 * proclaims ("was declared the winner").
 * A predicative "as" belongs to the cue of a view or a label; the one named or listed keeps it in the content.
 * Only finite passives count: "will be considered", "being viewed" report no attribution that was made.
 */
export function barePassiveEnd(
  tokens: Token[],
  i: number,
  entry: CueWord,
  aux: Token,
  modal: boolean,
): number {
  if (modal || aux.lower === 'be' || aux.lower === 'being') return -1;
  const next = tokens[i + 1];
  const word = next && next.seg < 0 ? next.lower : '';
  if (GOVERNED[entry.lemma] === word) return i + 1;
  if (entry.cueClass === 'thought') return word === 'as' && !AS_IN_CONTENT.has(entry.lemma) ? i + 1 : i;
  if (entry.cueClass === 'stance' && word === 'as') return i + 1;
  // "was rejected on Monday", "was criticized in 2015": a date after the preposition is the event's time, no reason.
  const then = tokens[i + 2];
  const date = !!then && (SETTING_NAMES.has(then.lower) || /^\d/.test(then.text));
  if (entry.cueClass === 'stance' && STANCE_REASONS.has(word) && !date) return i;
  if (entry.cueClass === 'speech' && ARTICLES.has(word)) return i;
  return -1;
}
