import type { Span, SpeakerKind } from '../../domain/quote.js';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  NP_PREPOSITIONS,
  ORG_NOUNS,
  OUTLET_NOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  SETTING_NAMES,
  SETTING_PREPOSITIONS,
  TITLES,
} from '../lexicon/lexicon.js';
import { isGenericHead, type PhraseRange } from '../text/noun-phrase.js';
import type { SpeakerGuess, Token } from '../types.js';
import { capRuns, orgLike, type Run, spanOf, textOf } from './cap-runs.js';
import { affiliationIn, isAcronymRole } from './role-affiliation.js';
import { DEFINITE, ISSUING, WHEN_WORDS } from '../lexicon/speaker-words.js';

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

  if (groupHead(head.lower) && (!headIsRunEnd || sentenceInitialWord || coreStart === coreEnd)) {
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

/** A head noun for several people: a group word ("officials") or the plural of a role ("Federal prosecutors"). */
function groupHead(lower: string): boolean {
  return GROUP_NOUNS.has(lower) || (PLURAL.test(lower) && ROLE_NOUNS.has(lower.slice(0, -1)));
}

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
