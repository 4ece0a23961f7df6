import type { Span, SpeakerKind } from '../../domain/quote.js';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  NAME_PARTICLES,
  NP_MODIFIERS,
  NP_PREPOSITIONS,
  ORG_HEADS,
  ORG_NOUNS,
  OUTLET_HEADS,
  OUTLET_NOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  SETTING_NAMES,
  SETTING_PREPOSITIONS,
  HONORIFICS,
  TITLES,
} from '../lexicon/lexicon.js';
import { PLACE_NOUNS } from '../../actors/name-lexicon.js';
import { wholeWords } from '../../lib/regexp.js';
import { isGenericHead, type PhraseRange } from '../text/noun-phrase.js';
import { capitalisedMidSentence } from './speaker-in-text.js';
import type { SpeakerGuess, SpeakerRole, Token } from '../types.js';
import { AFFILIATING, DEFINITE, ISSUING, NAME_LINKS, WHEN_WORDS } from '../lexicon/speaker-words.js';

/** A run of capitalised words (with name particles and "of" between them) as token indices, inclusive. */
interface Run {
  from: number;
  to: number;
}

function capRuns(tokens: Token[], from: number, to: number): Run[] {
  const runs: Run[] = [];
  let i = from;
  while (i <= to) {
    if (!tokens[i]!.cap || DETERMINERS.has(tokens[i]!.lower)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 <= to) {
      const next = tokens[j + 1]!;
      if (next.cap && !DETERMINERS.has(next.lower)) {
        j++;
        continue;
      }
      // Particles between capitalised words stay in the name: "bin", "von der", "of" in "Bank of England", the
      // "&" of "Chapter & Verse".
      let k = j + 1;
      const particle = (t: Token) => NAME_PARTICLES.has(t.lower) || t.lower === 'of' || t.text === '&';
      while (k <= to && k - j <= 3 && particle(tokens[k]!)) k++;
      if (k > j + 1 && k <= to && tokens[k]!.cap && !DETERMINERS.has(tokens[k]!.lower)) j = k;
      else break;
    }
    runs.push({ from: i, to: j });
    i = j + 1;
  }
  return runs;
}

const spanOf = (tokens: Token[], from: number, to: number): Span => ({
  start: tokens[from]!.start,
  end: tokens[to]!.end,
});
const textOf = (text: string, tokens: Token[], from: number, to: number): string =>
  text.slice(tokens[from]!.start, tokens[to]!.end);

