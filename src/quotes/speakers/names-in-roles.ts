/**
 * The person a role phrase names inside or beside it, when the speaker guess took the role for the speaker:
 * "said the fund's executive director, Teodora Lindqvist", "China's ambassador to Britain Liu Xiaming",
 * "Principal Secretary for Basic Education Joseph Kiprono". Pure functions of the text and the guess.
 */
import type { ActorMention } from '../../domain/actor.js';
import { GIVEN_NAMES } from '../../actors/name-lexicon.js';
import { firstIndexAfter } from '../../lib/sorted.js';
import { ORG_HEADS, OUTLET_HEADS, ROLE_NOUNS } from '../lexicon/lexicon.js';
import type { SpeakerGuess, SpeakerRole } from '../types.js';

/** ", Teodora Lindqvist." after a role phrase: a comma, then two to four capitalised words that end the clause. */
const APPOSITIVE_NAME = /^,\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?=\s*(?:[,.;:!?”"]|$))/u;
/** Words that make a capitalised run a body's or an outlet's name, not a person's. */
const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([...ORG_HEADS, ...OUTLET_HEADS]);
/** A role phrase that ends in "to" (and "the") before the place a role serves in: "ambassador to", "envoy to the". */
const POSTED_TO = /\p{Ll}\s+to\s+(?:the\s+)?$/u;
/** Two or more capitalised words ending the phrase after a place: the person holding the role. */
const NAME_AFTER_PLACE = /^\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)$/u;

/** Where the guess's words end in the text: the guess may run past its name span ("coordinator for the initiative"). */
function nameEnd(text: string, guess: SpeakerGuess, otherwise: number): number {
  const from = guess.nameSpan.start;
  return text.startsWith(guess.name, from) ? from + guess.name.length : otherwise;
}

/**
 * The personal name set off by a comma right after a role phrase and closing its clause ("said the fund's executive
 * director, Teodora Lindqvist." or "The UN coordinator for the initiative, Henrike Vossberg, called"), or null: two
 * to four capitalised words, no body's or outlet's word among them.
 */
export function nameBesideRole(text: string, guess: SpeakerGuess): string | null {
  if (guess.kind === 'group' || !guess.name.split(/\s+/).some((w) => ROLE_NOUNS.has(w))) return null;
  const end = nameEnd(text, guess, guess.nameSpan.end);
  const m = APPOSITIVE_NAME.exec(text.slice(end, end + 80));
  if (!m || m[1]!.split(/\s+/).some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()))) return null;
  return m[1]!;
}

/**
 * "China's ambassador to Britain Liu Xiaming": a role, the place it serves in and a name, written as one run of
 * capitals. The gazetteer's place mention after "to" ends the role; the capitalised words after it are the name.
 * `mentions` are in text order.
 */
export function postedName(
  text: string,
  guess: SpeakerGuess,
  mentions: readonly ActorMention[],
): SpeakerGuess | null {
  if (guess.kind !== 'person' && guess.kind !== null) return null;
  const from = guess.nameSpan.start;
  const end = nameEnd(text, guess, guess.source.end);
  for (let i = firstIndexAfter(mentions, (m) => m.start < from); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= end) break;
    if (m.end > end || m.kind !== 'country' || !POSTED_TO.test(text.slice(from, m.start))) continue;
    const rest = NAME_AFTER_PLACE.exec(text.slice(m.end, end));
    if (!rest) continue;
    const start = m.end + rest[0].length - rest[1]!.length;
    return {
      name: rest[1]!,
      kind: 'person',
      affiliation: null,
      role: { role: text.slice(from, m.end), organisation: null },
      source: guess.source,
      nameSpan: { start, end },
      anaphor: null,
      head: null,
    };
  }
  return null;
}

/**
 * "said Principal Secretary for Basic Education Joseph Kiprono": a title whose organisation runs on into a personal
 * name (a given name and one or two more capitalised words at the end) is that person's, and the body is what
 * comes before the name.
 */
export function nameClosingAffiliation(
  guess: SpeakerGuess,
): { speaker: string; kind: 'person'; affiliation: string; role: SpeakerRole } | null {
  if (guess.kind !== 'person' || !guess.affiliation) return null;
  if (GIVEN_NAMES.has(guess.name.split(/\s+/)[0]!.toLowerCase())) return null;
  const words = guess.affiliation.split(/\s+/);
  for (let k = 1; k <= words.length - 2 && words.length - k <= 3; k++) {
    if (!GIVEN_NAMES.has(words[k]!.toLowerCase())) continue;
    return {
      speaker: words.slice(k).join(' '),
      kind: 'person',
      affiliation: words.slice(0, k).join(' '),
      role: { role: guess.name, organisation: null },
    };
  }
  return null;
}
