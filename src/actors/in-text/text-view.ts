/**
 * One article as the name readers see it: its words, the gazetteer mention over each word, which
 * words the text also writes in lower case, which are heading words, and the small questions every
 * reader asks about a position ("where does this run of capitals end?", "is a place noun next?").
 * Built once per text; read-only afterwards.
 */
import type { ActorMention } from '../../domain/actor.js';
import { STOP_WORDS } from '../../lib/text-tokens.js';
import {
  EVENT_NOUNS,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_CONNECTORS,
  ORG_HEADS,
  PLACE_NOUNS,
  SPEECH_VERBS,
  SUBJECT_VERBS,
} from '../name-lexicon.js';
import type { NameToken } from '../name-tokens.js';
import { MAX_NAME_WORDS, MAX_RUN, isGivenName, isInitial } from './word-shapes.js';

// ", 31, of Franklin": an age set off after a name by commas (a model number has none before it: "Pi 4, and").
const AGE_GAP = /^,\s\d{1,3},\s$/;

/** The words of one text with what is known about each. */
export class TextView {
  /** For each token, the gazetteer mention covering it, or null. */
  readonly gazetteerAt: (ActorMention | null)[];
  /** Lower-case forms of the words the text also writes in lower case: such a word is a common word. */
  readonly lowerWords = new Set<string>();
  /** How often each word is written capitalised inside a sentence. */
  readonly capitalisedCount = new Map<string, number>();
  /** Last words of names the text also follows with a place noun ("Walter Reed hospital"): places, not people. */
  readonly placeWords = new Set<string>();
  /** Words the text follows with an event noun ("the Dreamforce conference"): an event's name, not a body's. */
  readonly eventWords = new Set<string>();
  /** Tokens on title-case heading lines, where capitals say nothing. */
  readonly heading: boolean[];
  /**
   * Last words of the gazetteer people this text names, lower case → that person ("wong" → Penny
   * Wong when the text names her); null when two such people share the word.
   */
  readonly gazetteerSurnames = new Map<string, { actorId: string; name: string } | null>();
  /** Capitalised words the text writes right after "the" ("the Steelers"): a body's or a thing's, not a surname. */
  readonly afterThe = new Set<string>();
  private aloneAsPerson: Set<string> | null = null;

