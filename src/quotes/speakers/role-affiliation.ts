/**
 * The role and the organisation a speaker phrase gives its speaker: "a spokesman for the State Department",
 * "Kremlin spokesman", "CEO of Hewlett-Packard", "Military analyst" (an adjective, no body).
 */
import { PLACE_NOUNS } from '../../actors/name-lexicon.js';
import { wholeWords } from '../../lib/regexp.js';
import { HONORIFICS, NP_MODIFIERS, ORG_HEADS, ORG_NOUNS, ROLE_NOUNS, TITLES } from '../lexicon/lexicon.js';
import { AFFILIATING, NAME_LINKS } from '../lexicon/speaker-words.js';
import type { SpeakerRole, Token } from '../types.js';
import { capRuns, orgLike, type Run, textOf } from './cap-runs.js';
import { capitalisedMidSentence } from './speaker-in-text.js';

/**
 * The organisation named in an affiliating phrase, or null: a run after "for/of/at/from/with (the)", a run that
 * ends in an organisation word ("Foreign Ministry"), or a run right before a role noun ("Kremlin spokesman").
 */
export function affiliationIn(text: string, tokens: Token[], from: number, to: number): string | null {
  // "Head of Platform Solutions for Ascom": the name after a role's "of" is kept only when no other run names one.
  let afterRole: string | null = null;
  for (const found of capRuns(tokens, from, to)) {
    let run = found;
    // "CEO of Hewlett-Packard": the role written in capitals is no organisation, and the name after its "of" may be.
    const ofRole = isRoleWord(tokens[run.from]!);
    if (ofRole) {
      if (run.to < run.from + 2 || tokens[run.from + 1]!.lower !== 'of') continue;
      run = { from: run.from + 2, to: run.to };
    }
    run = linkedName(tokens, run, to);
    const before = tokens[run.from - 1];
    const viaPreposition = before && AFFILIATING.has(before.lower);
    const viaThe = before?.lower === 'the' && AFFILIATING.has(tokens[run.from - 2]?.lower ?? '');
    // "High school math teacher": one word capitalised only because it opens the sentence, before a place noun
    // ("school") or which the article also writes in lower case, names a body only when the role follows it at once
    // or through the usual modifiers ("Kremlin spokesman", "Kremlin chief spokesman").
    const opening = () =>
      run.from === run.to &&
      tokens[run.from - 1] === undefined &&
      (PLACE_NOUNS.has(tokens[run.to + 1]?.lower ?? '') || writtenAsWord(text, tokens[run.from]!));
    // "Military analyst Sergei Rudnev": an adjective that opens the sentence describes the role; it names no body.
    const describing = () =>
      run.from === run.to &&
      tokens[run.from - 1] === undefined &&
      ADJECTIVE_SHAPE.test(tokens[run.from]!.lower);
    const named =
      orgLike(tokens, run) ||
      viaPreposition ||
      viaThe ||
      (beforeRole(tokens, run.to + 1, to + 1) &&
        !describing() &&
        (beforeRole(tokens, run.to + 1, to + 1, true) || !opening()));
    if (named) {
      // "the Communist party": a lower-case body word after the run is part of the organisation's name.
      const end = namedAfterFor(tokens, run, to);
      const next = tokens[end + 1];
      const whole = end < to && next && !next.cap && ORG_NOUNS.has(next.lower);
      const name = textOf(text, tokens, run.from, whole ? end + 1 : end);
      if (!ofRole) return name;
      afterRole ??= name;
    }
  }
  return afterRole;
}

/** Endings of English adjectives ("military", "political", "economic", "legislative", "independent"). */
const ADJECTIVE_SHAPE = /(?:ary|ical|al|ic|ive|ous|ent)$/;

/** Does the article write this capitalised word in lower case somewhere, and never capitalised inside a sentence? */
function writtenAsWord(text: string, t: Token): boolean {
  if (capitalisedMidSentence(text, t.text)) return false;
  return wholeWords(t.lower).test(text);
}

/**
 * A run that goes on through a lower-case link into an organisation's name: "Refugees" of "Refugees in Towns
 * Project" is a fragment, and the whole name ends in an organisation word.
 */
function linkedName(tokens: Token[], run: Run, to: number): Run {
  if (run.to + 2 > to || !NAME_LINKS.has(tokens[run.to + 1]!.lower)) return run;
  const rest = capRuns(tokens, run.to + 2, to)[0];
  if (!rest || rest.from !== run.to + 2 || !ORG_HEADS.has(tokens[rest.to]!.lower)) return run;
  return { from: run.from, to: rest.to };
}

/**
 * Where an organisation's name ends when it goes on past "for" ("the Centre for Climate Equity", "Bank for
 * International Settlements"): only after an organisation word, and only into capitalised words.
 */