/** An organisation or outlet named by a run: its text, when the run ends with an organisation or outlet word. */
function orgLike(tokens: Token[], run: Run): 'organisation' | 'outlet' | null {
  const last = tokens[run.to]!.lower;
  if (OUTLET_HEADS.has(last)) return 'outlet';
  if (ORG_HEADS.has(last)) return 'organisation';
  // "Ministry of Foreign Affairs", "Bank of England".
  for (let i = run.from + 1; i < run.to; i++) {
    if (tokens[i]!.lower === 'of' && ORG_HEADS.has(tokens[i - 1]!.lower)) return 'organisation';
  }
  return null;
}

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
function isAcronymRole(t: Token): boolean {
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

/**
 * Read a speaker phrase: who it names, what kind of speaker that is, and any organisation it ties them to.
 * Returns null when the phrase cannot be a speaker. Pronouns and "the ministry"-style phrases come back as
 * anaphors for the speaker context to resolve.
 */
export function guessSpeaker(text: string, tokens: Token[], range: PhraseRange): SpeakerGuess | null {
  const { from, to } = range;
  const source = spanOf(tokens, from, to);
  const first = tokens[from]!;
  if (from === to && PRONOUNS.has(first.lower)) {
    const anaphor =
      first.lower === 'it' ? 'organisation' : first.lower === 'they' ? 'group-or-person' : 'person';
    return { name: first.text, kind: null, affiliation: null, source, nameSpan: source, anaphor, head: null };
  }
  // Split off a trailing prepositional phrase: "a spokesperson | for the Foreign Ministry".
  let coreEnd = to;
  for (let i = from + 1; i <= to; i++) {
    const t = tokens[i]!;
    // "Sanders on Tuesday": a day or a month after "on"/"in" is when, not who.
    const when = SETTING_PREPOSITIONS.has(t.lower) && SETTING_NAMES.has(tokens[i + 1]?.lower ?? '');
    // "China's ambassador to Britain": the country after a role's "to" is where the role serves, not who speaks.
    const posting = t.lower === 'to' && ROLE_NOUNS.has(tokens[i - 1]!.lower);
    // "The Wrap's report today": a time word ends the phrase naming the source.
    if (!t.cap && WHEN_WORDS.has(t.lower)) {
      coreEnd = i - 1;
      break;
    }
    if (!t.cap && (NP_PREPOSITIONS.has(t.lower) || when || posting) && !isInsideRun(tokens, i, from, to)) {
      coreEnd = i - 1;
      break;
    }
  }
  let coreStart = from;
  let definite = false;
  while (coreStart < coreEnd && DETERMINERS.has(tokens[coreStart]!.lower)) {
    if (DEFINITE.has(tokens[coreStart]!.lower)) definite = true;
    coreStart++;
  }
  const head = tokens[coreEnd]!;
  const hasPP = coreEnd < to;
  const ppAffiliation = hasPP ? affiliationIn(text, tokens, coreEnd + 1, to) : null;
  const coreText = textOf(text, tokens, coreStart, coreEnd);
  const coreSpan = spanOf(tokens, coreStart, coreEnd);
  const base = { source, affiliation: ppAffiliation, anaphor: null, head: null } as const;
  const runs = capRuns(tokens, coreStart, coreEnd);
  const lastRun = runs[runs.length - 1];
  const headIsRunEnd = lastRun?.to === coreEnd && head.cap;
  const sentenceInitialWord = coreStart === coreEnd && tokens[coreStart - 1] === undefined;

  if (GROUP_NOUNS.has(head.lower) && (!headIsRunEnd || sentenceInitialWord || coreStart === coreEnd)) {
    const affiliation = ppAffiliation ?? affiliationIn(text, tokens, coreStart, coreEnd - 1);
    return Object.assign({}, base, {
      name: coreText,
      kind: 'group' as const,
      affiliation,
      nameSpan: coreSpan,
    });
  }
  if (headIsRunEnd && lastRun && SETTING_NAMES.has(head.lower)) return null;
  // "Summary Studies show": a heading glued to its paragraph before a plural document noun; the studies speak.
  if (headIsRunEnd && lastRun && coreStart === 0 && lastRun.to > lastRun.from && PLURAL.test(head.lower)) {
    if (DOCUMENT_NOUNS.has(head.lower) && !orgLike(tokens, lastRun)) {
      const nameSpan = spanOf(tokens, coreEnd, coreEnd);
      return Object.assign({}, base, { name: head.text, kind: 'organisation' as const, nameSpan });
    }
  }
  if (headIsRunEnd && lastRun && !(sentenceInitialWord && isLexical(head.lower))) {
    return fromNameRun(text, tokens, lastRun, coreStart, source, ppAffiliation, definite);
  }
  if (GOVERNMENT_NOUNS.has(head.lower)) {
    return Object.assign({}, base, { name: coreText, kind: 'government' as const, nameSpan: coreSpan });
  }
  if (ROLE_NOUNS.has(head.lower)) {
    const affiliation = ppAffiliation ?? affiliationIn(text, tokens, coreStart, coreEnd - 1);
    if (definite && runs.length === 0 && !hasPP) {
      return Object.assign({}, base, {
        name: coreText,
        kind: 'person' as const,
        nameSpan: coreSpan,
        anaphor: 'person' as const,
        head: head.lower,
      });
    }
    const name = hasPP ? textOf(text, tokens, coreStart, to) : coreText;
    return Object.assign({}, base, { name, kind: 'person' as const, affiliation, nameSpan: coreSpan });
  }
  if (ORG_NOUNS.has(head.lower) || OUTLET_NOUNS.has(head.lower)) {
    const kind: SpeakerKind = OUTLET_NOUNS.has(head.lower) ? 'outlet' : 'organisation';
    if (lastRun) {
      // "the Huaxia Herald newspaper": the name is the capitalised run.
      const runKind = orgLike(tokens, lastRun) ?? kind;
      const nameSpan = spanOf(tokens, lastRun.from, lastRun.to);
      return Object.assign({}, base, {
        name: textOf(text, tokens, lastRun.from, lastRun.to),
        kind: runKind,
        nameSpan,
      });
    }
    if (definite && !hasPP) {
      return Object.assign({}, base, {
        name: coreText,
        kind,
        nameSpan: coreSpan,
        anaphor: 'organisation' as const,
        head: head.lower,
      });
    }
    return Object.assign({}, base, { name: coreText, kind, nameSpan: coreSpan });
  }
  if (DOCUMENT_NOUNS.has(head.lower)) {
    // "a Foreign Ministry statement", "a statement from the ministry": the issuer speaks.
    // "a study by Harvard", not "a study in people with BED": after the noun only a run its issuer's preposition opens.
    const issuerRuns =
      runs.length > 0
        ? runs
        : hasPP
          ? capRuns(tokens, coreEnd + 1, to).filter((r) => issuedBy(tokens, r))
          : [];
    const issuer = issuerRuns[issuerRuns.length - 1];
    if (issuer) {
      const kind = orgLike(tokens, issuer) ?? 'organisation';
      // "The Wrap's report": a one-word name after a capitalised "The" keeps it ("The Wrap", not "Wrap").
      const one = issuer.from === issuer.to && !isLexical(tokens[issuer.from]!.lower);
      const nameFrom = one && tokens[issuer.from - 1]?.text === 'The' ? issuer.from - 1 : issuer.from;
      const nameSpan = spanOf(tokens, nameFrom, issuer.to);
      return Object.assign({}, base, {
        name: textOf(text, tokens, nameFrom, issuer.to),
        kind,
        nameSpan,
        affiliation: null,
      });
    }
    // "One small study showed": a document no one is said to have issued speaks for itself (`standsAlone`); only
    // "the report" points back to an issuer named before.
    if (!definite) {
      return Object.assign({}, base, {
        name: textOf(text, tokens, from, coreEnd),
        kind: 'organisation' as const,
        nameSpan: spanOf(tokens, from, coreEnd),
        affiliation: null,
        anaphor: 'organisation' as const,
        head: null,
        standsAlone: true,
      });
    }
    return Object.assign({}, base, {
      name: coreText,
      kind: 'organisation' as const,
      nameSpan: coreSpan,
      anaphor: 'organisation' as const,
      head: null,
    });
  }
  if (isGenericHead(tokens, coreEnd) || (coreEnd > coreStart && isGenericHead(tokens, coreStart + 1))) {
    // "the announcer", "the ad's narrator": a speaker we cannot classify further.
    return Object.assign({}, base, { name: coreText, kind: null, nameSpan: coreSpan });
  }
  return null;
}

const PLURAL = /[^s]s$/;

/** Is the run opened by a preposition that names who issued a document ("by", "from"), with "the" between? */
function issuedBy(tokens: Token[], run: Run): boolean {
  const before = tokens[run.from - 1];
  const prep = before?.lower === 'the' ? tokens[run.from - 2] : before;
  return prep !== undefined && ISSUING.has(prep.lower);
}

function isLexical(lower: string): boolean {
  return (
    ROLE_NOUNS.has(lower) || ORG_NOUNS.has(lower) || GOVERNMENT_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower)
  );
}

