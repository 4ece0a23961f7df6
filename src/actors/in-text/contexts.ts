/**
 * The words around a name that say what it is: a role noun before it ("spokesperson Nasser
 * Al-Kuwari"), an appositive after it (", a Qatari Foreign Ministry spokesman"), an affiliation
 * around it ("Writing for Sputnik, Dmitry Kosyrev"), or a context that makes it an organisation
 * ("told Ruptly", ", the Russian state nuclear company"). Readers that find an organisation in
 * those words add it to the store.
 */
import { foundActorId } from '../actor-key.js';
import {
  ORG_TYPE_NOUNS,
  PERSONAL_PRONOUNS,
  RECIPIENT_VERBS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SUBJECT_VERBS,
  WORK_VERBS,
} from '../name-lexicon.js';
import type { Affiliation, Reader } from './types.js';
import { MAX_RUN, inflectedOpener, isAllCaps, isGivenName, nameLike } from './word-shapes.js';

const NO_ORGANISATION = { organisation: null, organisationId: null } as const;
const ARTICLES = ['a', 'an', 'the'];
const COMMA = /^,\s+$/;

/** "told X", "according to X", "carrier X", "works for X": X is an organisation (when it is not a person's name). */
export function orgContextBefore({ view }: Reader, start: number): boolean {
  const { tokens } = view;
  const b1 = tokens[start - 1];
  const b2 = tokens[start - 2];
  const b3 = tokens[start - 3];
  const first = tokens[start];
  if (!b1 || !first || b1.cap) return false;
  if (isGivenName(first)) return false;
  if (!/^ $/.test(first.gap)) return false;
  if (ORG_TYPE_NOUNS.has(b1.lower)) return true;
  // In the plural only before a pair or a list: "newspaper chains Gannett and GateHouse Media".
  const after = tokens[start + 1];
  if (
    ORG_TYPE_NOUNS.has(b1.lower.replace(/s$/, '')) &&
    after &&
    ((after.lower === 'and' && !after.cap) || /^,\s/.test(after.gap))
  )
    return true;
  if (RECIPIENT_VERBS.has(b1.lower)) return true;
  if (b1.lower === 'to' && b2?.lower === 'according') return true;
  if (
    (b1.lower === 'for' || b1.lower === 'at') &&
    b2 &&
    (WORK_VERBS.has(b2.lower) || ROLE_NOUNS.has(b2.lower))
  )
    return true;
  if (b1.lower === 'the' && b2 && (b2.lower === 'for' || b2.lower === 'at') && b3 && ROLE_NOUNS.has(b3.lower))
    return true;
  return false;
}

/**
 * A lower-case role noun right before the run ("spokesperson Nasser Al-Kuwari"), with the organisation
 * before it; or set off by commas on both sides when the run's `end` is given ("Carlineo's attorney,
 * Sonya Zoghlin, said").
 */
export function roleBefore(r: Reader, start: number, end = -1): (Affiliation & { role: string }) | null {
  const { tokens } = r.view;
  const b1 = tokens[start - 1];
  const gap = tokens[start]!.gap;
  const commas = gap === ', ' && end > start && tokens[end]?.gap.startsWith(',') === true;
  if (!b1 || b1.cap || !ROLE_NOUNS.has(b1.lower) || (gap !== ' ' && !commas)) return null;
  let k = start - 2;
  const roleWords = [b1];
  while (k >= 0 && !tokens[k]!.cap && ROLE_MODIFIERS.has(tokens[k]!.lower) && tokens[k + 1]!.gap === ' ') {
    roleWords.unshift(tokens[k]!);
    k--;
  }
  const org = entityEndingAt(r, k, tokens[k + 1]?.gap === ' ');
  return { role: r.view.slice(roleWords), ...org };
}

/** The organisation (found or gazetteer) whose name ends at token `k`, when it is adjacent. */
export function entityEndingAt(
  { view, store }: Reader,
  k: number,
  adjacent: boolean,
): { organisation: string | null; organisationId: string | null } {
  const { tokens } = view;
  const t = tokens[k];
  if (!t || !adjacent || !t.cap) return NO_ORGANISATION;
  const g = view.gazetteerAt[k];
  if (g) return g.kind === 'country' ? NO_ORGANISATION : { organisation: g.name, organisationId: g.actorId };
  // Walk back over the capitalised run ending at k.
  let s = k;
  while (
    s > 0 &&
    tokens[s - 1]!.cap &&
    tokens[s]!.gap === ' ' &&
    !tokens[s]!.opensSentence &&
    k - s < MAX_RUN
  )
    s--;
  // A country's name or adjective stays part of the organisation's ("Qatari Foreign Ministry"); others do not.
  while (s < k && view.gazetteerAt[s] && view.gazetteerAt[s]!.kind !== 'country') s++;
  const words = tokens.slice(s, k + 1);
  if (words.length === 1 && (view.isCommonWord(words[0]!) || inflectedOpener(words[0]!)))
    return NO_ORGANISATION;
  const e = store.addOrganisation(words);
  return e ? { organisation: e.name, organisationId: foundActorId('organisation', e.name) } : NO_ORGANISATION;
}

