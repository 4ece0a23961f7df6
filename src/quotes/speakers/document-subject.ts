/**
 * Findings whose subject is a document: "A survey by the group in March found Ruiz ahead", "Polls in Ohio show
 * a tie". A poll, study or record that shows or finds something states a finding whatever follows the verb, so
 * the checks that keep "found a dog" or "shows" (the noun) out do not apply.
 */
import type { CueWord } from '../lexicon/cue-lexicon.js';
import { DOCUMENT_NOUNS, SETTING_NAMES } from '../lexicon/lexicon.js';
import type { Token } from '../types.js';
import { DOCUMENT_PHRASE_ENDS } from '../lexicon/clause-words.js';
import { DOCUMENT_NAME_MARKS } from '../lexicon/marks.js';

/** The longest subject phrase looked through, in tokens, from the document noun to the verb. */
const MAX_SUBJECT = 9;
/**
 * Words that open a post-modifier after the document noun ("poll of voters", "survey released Monday", "polls
 * there"): with one of them next, the document noun heads the subject ("the survey team found" has no finding).
 */
const POST_MODIFIERS = new Set(
  `of from by in on for at among conducted released published taken out commissioned carried last this there
  earlier`.split(/\s+/),
);
/** Words and marks that end the subject phrase on the way back: a relative clause or a new clause. */

/** Does the verb group starting at `first` have a document noun heading its subject ("a poll by X in May")? */
export function documentSubject(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= MAX_SUBJECT; k--) {
    const t = tokens[k]!;
    if (t.seg >= 0 || DOCUMENT_PHRASE_ENDS.has(t.lower)) return false;
    if (!t.word && !DOCUMENT_NAME_MARKS.has(t.text)) return false;
    if (!DOCUMENT_NOUNS.has(t.lower)) continue;
    if (k === first - 1) return true;
    const next = tokens[k + 1]!.lower;
    return POST_MODIFIERS.has(next) || SETTING_NAMES.has(next);
  }
  return false;
}

/** "The survey found Ruiz ahead", "polls in Iowa show a tie": a finding verb with a document for its subject. */
export function documentFinds(entry: CueWord, tokens: Token[], first: number): boolean {
  return entry.cueClass === 'evidence' && documentSubject(tokens, first);
}
