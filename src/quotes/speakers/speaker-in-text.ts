/**
 * Whether a speaker's name stands as a name in its own article. The shape of a speaker string cannot tell "Andrew"
 * from "Studies" or "Often" (sentence-initial capitals), nor "Daily" from "the People's Daily" (a name cut at its
 * possessive). The article can: a name is capitalised where no sentence starts, and the words before its source are
 * not the rest of it.
 */
import type { Span } from '../../domain/quote.js';
import { hasWholeWord } from '../../lib/regexp.js';
import {
  ABBREVIATIONS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  ORG_NOUNS,
  OUTLET_NOUNS,
  ROLE_NOUNS,
  TITLES,
} from '../lexicon/lexicon.js';
import { TITLE_MODIFIERS } from '../lexicon/speaker-words.js';

/** What this check needs of a resolved speaker. */
export interface SpeakerInText {
  speaker: string | null;
  /** Set when a gazetteer or found actor backs the name: then it stands whatever its capitals. */
  actorId: string | null;
  source: Span | null;
}

/** Common nouns that name a speaker on their own ("Police say", "Officials said", "Video shows"). */
const SPEAKING_NOUNS = [GROUP_NOUNS, ORG_NOUNS, OUTLET_NOUNS, DOCUMENT_NOUNS, ROLE_NOUNS];

/** A capitalised word just before the source, joined to it by a space or a possessive: "Home Depot", "People's Daily". */
const WORD_BEFORE = /(\p{Lu}[\p{L}.&-]*)(['’]s?)?\s+$/u;

/**
 * False when the text shows the speaker is no name: its one word is capitalised only where a sentence or a line
 * starts ("Studies show…", "Often, …"), or it is the tail of a longer name ("Dow component Home Depot").
 */
export function speakerStandsInText(s: SpeakerInText, text: string): boolean {
  const name = s.speaker?.trim();
  if (!name) return false;
  if (/\s/.test(name)) return true;
  if (s.source && cutFromLongerName(text, name, s.source, s.actorId !== null)) return false;
  if (s.actorId || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(name)) return true;
  // "Police", "Demonstrators", "Video": a group, a body or a document, even where only a sentence's capital marks it.
  const lower = name.toLowerCase();
  if (/[^su]s$/.test(name) || SPEAKING_NOUNS.some((nouns) => nouns.has(lower)))
    return !(s.source && nameGoesOn(text, name, s.source));
  return capitalisedMidSentence(text, name);
}

/**
 * A one-word speaker right after a capitalised word inside a sentence is the tail of a longer name, unless that word
 * is a title ("President Xi"). After a possessive it is a cut only when no actor backs it: "China's Xi" is a
 * person, "People's Daily" a paper. "The" is no name of its own ("The Hill" shows as "Hill", still its outlet).
 */
function cutFromLongerName(text: string, name: string, source: Span, backed: boolean): boolean {
  const inSource = text.slice(source.start, source.end).lastIndexOf(name);
  const at = inSource < 0 ? source.start : source.start + inSource;
  const before = text.slice(Math.max(0, at - 60), at);
  const m = WORD_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1]!;
  // "…in Ohio. Polls show": a full stop ends the word before, and with it the name.
  if (word.endsWith('.') || (m[2] && backed)) return false;
  const lower = word.toLowerCase();
  if (lower === 'the' || (TITLES.has(lower) && !TITLE_MODIFIERS.has(lower)) || ROLE_NOUNS.has(lower))
    return false;
  return !startsSentence(before, m.index);
}

/**
 * True when the word at `at` opens a sentence, a line or the text. A quote mark before it does not: "…," Ryan said
 * is inside a sentence. Nor does the full stop of an initial or an abbreviation ("Mark Z. Barabak", "Sen. Leahy").
 */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0 || /[!?:;\n]/.test(text[i]!)) return true;
  if (text[i] !== '.') return false;
  const word = /(?:^|[^\p{L}.])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  return !(/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()));
}

/** The answers of `capitalisedMidSentence` for the last text asked about, by word. */
let midSentence: { text: string; byWord: Map<string, boolean> } | null = null;

