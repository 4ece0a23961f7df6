import type { OutletGenre, Ownership } from './outlet.js';

/** Direct speech in quote marks, reported (indirect) speech, or both mixed in one attribution. */
export type QuoteKind = 'direct' | 'reported' | 'mixed';

/** What kind of source is speaking. */
export type SpeakerKind = 'person' | 'organisation' | 'outlet' | 'government' | 'group';

/** What a cue attributes: words, a belief, a stance (support, criticism), an intention, or a finding. */
export type CueClass = 'speech' | 'thought' | 'stance' | 'intent' | 'evidence';

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
  /**
   * The organisation or outlet the speaker is tied to in the text ("Robert Kaplan in The Wall Street Journal",
   * "Nasser Al-Kuwari, a Qatari Foreign Ministry spokesman"): the speaker's organisation, as actors hold it.
   */
  affiliation: string | null;
  /**
   * The speaker's role as the text gives it, in the phrase, its appositive or where the person was named before
   * ("spokesman", "chief economist", "Interior Minister"), like a found actor's `role`. Absent when none is given.
   */
  speakerRole?: string | null;
  /** The cue words ("said", "warned", "according to"). */
  cue: string | null;
  /** Offsets of the content in the analysed text. */
  start: number;
  end: number;
  /** Offsets of the source (speaker words as written), when present. */
  source: Span | null;
  /** Offsets of the cue, when present. */
  cueSpan: Span | null;
  /**
   * The content as attributed, fragment by fragment, the way attribution corpora mark it: outer quote marks and
   * a leading "that" included, the words of an interrupting "he said" left out. Absent on older records.
   */
  contentSpans?: Span[];
  /** What the cue attributes (speech, thought, stance, intent, evidence), when there is a cue. */
  cueClass?: CueClass | null;
  /** The outlet the words come through: the speaker itself when an outlet speaks, or one named beside the speaker. */
  outlet?: string | null;
  /** Gazetteer actor id of that outlet, when known. */
  outletActorId?: string | null;
  /** How that outlet is owned, as the text describes it ("state-run" → state) or as the gazetteer knows it. */
  outletOwnership?: Ownership | null;
  /** That outlet's country (ISO code) and genre, when the gazetteer knows the outlet. */
  outletCountry?: string | null;
  outletGenre?: OutletGenre | null;
  /** Set when the quote is shown under the quoted outlet's perspective: the outlet whose article carried it. */
  reportedBy?: string | null;
  /** Words the text uses to describe the speaker ("Kremlin-backed website", "state-run news agency"). */
  speakerDescription?: string | null;
  /**
   * How far the attribution can be trusted (speaker and content both right), 0 to 1; readers are shown only
   * those at or above the quotes module's display threshold. Absent on records older than the confidence.
   */
  confidence?: number | null;
  /** Whether readers are shown it: the confidence reached the display threshold when it was found. */
  shown?: boolean;
}

/** True when a quote may be shown to readers (site, newsletters, the API's default view). */
export function shownToReaders(q: Pick<Quote, 'shown'>): boolean {
  return q.shown === true;
}
