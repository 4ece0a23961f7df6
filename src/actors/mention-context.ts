/**
 * Whether a gazetteer match is a mention of its own, judged from the words around it: a body's name
 * or a capital inside a longer capitalised name is part of that name ("Federal Reserve Bank of New
 * York", "Real Madrid", "Moscow City Court"), and an ambiguous alias ("Apple", "Chelsea") needs support
 * elsewhere in the article. Cheap: a few words either side of each match.
 */
import { STOP_WORDS } from '../lib/text-tokens.js';
import { type AliasMatch, matchAliases } from './alias-index.js';
import { ABSORBING_HEADS, PLACE_QUALIFIERS, TITLE_WORDS } from './name-lexicon.js';
import type { Gazetteer } from './types.js';

/** Connectors inside a longer name ("High Commissioner for Human Rights"). */
const INNER_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', '&']);
/** Capitalised words read after a match, at most. */
const LOOK_AHEAD = 6;
/**
 * Fields where a bare short name is the norm (a match report names "Chelsea" and "Porto" with no
 * "FC"), so another body of the field named plainly supports an ambiguous alias.
 */
const FIELDS_NAMED_BARE = new Set(['football', 'sport']);

const WORD_AFTER = /^ (&|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*)/u;
const WORD_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}'’.-])([\p{L}][\p{L}\p{M}'’-]*) $/u;

const isCapital = (w: string) => /^\p{Lu}/u.test(w);
const bare = (w: string) =>
  w
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\.$/, '');

/** True when capitalised words right after `end` run on to an institutional head ("… Bank of New York"). */
function headFollows(text: string, end: number): boolean {
  let at = end;
  let first = true;
  for (let n = 0; n < LOOK_AHEAD; n++) {
    const m = WORD_AFTER.exec(text.slice(at, at + 40));
    if (!m) return false;
    const w = m[1]!;
    if (isCapital(w)) {
      if (ABSORBING_HEADS.has(bare(w))) return true;
      // A possessive or a full stop ends the name.
      if (/['’]s$|\.$/.test(w)) return false;
    } else if (first || !INNER_CONNECTORS.has(w)) return false;
    first = false;
    at += m[0].length;
  }
  return false;
}

/**
 * True when a capitalised word inside a sentence comes right before: the match is the tail of a
 * longer name ("Real Madrid", "Michigan Department of …"). After "of" a capital stays the place
 * ("American University of Kabul" names Kabul, as the annotations count it).
 */
function nameBefore(text: string, start: number): boolean {
  // Only the few characters before the match on its line are read: scanning back further would make
  // a long text without line breaks quadratic.
  const from = Math.max(0, start - 90);
  const line = from + text.slice(from, start).lastIndexOf('\n') + 1;
  const m = WORD_BEFORE.exec(text.slice(Math.max(line, start - 40), start));
  if (!m) return false;
  const w = m[1]!;
  // An owner's possessive says whose the body is, not a longer name ("Jeff Bezos’s Blue Origin").
  if (!isCapital(w) || /['’]s$/.test(w)) return false;
  const lower = w.toLowerCase();
  if (STOP_WORDS.has(lower) || TITLE_WORDS.has(lower)) return false;
  // A capitalised word that opens a sentence says nothing ("Visiting Madrid, …" is rare; "In Madrid" is a stop word).
  const before = text.slice(Math.max(line, start - 42 - w.length), start - w.length - 1).trimEnd();
  return before !== '' && !/[.!?:"“”]$/.test(before);
}

/** Whether the match is only a part of a longer capitalised name. */
function insideLongerName(text: string, m: AliasMatch, g: Gazetteer): boolean {
  const actor = g.actors.get(m.actorId);
  if (!actor || actor.kind === 'person') return false;
  if (actor.kind === 'country') {
    // A country's name or demonym inside a name still names the country ("Swedish Prosecution
    // Authority"); only its capital, a place, becomes part of the longer name.
    // "Inner Mongolia", "New Mexico": a qualifier before the name makes it another place.
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (before && PLACE_QUALIFIERS.has(before[1]!.toLowerCase())) return true;
    const capital = actor.country ? g.countries.get(actor.country)?.capital : null;
    if (!capital || text.slice(m.start, m.end) !== capital) return false;
    return nameBefore(text, m.start) || headFollows(text, m.end);
  }
  // "Michigan Department of Health and Human Services" is the state's, not the federal one; a
  // country in front only says whose it is ("US Justice Department", "Afghan Taliban").
  return headFollows(text, m.end) || (nameBefore(text, m.start) && !countryBefore(text, m.start, g));
}

/**
 * A body's name in a compound of likeness says what something resembles, not who acts ("a
 * Twitter-like platform", "NASA-inspired seats"); a country's keeps naming it ("Soviet-style").
 */
function likeness(text: string, m: AliasMatch, g: Gazetteer): boolean {
  return g.actors.get(m.actorId)?.kind !== 'country' && LIKENESS.test(text.slice(m.end, m.end + 12));
}
const LIKENESS = /^-(?:like|style|inspired|esque|type)\b/;

/** True when the word right before `start` names a country ("US", "Afghan"). */
function countryBefore(text: string, start: number, g: Gazetteer): boolean {
  const m = /(\S+) $/u.exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && matchAliases(g.countryIndex, m[1]!).length > 0;
}

/**
 * The matches that stand as mentions: those inside a longer name dropped, then ambiguous ones kept
 * only when the article names the same actor plainly, or another actor of a field named bare.
 */
export function standingMatches(text: string, matches: readonly AliasMatch[], g: Gazetteer): AliasMatch[] {
  const kept = matches.filter((m) => !insideLongerName(text, m, g) && !likeness(text, m, g));
  if (!kept.some((m) => m.ambiguous)) return kept;
  const plainActors = new Set<string>();
  const plainFields = new Set<string>();
  for (const m of kept) {
    if (m.ambiguous) continue;
    plainActors.add(m.actorId);
    const field = g.fields.get(m.actorId);
    if (field) plainFields.add(field);
  }
  return kept.filter((m) => {
    if (!m.ambiguous || plainActors.has(m.actorId)) return true;
    const field = g.fields.get(m.actorId);
    return field !== undefined && FIELDS_NAMED_BARE.has(field) && plainFields.has(field);
  });
}