/**
 * An affiliation written around the name: "a spokesperson for the State Department, Matthew Lee",
 * "Writing for Sputnik, Dmitry Kosyrev", "Robert Kaplan, writing in The Wall Street Journal".
 */
export function affiliationAround(r: Reader, start: number, end: number): Affiliation | null {
  const { tokens } = r.view;
  // After: ", writing in/for (the) Org"
  const w = tokens[end];
  if (
    w &&
    COMMA.test(w.gap) &&
    w.lower === 'writing' &&
    ['in', 'for'].includes(tokens[end + 1]?.lower ?? '')
  ) {
    let k = end + 2;
    if (tokens[k]?.lower === 'the' && !tokens[k]!.cap) k++;
    const org = organisationAt(r, k);
    if (org) return { role: null, ...org };
  }
  // Before: "<role> for/of/at (the) Org, Name" or "Writing for Org, Name"
  const first = tokens[start];
  if (!first || !COMMA.test(first.gap)) return null;
  let k = start - 1;
  const orgEnd = k;
  if (!tokens[k]?.cap) return null;
  while (
    k > 0 &&
    tokens[k - 1]!.cap &&
    !tokens[k]!.opensSentence &&
    tokens[k]!.gap === ' ' &&
    orgEnd - k < MAX_RUN
  )
    k--;
  let b = k - 1;
  if (tokens[b]?.lower === 'the') b--;
  const prep = tokens[b];
  const head = tokens[b - 1];
  if (!prep || !head || !['for', 'of', 'at', 'in'].includes(prep.lower)) return null;
  const org = organisationAt(r, k, orgEnd + 1);
  if (!org) return null;
  if (!head.cap && ROLE_NOUNS.has(head.lower)) return { role: head.text, ...org };
  if (head.lower === 'writing') return { role: null, ...org };
  return null;
}

/** The organisation (gazetteer or found) whose name starts at token `k`. */
export function organisationAt(
  { view, store }: Reader,
  k: number,
  end?: number,
): { organisation: string; organisationId: string } | null {
  const t = view.tokens[k];
  if (!t?.cap) return null;
  const g = view.gazetteerAt[k];
  if (g)
    return g.kind === 'country' || g.kind === 'person'
      ? null
      : { organisation: g.name, organisationId: g.actorId };
  const runEnd = end ?? view.runEnd(k);
  const words = view.tokens.slice(k, runEnd);
  if (words.length === 1 && isGivenName(words[0]!)) return null;
  const e = store.addOrganisation(words);
  const id = e ? foundActorId('organisation', e.name) : null;
  return e && id ? { organisation: e.name, organisationId: id } : null;
}

/**
 * ", a Qatari Foreign Ministry spokesman" or ", chairman of the Joint Chiefs of Staff" after a
 * name: the role and the organisation.
 */
export function appositiveAfter(r: Reader, end: number): (Affiliation & { role: string }) | null {
  const { view, store } = r;
  const { tokens } = view;
  const first = tokens[end];
  if (!first || !COMMA.test(first.gap)) return null;
  let k = end;
  if (ARTICLES.includes(first.lower)) k++;
  const orgStart = k;
  while (k < tokens.length && k - end < 8 && tokens[k]!.cap && tokens[k]!.gap.trim() === '') k++;
  const orgEnd = k;
  const roleStart = k;
  while (
    k < tokens.length &&
    k - end < 10 &&
    !tokens[k]!.cap &&
    (ROLE_MODIFIERS.has(tokens[k]!.lower) || ROLE_NOUNS.has(tokens[k]!.lower))
  )
    k++;
  // The role noun is the last word read; it must be one.
  const roleWords = tokens.slice(roleStart, k);
  if (roleWords.length === 0 || !ROLE_NOUNS.has(roleWords[roleWords.length - 1]!.lower)) return null;
  const role = view.slice(roleWords);
  if (orgEnd > orgStart) return { role, ...entityEndingAt(r, orgEnd - 1, true) };
  // "chairman of the Joint Chiefs of Staff", "a logistics coordinator for the World Food Programme"
  const prep = tokens[k];
  if (prep && (prep.lower === 'of' || prep.lower === 'for' || prep.lower === 'at') && prep.gap === ' ') {
    let m = k + 1;
    if (tokens[m]?.lower === 'the') m++;
    const s = m;
    const runEnd = tokens[s]?.cap ? view.runEnd(s) : s;
    if (runEnd > s) {
      const g = view.gazetteerAt[s];
      if (g && g.kind !== 'country') return { role, organisation: g.name, organisationId: g.actorId };
      // A place noun after the name makes it a place ("the commander of Kowloon West district").
      if (view.placeAfter(runEnd)) return { role, ...NO_ORGANISATION };
      const e = store.addOrganisation(tokens.slice(s, runEnd));
      return {
        role,
        organisation: e?.name ?? null,
        organisationId: e ? foundActorId('organisation', e.name) : null,
      };
    }
  }
  return { role, ...NO_ORGANISATION };
}

