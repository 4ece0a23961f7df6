import { clauseStart } from '../speakers/clause-subject.js';
import { phraseAfter } from '../text/noun-phrase.js';
import type { SourceSpan } from '../speakers/source-span.js';
import type { Cue, Token } from '../types.js';
import { CLAUSE_END_MARKS } from '../lexicon/marks.js';

/** The longest stretch between a subject's comma and its cue: a clause or setting, not a paragraph. */
const MAX_INTERRUPTION = 30;
/**
 * "Sanders, meanwhile, who has no such backers, said that …", "Ted Cruz, when asked about it, responded that …":
 * the main clause's subject with whatever sits between commas after it, when the appositive reading of the
 * source finder gives up. Only a stretch with no verb group of its own (no other cue) and no quote counts; the
 * source is the whole stretch, commas included, as annotated.
 */
export function interruptedSubject(tokens: Token[], cue: Cue, cues: readonly Cue[]): SourceSpan | null {
  const comma = cue.first - 1;
  if (tokens[comma]?.text !== ',' || tokens[comma]!.seg >= 0) return null;
  const s = clauseStart(tokens, comma);
  if (comma - s > MAX_INTERRUPTION) return null;
  const core = phraseAfter(tokens, s);
  if (!core || tokens[core.to + 1]?.text !== ',' || core.to + 1 >= comma) return null;
  for (let k = s; k < comma; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0 || CLAUSE_END_MARKS.has(t.text)) return null;
  }
  for (const c of cues) if (c !== cue && c.first < comma && c.last >= s) return null;
  return {
    range: { from: s, to: comma },
    core,
    appositive: { from: core.to + 2, to: comma - 1 },
    relative: false,
  };
}
