import { possessorEnd, possessorStart } from '../speakers/possessor.js';
import type { Attribution, SpeakerGuess, Token } from '../types.js';
import { attributionOver } from './claim-segments.js';
import { countWords } from './claim-segments.js';
import { complementEnd, viewContent } from './nominal-content.js';
import type { RuleInput } from './rule-input.js';
import { speakerOf } from './speaker-phrases.js';

/** A "that"-clause or opinion needs a clause; the object of "attacks on" may be one name. */
const MIN_WORDS = 2;

const PRONOUN_ANAPHORS: Record<string, SpeakerGuess['anaphor']> = {
  his: 'person',
  her: 'person',
  their: 'group-or-person',
  its: 'organisation',
};

/** A possessive pronoun as a speaker: "his" points back to a person, "its" to an organisation. */
function pronounSpeaker(t: Token): SpeakerGuess {
  const source = { start: t.start, end: t.end };
  const anaphor = PRONOUN_ANAPHORS[t.lower] ?? null;
  return { name: t.text, kind: null, affiliation: null, source, nameSpan: source, anaphor, head: null };
}

/**
 * A nominal cue: "Rubio's claim that …" (the "that"-clause is the content), "his harsh attacks on the plan"
 * (the object is) and "in his view, …" (the clause around the phrase is). The possessor is the source, its
 * possessive marker included as annotated.
 */
export function nominalCue(input: RuleInput): Attribution | null {
  const { text, sentence, cue } = input;
  if (cue.form !== 'nominal') return null;
  const tokens = sentence.tokens;
  const p = possessorEnd(tokens, cue.verb);
  if (p < 0) return null;
  const from = possessorStart(tokens, p);
  const core = from === p ? { from, to: p } : { from, to: p - 1 };
  const ranges =
    cue.lemma === 'view'
      ? viewContent(tokens, from - 1, cue.last, input)
      : [{ from: cue.last + 1, to: complementEnd(tokens, cue.last + 1, from, input) }];
  const minWords = cue.cueClass === 'stance' ? 1 : MIN_WORDS;
  if (ranges.length === 0 || ranges.reduce((n, r) => n + countWords(tokens, r), 0) < minWords) return null;
  const speaker =
    from === p
      ? pronounSpeaker(tokens[p]!)
      : speakerOf(text, tokens, { range: { from, to: p }, core, appositive: null, relative: false });
  return attributionOver(input, ranges, speaker, { leadingThat: tokens[cue.last + 1]?.lower === 'that' });
}
