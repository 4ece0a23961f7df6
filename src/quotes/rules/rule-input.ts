import type { Cue, QuoteSegment, Sentence, SpeakerGuess } from '../types.js';

/** What a per-cue rule sees: the sentence, its neighbours, the quote segments and the cue to explain. */
export interface RuleInput {
  text: string;
  sentence: Sentence;
  /** The sentence before, in the same paragraph, or null. */
  previous: Sentence | null;
  segments: QuoteSegment[];
  /** Segments already attributed by an earlier rule. */
  claimed: ReadonlySet<number>;
  cue: Cue;
  /** Every cue of the sentence, in order (content stops before a later attribution clause). */
  cues: readonly Cue[];
  /** The speaker phrase of the previous attribution in this sentence (", adding that …" reuses it). */
  sentenceSpeaker: SpeakerGuess | null;
}
