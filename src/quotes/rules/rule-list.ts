/**
 * The attribution rules as two named lists. `CUE_RULES` explain one cue each: a cue is offered to them in order
 * and the first that explains it wins. `MARKED_FORMS` read a sentence whose punctuation marks who speaks (a colon
 * after a name, a dash signature) before any cue is explained. A rule's name is the `origin` of what it finds,
 * which the confidence weighs: a new rule is a new entry here, then a new calibration.
 */
import type { Span } from '../../domain/quote.js';
import type { Attribution, QuoteSegment, Sentence } from '../types.js';
import { accordingTo } from './according-to.js';
import { colonSpeech, dashSignatures, nameColonQuotes } from './colon-speech.js';
import { directQuote } from './direct-quote.js';
import { nominalCue } from './nominal-cue.js';
import { reportedSpeech } from './reported-speech.js';
import type { RuleInput } from './rule-input.js';

/** A rule that explains one cue of a sentence, or returns null to let the next rule try. */
export interface CueRule {
  name: string;
  apply: (input: RuleInput) => Attribution | null;
}

/** The cue rules, in the order they are tried. */
export const CUE_RULES: readonly CueRule[] = [
  { name: 'according-to', apply: accordingTo },
  { name: 'nominal-cue', apply: nominalCue },
  { name: 'direct-quote', apply: directQuote },
  { name: 'reported-speech', apply: reportedSpeech },
];

/** What a marked-form rule sees: the sentence, its paragraph, the sentence before and the quote segments. */
export interface MarkedInput {
  text: string;
  sentence: Sentence;
  para: Span;
  previous: Sentence | null;
  segments: QuoteSegment[];
  /** Segments claimed before this sentence; the marked forms of one sentence do not see each other's. */
  claimed: ReadonlySet<number>;
}

/** A rule that finds attributions marked by punctuation in a sentence. */
export interface MarkedForm {
  name: string;
  find: (input: MarkedInput) => Attribution[];
}

/** The marked forms; their attributions are kept in this order. */
export const MARKED_FORMS: readonly MarkedForm[] = [
  // "TAPPER: Do you think …": a name opening the paragraph, a colon, and the rest of it.
  {
    name: 'colon-speech',
    find: (m) => {
      const a = colonSpeech(m.text, m.sentence, m.para, m.segments, m.claimed);
      return a ? [a] : [];
    },
  },
  // “…” ― Sonya Herridge: a quote signed with a dash and a name.
  {
    name: 'dash-signature',
    find: (m) => dashSignatures(m.text, m.sentence, m.previous, m.segments, m.claimed),
  },
  // "Clinton: “Our goal is …”": a name, a colon and a quote anywhere in the sentence.
  { name: 'name-colon', find: (m) => nameColonQuotes(m.text, m.sentence, m.segments, m.claimed) },
];
