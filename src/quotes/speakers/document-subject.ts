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
import { POST_MODIFIERS } from '../lexicon/speaker-words.js';

/** The longest subject phrase looked through, in tokens, from the document noun to the verb. */
const MAX_SUBJECT = 9;

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