/** A capitalised word as a name is written: a capital, then lower-case letters, apostrophes and hyphens. */
const CAPITALISED_AT = /\p{Lu}[\p{Ll}'’-]+(?![\p{L}\p{N}])/uy;
const NAME_CHAR_BEFORE = /[\p{L}\p{N}'’-]/u;

/**
 * True when `word` (a capital, then lower-case letters) occurs capitalised somewhere a sentence does not start: the
 * mark of a name. Each occurrence is found by plain search and checked where it stands; scanning the text for every
 * capitalised word instead cost more than the rest of the speaker checks together.
 */
export function capitalisedMidSentence(text: string, word: string): boolean {
  if (midSentence?.text !== text) midSentence = { text, byWord: new Map() };
  let found = midSentence.byWord.get(word);
  if (found === undefined) {
    found = false;
    for (let at = text.indexOf(word); at >= 0 && !found; at = text.indexOf(word, at + 1))
      found = wholeCapitalisedWord(text, at, word) && !startsSentence(text, at);
    midSentence.byWord.set(word, found);
  }
  return found;
}

/** The capitalised word that starts at `at` is exactly `word` (not part of a longer one, nor longer itself). */
function wholeCapitalisedWord(text: string, at: number, word: string): boolean {
  if (at > 0 && NAME_CHAR_BEFORE.test(codePointBefore(text, at))) return false;
  CAPITALISED_AT.lastIndex = at;
  return CAPITALISED_AT.exec(text)?.[0] === word;
}

/** The code point that ends just before `at`, a surrogate pair read whole. */
function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1]!;
}

/** Words before a colon that opens a paragraph: "TAPPER:", "Graham:", "Summary:". */
const PARAGRAPH_LABEL = /(?:^|\n)[ \t]*["“]?(\p{Lu}[^\n:]{0,60}):/gu;

/**
 * Whether "Name: …" at a paragraph's start is someone speaking rather than a heading, a salutation or a dateline.
 * A speaker is named elsewhere in the article or takes turns with another label (a transcript); a heading's last
 * word is a common noun the article also writes in lower case ("Build Stage:", "Portion Fix Containers:"); "DEAR
 * ABBY:" addresses someone; an all-capital label opening an article with no other label is its dateline.
 */
export function colonSpeakerStands(s: SpeakerInText, text: string): boolean {
  const name = s.speaker?.trim();
  if (!name) return false;
  // A transcript gives the same label to hundreds of quotes: each answer costs scans of the whole text, so the
  // answers for the last text asked about are kept.
  if (colonAnswers?.text !== text) colonAnswers = { text, byName: new Map() };
  let stands = colonAnswers.byName.get(name);
  if (stands === undefined) {
    stands = colonLabelStands(name, text);
    colonAnswers.byName.set(name, stands);
  }
  return stands;
}

/** The answers of `colonSpeakerStands` for the last text asked about, by speaker. */
let colonAnswers: { text: string; byName: Map<string, boolean> } | null = null;

function colonLabelStands(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  if (words[0]!.toLowerCase() === 'dear') return false;
  const last = words[words.length - 1]!;
  const allCaps = name === name.toUpperCase();
  if (!allCaps && last.length > 1 && hasWholeWord(text, last.toLowerCase())) return false;
  const labels = paragraphLabels(text);
  if (allCaps && labels.size <= 1 && text.trimStart().startsWith(name)) return false;
  // A transcript's speakers take turns, so each label comes back; a list of specifications names each field once.
  return (labels.size >= 2 && (labels.get(name) ?? 0) >= 2) || occursOutsideLabels(text, name);
}

/** After a name, the colon that makes it a label. */
const NOT_BEFORE_COLON = /\s*:/y;

function occursOutsideLabels(text: string, name: string): boolean {
  return hasWholeWord(text, name, NOT_BEFORE_COLON);
}

/** The paragraph labels of the last text asked about (one scan per article, not one per quote). */
let labelsOf: { text: string; labels: Map<string, number> } | null = null;

/** Each paragraph label of the text with the number of paragraphs it opens. */
function paragraphLabels(text: string): Map<string, number> {
  if (labelsOf?.text !== text) {
    const labels = new Map<string, number>();
    for (const m of text.matchAll(PARAGRAPH_LABEL)) {
      const label = m[1]!.trim();
      labels.set(label, (labels.get(label) ?? 0) + 1);
    }
    labelsOf = { text, labels };
  }
  return labelsOf.labels;
}

/** "Centers for Disease Control", "Friends of the Earth": the common word the speaker shows is a longer name's head. */
function nameGoesOn(text: string, name: string, source: Span): boolean {
  const inSource = text.slice(source.start, source.end).indexOf(name);
  const end = (inSource < 0 ? source.start : source.start + inSource) + name.length;
  return /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 40));
}