/** Is the preposition at i the "of" inside a capitalised name ("Secretary of State", "Bank of England")? */
function isInsideRun(tokens: Token[], i: number, from: number, to: number): boolean {
  return tokens[i]!.lower === 'of' && i > from && i < to && tokens[i - 1]!.cap && tokens[i + 1]!.cap;
}

/** A phrase that ends in a capitalised name: a person after any titles, or an organisation or outlet. */
function fromNameRun(
  text: string,
  tokens: Token[],
  run: Run,
  coreStart: number,
  source: Span,
  ppAffiliation: string | null,
  definite: boolean,
): SpeakerGuess {
  const runKind = orgLike(tokens, run);
  const descriptorAffiliation =
    run.from > coreStart ? affiliationIn(text, tokens, coreStart, run.from - 1) : null;
  const affiliation = ppAffiliation ?? descriptorAffiliation;
  if (runKind) {
    const nameSpan = spanOf(tokens, run.from, run.to);
    return {
      name: textOf(text, tokens, run.from, run.to),
      kind: runKind,
      affiliation: ppAffiliation,
      source,
      nameSpan,
      anaphor: null,
      head: null,
    };
  }
  // The name is what follows the last title: "Foreign Ministry Spokesperson Liang Wen" → "Liang Wen",
  // "Secretary of State Marco Rubio" → "Marco Rubio".
  let nameFrom = run.from;
  for (let i = run.to; i >= run.from; i--) {
    // A role acronym is a title only right before a name: "CEO Tim Cook", not "CEO of Hewlett-Packard".
    const acronym = isAcronymRole(tokens[i]!) && i < run.to && tokens[i + 1]!.cap;
    if (TITLES.has(tokens[i]!.lower.replace(/\.$/, '')) || acronym) {
      nameFrom = i + 1;
      break;
    }
  }
  // A role noun capitalised only because it opens the sentence: "Economist Lena Varga".
  if (nameFrom === run.from && run.from === 0 && run.to > run.from && ROLE_NOUNS.has(tokens[run.from]!.lower))
    nameFrom++;
  if (nameFrom > run.to) {
    // Only titles ("the President"): a pointer back to a person named earlier.
    const nameSpan = spanOf(tokens, run.from, run.to);
    const anaphor = definite ? 'person' : null;
    return {
      name: textOf(text, tokens, run.from, run.to),
      kind: 'person',
      affiliation,
      source,
      nameSpan,
      anaphor,
      head: null,
    };
  }
  const titleAffiliation =
    affiliation ?? (nameFrom > run.from ? affiliationIn(text, tokens, run.from, nameFrom - 1) : null);
  // "The Wrap's report": no person is called "The …"; a one-word name after a capitalised "The" is a body's.
  const theName =
    nameFrom === run.to &&
    run.from > 0 &&
    tokens[run.from - 1]!.text === 'The' &&
    /^\p{Lu}\p{Ll}/u.test(tokens[run.to]!.text) &&
    !isLexical(tokens[run.to]!.lower) &&
    !/^(?:of|for)$/.test(tokens[run.to + 1]?.lower ?? '');
  if (theName) nameFrom--;
  const nameSpan = spanOf(tokens, nameFrom, run.to);
  return {
    name: textOf(text, tokens, nameFrom, run.to),
    kind: theName ? 'organisation' : null,
    affiliation: titleAffiliation,
    source,
    nameSpan,
    anaphor: null,
    head: null,
  };
}
