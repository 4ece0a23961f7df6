import type { CueClass, QuoteKind, Span, SpeakerKind } from '../domain/quote.js';

/** A word or punctuation mark of the analysed text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Letters or digits (not punctuation). */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the quote segment the token lies in (marks included), or -1 outside quotes. */
  seg: number;
  /** For a quote mark: whether it opens or closes its segment. */
  mark: 'open' | 'close' | null;
}

/** One stretch of quoted words inside a paragraph. */
export interface QuoteSegment {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ends first. */
  close: number | null;
  /** Offset just after the closing mark (marks may be two characters wide: ''). */
  closeEnd: number | null;
  /** The words inside the marks (trimmed). */
  contentStart: number;
  contentEnd: number;
  paragraph: number;
  /** The segment that carries this quote on into the next paragraph, and the one this continues. */
  next: number | null;
  prev: number | null;
}

/** A sentence with its tokens; quoted stretches are never split. */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
}

/** A cue found in a sentence. Indices point into sentence.tokens. */
export interface Cue {
  /** Index of the verb (or "according"). */
  verb: number;
  /** First and last token of the cue as shown (with auxiliary and negation: "did not say"). */
  first: number;
  last: number;
  lemma: string;
  /** finite ("said", "has argued"), base ("analysts say"), participle (", saying"), or a fixed phrase. */
  form: 'finite' | 'base' | 'participle' | 'passive' | 'according' | 'colon' | 'nominal';
  cueClass: CueClass;
  /** "seem", "appear": the subject is part of the content. */
  raising: boolean;
  text: string;
  span: Span;
}

/** A speaker's role as the text gives it, and the organisation its title words name ("Foreign Ministry Spokesperson"). */
export interface SpeakerRole {
  role: string;
  organisation: string | null;
}

/** What the words of a speaker phrase say about the speaker, before pronouns and anaphora are resolved. */
export interface SpeakerGuess {
  /** The speaker as named in the phrase ("Liang Wen", "Foreign Ministry", "Western officials"). */
  name: string;
  kind: SpeakerKind | null;
  affiliation: string | null;
  /** The role the phrase or its appositive gives the speaker ("spokesman", "Interior Minister"), when it gives one. */
  role?: SpeakerRole | null;
  /** The whole phrase as written. */
  source: Span;
  /** The words that name the speaker (used to find the speaker's actor). */
  nameSpan: Span;
  /** Set when the phrase only points back: a pronoun, "the ministry", "the spokesperson". */
  anaphor: 'person' | 'organisation' | 'group-or-person' | null;
  /** Head noun of an anaphoric phrase ("ministry"), to pick the right earlier organisation. */
  head: string | null;
  /** An anaphor that names itself when nothing is resolved: a document no issuer is given for ("one study"). */
  standsAlone?: boolean;
}

/** An attribution a rule found: content parts, speaker phrase and cue. */
export interface Attribution {
  kind: QuoteKind;
  /**
   * Content spans in text order (one for most quotes; more for interrupted or multi-paragraph ones), marked the
   * way attribution corpora mark content: quote marks and a leading "that" included.
   */
  parts: Span[];
  /** What joins each part to the one before it in the quote text (" " or a paragraph break); one per part. */
  joins: string[];
  speaker: SpeakerGuess | null;
  cue: Cue | null;
  /** Quote segments this attribution uses up. */
  segments: number[];
  /** The content opens with the complementiser "that" (kept in the content span, left out of the quote text). */
  leadingThat?: boolean;
  /** The rule or marked form that found it (set by the extractor; evidence for the confidence). */
  origin?: string;
}
