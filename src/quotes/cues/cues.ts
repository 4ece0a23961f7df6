/**
 * Finding the cues of a sentence: one list of named cue readers, tried in order at each token; the first that
 * reads a cue there wins. A new kind of cue is a new entry of `CUE_READERS` (and its reader in a file of its own).
 */
import { CUE_WORDS } from '../lexicon/cue-lexicon.js';
import { HEARSAY } from '../lexicon/cue-reader-words.js';
import { SETTING_NAMES } from '../lexicon/lexicon.js';
import { POINTERS, SAID_FIRST } from '../lexicon/verb-group-words.js';
import { isPossessiveS } from '../text/tokens.js';
import type { Cue, Token } from '../types.js';
import { whenAsked } from './asked-cues.js';
import { PHRASE_CUE_STARTS, isHeadline, makeCue, phraseCue } from './cue-phrases.js';
import { headlineCue, headlineInfinitive, headlineNounVerb, onFirstLine } from './headline-cues.js';
import { hearsayCue } from './hearsay.js';
import { NOUN_CUE_WORDS, nounCue } from './noun-cues.js';
import { openingParticiple, verbGroupCue } from './verb-group.js';
import { asReportedByCue, reckoningCue, viewpointCue } from './viewpoint-cues.js';

/** A sentence as the cue readers see it: its tokens and what holds for the whole sentence. */
export interface CueScan {
  text: string;
  tokens: Token[];
  /** Headline style: most longer words capitalised. */
  headline: boolean;
  /** The sentence lies on the text's first line (a headline written in sentence case). */
  firstLine: boolean;
}

/**
 * Which tokens a reader is offered: any token, the capitalised word that opens the sentence, or a plain word (a
 * lower-case word outside quotes). Capitalised words and quoted words past the first are read by `any` readers only.
 */
export type ReaderPlace = 'any' | 'opening' | 'plain';

/** Where reading goes on after a cue: the next token, the token after the cue, or one past it (skipping "by"). */
export type ReaderResume = 'next-token' | 'after-cue' | 'after-agent';

/** One way of reading a cue at a token. */
export interface CueReader {
  name: string;
  on: ReaderPlace;
  /**
   * The lower-case words a cue of this reader can be read at (its first test): other tokens are never offered to
   * it. `cue-readers.test.ts` checks each reader against it.
   */
  startsOn: ReadonlySet<string>;
  /** The cue at token i, or null to let the next reader try. */
  read: (s: CueScan, i: number) => Cue | null;
  resume: ReaderResume;
}

/** Every form of a cue verb ("say", "said", "saying"): the words the verb readers start at. */
const CUE_WORD_FORMS: ReadonlySet<string> = new Set(CUE_WORDS.keys());
// The single words the other readers test first.
const TO: ReadonlySet<string> = new Set(['to']);
const BY: ReadonlySet<string> = new Set(['by']);
const TO_OR_BY: ReadonlySet<string> = new Set(['to', 'by']);
const AS: ReadonlySet<string> = new Set(['as']);
const IN: ReadonlySet<string> = new Set(['in']);
const ACCORDING: ReadonlySet<string> = new Set(['according']);
const ASKED: ReadonlySet<string> = new Set(['asked']);

const cueAt = (s: CueScan, i: number, form: Cue['form'], lemma: string, word: string): Cue =>
  makeCue(s.text, s.tokens, { verb: i, first: i, last: i }, form, lemma, CUE_WORDS.get(word));