  constructor(
    readonly text: string,
    readonly tokens: NameToken[],
    known: readonly ActorMention[],
  ) {
    this.gazetteerAt = coverTokens(tokens, known);
    for (const t of tokens) {
      if (!t.cap) this.lowerWords.add(t.lower);
      else if (!t.opensSentence)
        this.capitalisedCount.set(t.lower, (this.capitalisedCount.get(t.lower) ?? 0) + 1);
    }
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.cap && t.gap === ' ' && PLACE_NOUNS.has(t.lower) && tokens[i - 1]!.cap) {
        this.placeWords.add(tokens[i - 1]!.lower);
        if (EVENT_NOUNS.has(t.lower)) this.eventWords.add(tokens[i - 1]!.lower);
      }
    }
    this.heading = headingTokens(text, tokens);
    for (let i = 1; i < tokens.length; i++)
      if (tokens[i]!.cap && tokens[i]!.gap === ' ' && tokens[i - 1]!.lower === 'the')
        this.afterThe.add(tokens[i]!.lower);
    for (const m of known) {
      if (m.kind !== 'person') continue;
      const last = m.name.split(/\s+/).pop()!.toLowerCase();
      const held = this.gazetteerSurnames.get(last);
      if (held === undefined) this.gazetteerSurnames.set(last, { actorId: m.actorId, name: m.name });
      else if (held && held.actorId !== m.actorId) this.gazetteerSurnames.set(last, null);
    }
  }

  /** A capitalised word that can be part of a name. */
  isCapWord(i: number): boolean {
    const t = this.tokens[i];
    return t?.cap === true && !NOT_NAMES.has(t.lower);
  }

  /** A capitalised word that is only a common word capitalised at a sentence start. */
  isCommonWord(t: NameToken): boolean {
    return STOP_WORDS.has(t.lower) || (t.opensSentence && this.lowerWords.has(t.lower));
  }

  /** The end (exclusive) of the run of name words starting at `i`. */
  runEnd(i: number): number {
    const { tokens } = this;
    let j = i + 1;
    while (j < tokens.length && j - i < MAX_RUN) {
      const prev = tokens[j - 1]!;
      const t = tokens[j]!;
      // A possessive ends a name, unless an organisation word follows ("Westminster Magistrate's Court").
      if (prev.possessive && !(t.cap && ORG_HEADS.has(t.lower))) break;
      if (t.opensSentence && !/^\.\s$/.test(t.gap)) break;
      // " & " joins the parts of a body's name ("Pacific Gas & Electric Co."), not two people ("Lisa Marsh & Tom Hart").
      const ampersand = t.gap === ' & ';
      if (
        !/^(?: |\. | & )$/.test(t.gap) ||
        (ampersand && (!this.isCapWord(j) || isGivenName(t) || t.lower === 'the'))
      )
        break;
      if (t.gap === '. ' && !isInitial(prev)) break;
      if (this.isCapWord(j)) {
        // A gazetteer name other than a country inside a run ends it ("… told the BBC").
        const g = this.gazetteerAt[j];
        if (g && g.kind !== 'country' && this.gazetteerAt[j - 1] !== g) break;
        j++;
        continue;
      }
      // A lower-case connector joins two capitalised parts ("Joint Chiefs of Staff", "bin Salman").
      if ((ORG_CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower)) && !t.cap) {
        let k = j + 1;
        if (tokens[k]?.lower === 'the' && t.lower !== 'the') k++;
        const next = tokens[k];
        // Not across into a gazetteer name other than a country ("Vice President Pence on Trump's call").
        const g = this.gazetteerAt[k];
        const joins = !g || g.kind === 'country';
        // Not into a date ("Carla Babb on Nov. 12").
        const date = next !== undefined && NOT_NAMES.has(next.lower);
        if (next && next.gap === ' ' && this.isCapWord(k) && !next.opensSentence && joins && !date) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    return j;
  }

  /**
   * Whether the text writes `words` (lower case) somewhere as a name of its own where only a person
   * stands: not inside a longer run of capitals, and with a speech verb after it, "said" or a
   * courtesy title before it, or an age or "who" set off after it ("Reilly Opelka … Opelka said",
   * "Tova Noel … Noel, 31, is charged", "Kathleen Hawk Sawyer … Hawk Sawyer testified"). Built on
   * the first question, once per text.
   */
  namedAloneAsPerson(words: readonly string[]): boolean {
    if (!this.aloneAsPerson) {
      this.aloneAsPerson = new Set();
      const { tokens } = this;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        const prev = tokens[i - 1];
        if (!t.cap || this.heading[i]) continue;
        const titled = prev !== undefined && HONORIFICS.has(prev.lower) && /^\.? $/.test(t.gap);
        // After a capitalised word, only a sentence-opening common word leaves the name its own ("Later Tannadal said").
        const opener = prev?.opensSentence === true && this.isCommonWord(prev);
        if (prev?.cap && t.gap === ' ' && !t.opensSentence && !titled && !opener) continue;
        const said = prev?.lower === 'said' && !prev.cap && t.gap === ' ';
        // Where the run ends is read only when a sign of a person follows within a name's length.
        if (!titled && !said && !this.personSignWithin(i + 1, i + MAX_NAME_WORDS + 1)) continue;
        const end = this.runEnd(i);
        if (end - i > MAX_NAME_WORDS) continue;
        const next = tokens[end];
        const speaks = next !== undefined && SPEECH_VERBS.has(next.lower) && next.gap === ' ';
        if (!(titled || said || speaks || this.personAppositiveAfter(end))) continue;
        this.aloneAsPerson.add(
          tokens
            .slice(i, end)
            .map((w) => w.lower)
            .join(' '),
        );
      }
    }
    return this.aloneAsPerson.has(words.join(' '));
  }

  /** A speech verb, an age or "who" at one of the tokens from `from` to `to` (exclusive). */
  private personSignWithin(from: number, to: number): boolean {
    for (let k = from; k < to && k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if ((!t.cap && SPEECH_VERBS.has(t.lower)) || this.personAppositiveAfter(k)) return true;
    }
    return false;
  }

  /** An age or "who" set off after the run (", 31, of Franklin", ", who represents"): a person's. */
  personAppositiveAfter(end: number): boolean {
    const t = this.tokens[end];
    return t !== undefined && (AGE_GAP.test(t.gap) || (t.lower === 'who' && /^,\s+$/.test(t.gap)));
  }

  /** A place or thing noun right after the run ("Walter Reed hospital"): the run is not a person. */
  placeAfter(end: number): boolean {
    const t = this.tokens[end];
    return t !== undefined && !t.cap && t.gap === ' ' && PLACE_NOUNS.has(t.lower);
  }

  /** A speech or action verb right after the run ("Mujahid said"). */
  subjectAfter(end: number): boolean {
    const t = this.tokens[end];
    return t !== undefined && !t.cap && t.gap === ' ' && SUBJECT_VERBS.has(t.lower);
  }

  /** The text from the first word to the last, as written. */
  slice(words: readonly NameToken[]): string {
    return this.text.slice(words[0]!.start, words[words.length - 1]!.end);
  }
}

/** For each token, the gazetteer mention that covers it (mentions and tokens are both in text order). */
export function coverTokens(
  tokens: readonly NameToken[],
  mentions: readonly ActorMention[],
): (ActorMention | null)[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: (ActorMention | null)[] = new Array(tokens.length).fill(null);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (m < sorted.length && sorted[m]!.end <= t.start) m++;
    const cur = sorted[m];
    if (cur && cur.start < t.end && t.start < cur.end) out[i] = cur;
  }
  return out;
}

/**
 * Tokens on title-case heading lines that do not end like a sentence ("One Chapter Over, Another
 * Barely Begun"): every word is capitalised there, so names are not looked for; names found
 * elsewhere are still marked.
 */
export function headingTokens(text: string, tokens: readonly NameToken[]): boolean[] {
  const out: boolean[] = new Array(tokens.length).fill(false);
  let i = 0;
  let lineStart = 0;
  while (lineStart <= text.length && i < tokens.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = i;
    while (i < tokens.length && tokens[i]!.start < lineEnd) i++;
    const line = text.slice(lineStart, lineEnd).trim();
    const words = i - first;
    let caps = 0;
    for (let k = first; k < i; k++) if (tokens[k]!.cap) caps++;
    const titleCase = words >= 3 && caps / words > 0.7;
    if (words > 0 && words <= 12 && titleCase && !/[.!?"”’:)]$/.test(line))
      for (let k = first; k < i; k++) out[k] = true;
    lineStart = lineEnd + 1;
  }
  return out;
}