function namedAfterFor(tokens: Token[], run: Run, to: number): number {
  let end = run.to;
  while (end + 2 <= to && ORG_HEADS.has(tokens[end]!.lower) && tokens[end + 1]!.lower === 'for') {
    const rest = capRuns(tokens, end + 2, to)[0];
    if (!rest || rest.from !== end + 2) break;
    end = rest.to;
  }
  return end;
}

/** A role noun written as an acronym ("CEO"): a title before a name, a role in an appositive, never an organisation. */
export function isAcronymRole(t: Token): boolean {
  return ROLE_NOUNS.has(t.lower) && /^\p{Lu}{2,}$/u.test(t.text);
}

/**
 * A capitalised role that names no office of state: "CEO", "Founder" (of "CEO and Founder of Ceres Robotics") is no
 * organisation, while "Director of National Intelligence" is read as written.
 */
function isRoleWord(t: Token): boolean {
  return isAcronymRole(t) || (t.cap && ROLE_NOUNS.has(t.lower) && !TITLES.has(t.lower));
}

/** A word that is a title before a name: "Minister", "Sen.", or a role acronym ("CEO Tim Cook"). */
function isTitle(t: Token): boolean {
  return TITLES.has(t.lower.replace(/\.$/, '')) || isAcronymRole(t);
}

/** Most lower-case modifiers a role keeps before its noun ("deputy chief economist"). */
const MAX_ROLE_MODIFIERS = 3;

/**
 * The role a speaker phrase or its appositive gives the speaker, or null: the lower-case role nouns with the
 * modifiers before them ("Nasser Al-Kuwari, a Qatari Foreign Ministry spokesman" → "spokesman", "the deputy chief
 * economist at the Central Bank" → "deputy chief economist"), else the capitalised title words before the name
 * that `nameStart` opens ("Interior Minister Wolfgang Peschorn" → "Interior Minister", "Secretary of State Marco
 * Rubio" → "Secretary of State"). Title words that open with an organisation give it apart ("Foreign Ministry
 * Spokesperson Liang Wen" → "Spokesperson" of "Foreign Ministry").
 */
export function roleIn(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  nameStart: number | null = null,
): SpeakerRole | null {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    // A role acronym before a name is a title, read below ("Apple CEO Tim Cook").
    const acronym = isAcronymRole(t) && !(k < to && tokens[k + 1]!.cap);
    if ((t.cap && !acronym) || t.seg >= 0 || !ROLE_NOUNS.has(t.lower)) continue;
    // "fellow Republicans": a role noun before a capitalised plural describes the group, not the speaker.
    const next = tokens[k + 1];
    if (k < to && next?.cap && /\p{Ll}{2,}s$/u.test(next.text)) continue;
    let first = k;
    while (first > from && k - first < MAX_ROLE_MODIFIERS) {
      const p = tokens[first - 1]!;
      if (p.cap || !p.word || !NP_MODIFIERS.has(p.lower)) break;
      first--;
    }
    let last = k;
    while (last < to && !tokens[last + 1]!.cap && ROLE_NOUNS.has(tokens[last + 1]!.lower)) last++;
    return { role: textOf(text, tokens, first, last), organisation: null };
  }
  if (nameStart === null || nameStart <= from) return null;
  // Back over the capitalised words before the name, and an "of" inside them ("Secretary of State").
  let first = nameStart;
  while (first > from) {
    const p = tokens[first - 1]!;
    const innerOf = p.lower === 'of' && first - 1 > from && tokens[first - 2]!.cap;
    if (p.seg >= 0 || !(p.cap || innerOf)) break;
    first--;
  }
  let title = first;
  // "Dr Omar Lakhani": a courtesy title is no role, and the appositive may still give one.
  const roleTitle = (t: Token) => isTitle(t) && !HONORIFICS.has(t.lower.replace(/\.$/, ''));
  while (title < nameStart && !roleTitle(tokens[title]!)) title++;
  if (title === nameStart) return null;
  // "Foreign Ministry Spokesperson": the title words after the last organisation word are the role.
  let org = -1;
  for (let k = title; k < nameStart - 1; k++) if (ORG_HEADS.has(tokens[k]!.lower)) org = k;
  // "Apple CEO Tim Cook": the capitalised words before a role acronym name the company it heads.
  if (org < 0 && title > first && isAcronymRole(tokens[title]!)) org = title - 1;
  if (org < 0) return { role: textOf(text, tokens, title, nameStart - 1), organisation: null };
  return {
    role: textOf(text, tokens, org + 1, nameStart - 1),
    organisation: textOf(text, tokens, first, org),
  };
}

/** Do lower-case modifiers and then a role noun follow from token i (up to `limit`, exclusive)? */
function beforeRole(tokens: Token[], i: number, limit: number, onlyModifiers = false): boolean {
  for (let k = i; k < limit && k - i < 3; k++) {
    const t = tokens[k]!;
    if (t.cap) return false;
    if (ROLE_NOUNS.has(t.lower)) return true;
    if (onlyModifiers && !NP_MODIFIERS.has(t.lower)) return false;
  }
  return false;
}