/** The cue readers, in the order they are tried at each token. */
export const CUE_READERS: readonly CueReader[] = [
  // "X reportedly plans …": the hearsay adverb is the cue unless a verb of speech follows it.
  {
    name: 'hearsay',
    on: 'any',
    startsOn: HEARSAY,
    read: (s, i) => hearsayCue(s.text, s.tokens, i),
    resume: 'next-token',
  },
  // A lower-case headline drops its articles and auxiliaries: "Mayor to veto budget", "Ruiz vows change".
  {
    name: 'headline-infinitive',
    on: 'any',
    startsOn: TO,
    read: (s, i) => (sentenceCaseHeadline(s, i) ? headlineInfinitive(s.text, s.tokens, i) : null),
    resume: 'after-cue',
  },
  {
    name: 'headline-noun-verb',
    on: 'any',
    startsOn: CUE_WORD_FORMS,
    read: (s, i) => (sentenceCaseHeadline(s, i) ? headlineNounVerb(s.text, s.tokens, i) : null),
    resume: 'after-cue',
  },
  // "Bellwether County Just Says Trump Should Win": in a headline case cannot tell the verb, its form can.
  {
    name: 'headline-verb',
    on: 'any',
    startsOn: CUE_WORD_FORMS,
    read: (s, i) =>
      s.headline && s.tokens[i]!.cap && s.tokens[i]!.seg < 0 ? headlineCue(s.text, s.tokens, i) : null,
    resume: 'after-cue',
  },
  // "As reported by the Herald, …": the agent after "by" is the source, so "by" is skipped.
  {
    name: 'as-reported-by',
    on: 'any',
    startsOn: AS,
    read: (s, i) => (s.tokens[i]!.seg < 0 ? asReportedByCue(s.text, s.tokens, i) : null),
    resume: 'after-agent',
  },
  // "In the view of X, …", "In a CNN poll, …".
  {
    name: 'opening-phrase',
    on: 'opening',
    startsOn: IN,
    read: (s, i) => (s.tokens[i]!.lower === 'in' ? phraseCue(s.text, s.tokens, i) : null),
    resume: 'after-cue',
  },
  // "To critics, the plan is …", "By most estimates, …".
  {
    name: 'opening-viewpoint',
    on: 'opening',
    startsOn: TO,
    read: (s, i) => (s.tokens[i]!.lower === 'to' ? viewpointCue(s.text, s.tokens, i) : null),
    resume: 'after-cue',
  },
  {
    name: 'opening-reckoning',
    on: 'opening',
    startsOn: BY,
    read: (s, i) => (s.tokens[i]!.lower === 'by' ? reckoningCue(s.text, s.tokens, i) : null),
    resume: 'after-cue',
  },
  {
    name: 'opening-according-to',
    on: 'opening',
    startsOn: ACCORDING,
    read: (s, i) =>
      s.tokens[i]!.lower === 'according' && s.tokens[i + 1]?.lower === 'to'
        ? makeCue(s.text, s.tokens, { verb: i, first: i, last: i + 1 }, 'according', 'according to')
        : null,
    resume: 'after-cue',
  },
  // "Said Ellis: “…”": an inverted cue at the start of the sentence ("Asked Tuesday about …": a day is when, not who).
  {
    name: 'said-first',
    on: 'opening',
    startsOn: SAID_FIRST,
    read: (s, i) => {
      const t = s.tokens[i]!;
      const next = s.tokens[i + 1];
      if (!SAID_FIRST.has(t.lower) || !next?.cap || SETTING_NAMES.has(next.lower)) return null;
      return cueAt(s, i, 'finite', CUE_WORDS.get(t.lower)!.lemma, t.lower);
    },
    resume: 'next-token',
  },
  // "Promising that …, the mayor left": a participle clause that opens the sentence.
  {
    name: 'opening-participle',
    on: 'opening',
    startsOn: CUE_WORD_FORMS,
    read: (s, i) =>
      openingParticiple(s.tokens)
        ? cueAt(s, i, 'participle', CUE_WORDS.get(s.tokens[i]!.lower)!.lemma, s.tokens[i]!.lower)
        : null,
    resume: 'next-token',
  },
  // "Asked whether …, 75 percent said …": a question put to the subject of the main clause.
  {
    name: 'opening-asked',
    on: 'opening',
    startsOn: ASKED,
    read: (s, i) => (s.tokens[i]!.lower === 'asked' ? cueAt(s, i, 'passive', 'ask', 'asked') : null),
    resume: 'next-token',
  },
  // "…, she said when asked whether …": the question is content put to the main clause's subject.
  {
    name: 'when-asked',
    on: 'plain',
    startsOn: ASKED,
    read: (s, i) => (whenAsked(s.tokens, i) ? cueAt(s, i, 'passive', 'ask', 'asked') : null),
    resume: 'next-token',
  },
  // "That's according to X": the copula's clitic joins the cue; "That" is the content.
  { name: 'according-to', on: 'plain', startsOn: ACCORDING, read: accordingToCue, resume: 'after-cue' },
  // "To his critics, …" inside a sentence, "by his own account".
  {
    name: 'viewpoint',
    on: 'plain',
    startsOn: TO_OR_BY,
    read: (s, i) => {
      const w = s.tokens[i]!.lower;
      if (w === 'to') return viewpointCue(s.text, s.tokens, i);
      return w === 'by' ? reckoningCue(s.text, s.tokens, i) : null;
    },
    resume: 'next-token',
  },
  // "the claim by X that …", "X's warning that …".
  {
    name: 'noun',
    on: 'plain',
    startsOn: NOUN_CUE_WORDS,
    read: (s, i) => nounCue(s.text, s.tokens, i),
    resume: 'next-token',
  },
  // Fixed phrases and light-verb idioms: "made it clear", "took aim at", "issued a statement saying".
  {
    name: 'phrase',
    on: 'plain',
    startsOn: PHRASE_CUE_STARTS,
    read: (s, i) => phraseCue(s.text, s.tokens, i),
    resume: 'after-cue',
  },
  // A cue verb with its auxiliaries: "did not say", "has argued", "are expected to".
  {
    name: 'verb-group',
    on: 'plain',
    startsOn: CUE_WORD_FORMS,
    read: (s, i) => verbGroupCue(s.text, s.tokens, i),
    resume: 'after-cue',
  },
];

