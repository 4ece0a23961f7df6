/**
 * Whether a speaker's name stands as a name in its own article. The shape of a speaker string cannot tell "Andrew"
 * from "Studies" or "Often" (sentence-initial capitals), nor "Daily" from "the People's Daily" (a name cut at its
 * possessive). The article can: a name is capitalised where no sentence starts, and the words before its source are
 * not the rest of it.
 */
import type { Span } from '../../domain/quote.js';
import { wholeWords } from '../../lib/regexp.js';
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

/** One-word names capitalised somewhere a sentence does not start, for the last text asked about. */
let cached: { text: string; names: Set<string> } | null = null;

/** True when `word` occurs capitalised somewhere a sentence does not start: the mark of a name. */
export function capitalisedMidSentence(text: string, word: string): boolean {
  if (cached?.text !== text) {
    const names = new Set<string>();
    for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}'’-]+(?![\p{L}\p{N}])/gu))
      if (!startsSentence(text, m.index!)) names.add(m[0]);
    cached = { text, names };
  }
  return cached.names.has(word);
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
  if (!allCaps && last.length > 1 && wholeWords(last.toLowerCase()).test(text)) return false;
  const labels = paragraphLabels(text);
  if (allCaps && labels.size <= 1 && text.trimStart().startsWith(name)) return false;
  // A transcript's speakers take turns, so each label comes back; a list of specifications names each field once.
  return (labels.size >= 2 && (labels.get(name) ?? 0) >= 2) || occursOutsideLabels(text, name);
}

function occursOutsideLabels(text: string, name: string): boolean {
  return wholeWords(name, '', '(?!\\s*:)').test(text);
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