/** ", the Russian state nuclear company" after a name: the name is an organisation. */
export function orgAppositiveAfter({ view }: Reader, end: number): boolean {
  const { tokens } = view;
  const first = tokens[end];
  if (!first || !COMMA.test(first.gap) || !ARTICLES.includes(first.lower)) return false;
  for (let k = end + 1; k < tokens.length && k <= end + 6; k++) {
    const t = tokens[k]!;
    if (t.gap.trim() !== '') return false;
    if (!t.cap && ORG_TYPE_NOUNS.has(t.lower)) return true;
    if (!t.cap && (ROLE_NOUNS.has(t.lower) || SUBJECT_VERBS.has(t.lower))) return false;
  }
  return false;
}

/** How far after a name a personal pronoun may refer back to it: the rest of its sentence and the next. */
const PRONOUN_SENTENCES = 2;
const PRONOUN_WINDOW = 40;

/**
 * "Letitia James said … She added": a personal pronoun after the name, in its sentence or the
 * next, before any other capitalised name comes between. Bodies are "it" and "they".
 */
export function pronounAfter({ view }: Reader, end: number): boolean {
  const { tokens } = view;
  let sentences = 0;
  for (let k = end; k < tokens.length && k < end + PRONOUN_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.opensSentence && ++sentences > PRONOUN_SENTENCES - 1 && !PERSONAL_PRONOUNS.has(t.lower))
      return false;
    if (PERSONAL_PRONOUNS.has(t.lower)) return true;
    // Another name in between could be what the pronoun refers to.
    if (t.cap && !t.opensSentence) return false;
  }
  return false;
}

/**
 * Evidence in the article that a capitalised run without a known given name is a person: an age or
 * "who" set off after it ("Tova Noel, 31,", "Montell Figgins, who represents"), a person with a
 * given name joined to it by "and" ("Tova Noel and Michael Thomas"), or its last word or words
 * written again on their own where only a person stands ("Reilly Opelka … Opelka said", "Kathleen
 * Hawk Sawyer … Hawk Sawyer testified"). The run's words must look like a name: never written in
 * lower case, no abbreviation in capitals ("Generative AI"), the last never written after "the".
 */
export function personEvidence({ view }: Reader, start: number, end: number): boolean {
  const { tokens } = view;
  const words = tokens.slice(start, end);
  if (
    words.length < 2 ||
    words.some((t) => view.lowerWords.has(t.lower) || !t.cap || isAllCaps(t.text) || !nameLike(t))
  )
    return false;
  if (view.personAppositiveAfter(end) || coordinatedWithGivenName(tokens, start, end)) return true;
  const lower = words.map((t) => t.lower);
  if (view.afterThe.has(lower[lower.length - 1]!)) return false;
  for (let k = 1; k < lower.length; k++)
    if (view.namedAloneAsPerson(lower.slice(lower.length - k))) return true;
  return false;
}

/** "Tova Noel and Michael Thomas", "Pat Simmons and John McFee": a two-word name with a given name across "and". */
function coordinatedWithGivenName(tokens: Reader['view']['tokens'], start: number, end: number): boolean {
  const and = tokens[end];
  const next = tokens[end + 1];
  if (
    and?.lower === 'and' &&
    and.gap === ' ' &&
    next?.cap &&
    next.gap === ' ' &&
    isGivenName(next) &&
    tokens[end + 2]?.cap === true &&
    tokens[end + 2]!.gap === ' '
  )
    return true;
  const before = tokens[start - 1];
  if (before?.lower !== 'and' || tokens[start]!.gap !== ' ' || before.gap !== ' ') return false;
  let f = start - 2;
  while (f > 0 && tokens[f - 1]!.cap && tokens[f]!.gap === ' ' && start - 1 - f < MAX_RUN) f--;
  return start - 1 - f >= 2 && tokens[f]!.cap && isGivenName(tokens[f]!);
}