/** A lower-case word outside quotes on the first line of a text whose first line is not in headline case. */
function sentenceCaseHeadline(s: CueScan, i: number): boolean {
  const t = s.tokens[i]!;
  return s.firstLine && !s.headline && t.seg < 0 && !t.cap;
}

function accordingToCue(s: CueScan, i: number): Cue | null {
  const { tokens } = s;
  if (tokens[i]!.lower !== 'according' || tokens[i + 1]?.lower !== 'to') return null;
  const first = isPossessiveS(tokens[i - 1]) && POINTERS.has(tokens[i - 2]?.lower ?? '') ? i - 1 : i;
  return makeCue(s.text, tokens, { verb: i, first, last: i + 1 }, 'according', 'according to');
}

/** Where a token stands, as the readers are offered it ('other': to the `any` readers only). */
export type Place = ReaderPlace | 'other';

/**
 * The readers offered a token, by its place and its lower-case word, in list order (built once). Each token is
 * offered only to the readers that can start at its word: trying every reader at every token cost more than the
 * cues read, nearly every try being a reader turning the word down in its first test.
 */
const READERS_AT: Readonly<Record<Place, ReadonlyMap<string, readonly CueReader[]>>> = {
  any: readersByWord(CUE_READERS.filter((r) => r.on === 'any')),
  opening: readersByWord(CUE_READERS.filter((r) => r.on === 'any' || r.on === 'opening')),
  plain: readersByWord(CUE_READERS.filter((r) => r.on === 'any' || r.on === 'plain')),
  other: readersByWord(CUE_READERS.filter((r) => r.on === 'any')),
};

const NO_READERS: readonly CueReader[] = [];

/** Each word some reader starts on, with the readers (in list order) that start on it. */
function readersByWord(readers: readonly CueReader[]): ReadonlyMap<string, readonly CueReader[]> {
  const byWord = new Map<string, CueReader[]>();
  for (const r of readers)
    for (const word of r.startsOn) {
      const list = byWord.get(word);
      if (list) list.push(r);
      else byWord.set(word, [r]);
    }
  return byWord;
}

/** Which readers a token is offered to: by its case, its place in the sentence and whether it is quoted. */
export function placeOf(t: Token, i: number): Place {
  if (t.cap) return i === 0 ? 'opening' : 'other';
  return t.seg < 0 && t.word ? 'plain' : 'other';
}

/** The cues of a sentence outside quotes, in order (at most `limit`): each token is offered to the readers in turn. */
export function findCues(text: string, tokens: Token[], limit = Number.POSITIVE_INFINITY): Cue[] {
  const out: Cue[] = [];
  const scan: CueScan = { text, tokens, headline: isHeadline(tokens), firstLine: onFirstLine(text, tokens) };
  for (let i = 0; i < tokens.length && out.length < limit; ) {
    let next = i + 1;
    const t = tokens[i]!;
    // Most tokens start no cue: an index loop over no readers costs nothing, where an iterator was made per token.
    const readers = READERS_AT[placeOf(t, i)].get(t.lower) ?? NO_READERS;
    for (let r = 0; r < readers.length; r++) {
      const reader = readers[r]!;
      const cue = reader.read(scan, i);
      if (!cue) continue;
      out.push(cue);
      if (reader.resume === 'after-cue') next = cue.last + 1;
      else if (reader.resume === 'after-agent') next = cue.last + 2;
      break;
    }
    i = next;
  }
  return out;
}
