/** Direct speech in quote marks, reported (indirect) speech, or both mixed in one attribution. */
export type QuoteKind = 'direct' | 'reported' | 'mixed';

/** What kind of source is speaking. */
export type SpeakerKind = 'person' | 'organisation' | 'outlet' | 'government' | 'group';

/** A character span in the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** Who says what: one attribution found in an article body. */
export interface Quote {
  /** The words attributed (without the outer quote marks for direct speech). */
  text: string;
  kind: QuoteKind;
  /** The speaker as resolved (pronouns replaced by the named person), or null if unattributed. */
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  /** Gazetteer actor id of the speaker, when known. */
  speakerActorId: string | null;
  /** The organisation or outlet the speaker is tied to in the text ("Robert Kaplan in The Wall Street Journal"). */
  affiliation: string | null;
  /** The cue words ("said", "warned", "according to"). */
  cue: string | null;
  /** Offsets of the content in the analysed text. */
  start: number;
  end: number;
  /** Offsets of the source (speaker words as written), when present. */
  source: Span | null;
  /** Offsets of the cue, when present. */
  cueSpan: Span | null;
}
