/**
 * Organisations named where no run of names gives them away: after a role noun and a preposition
 * ("chairman of the Joint Chiefs of Staff"), and single capitalised words in an organisation's
 * context ("the Taliban", "Taliban spokesman", "told Ruptly", "Boeing's … said").
 */
import { STOP_WORDS } from '../../lib/text-tokens.js';
import {
  ADJECTIVE_NAMES,
  HONORIFICS,
  NOT_NAMES,
  ORG_OPENERS,
  PLATFORM_NOUNS,
  PLACE_NOUNS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from '../name-lexicon.js';
import { orgAppositiveAfter, orgContextBefore } from './contexts.js';
import type { Reader } from './types.js';
import { inflectedOpener, isAllCaps, isGivenName, nameLike } from './word-shapes.js';

/** Lower-case role nouns followed by "of/for/at (the) Name": the name is an organisation ("chairman of the Joint Chiefs of Staff"). */
export function readRoleAffiliations({ view, store }: Reader): void {
  const { tokens } = view;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.cap || !ROLE_NOUNS.has(t.lower) || view.heading[i]) continue;
    const prep = tokens[i + 1]!;
    if (!['of', 'for', 'at'].includes(prep.lower) || prep.gap !== ' ') continue;
    let s = i + 2;
    if (tokens[s]?.lower === 'the') s++;
    if (!view.isCapWord(s) || tokens[s]!.opensSentence || view.gazetteerAt[s]) continue;
    const end = view.runEnd(s);
    const words = tokens.slice(s, end);
    if (words.length === 1 && isGivenName(words[0]!)) continue;
    if (words.length >= 1 && !view.placeAfter(end)) store.addOrganisation(words);
  }
}

/** One capitalised word in an organisation's context: "the Taliban", "Taliban spokesman", "told Ruptly", "Boeing's". */
export function readSingleWordOrganisations(r: Reader): void {
  const { view, store } = r;
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || view.gazetteerAt[i] || view.heading[i]) continue;
    if (
      TITLE_WORDS.has(t.lower) ||
      HONORIFICS.has(t.lower) ||
      NOT_NAMES.has(t.lower) ||
      ADJECTIVE_NAMES.has(t.lower) ||
      STOP_WORDS.has(t.lower)
    )
      continue;
    // A word the text follows with an event noun names that event ("the Dreamforce conference").
    if (
      view.lowerWords.has(t.lower) ||
      view.eventWords.has(t.lower) ||
      inflectedOpener(t) ||
      isGivenName(t) ||
      !nameLike(t)
    )
      continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // Only a word standing alone: the runs read the others.
    if (prev?.cap && t.gap === ' ' && !t.opensSentence) continue;
    if (next?.cap && next.gap === ' ') continue;
    const plural = /s$/.test(t.text) && !isAllCaps(t.text);
    let org = false;
    if (next && !next.cap && next.gap === ' ' && PLATFORM_NOUNS.has(next.lower)) org = true;
    else if (
      next &&
      !next.cap &&
      next.gap === ' ' &&
      (ROLE_NOUNS.has(next.lower) ||
        (ROLE_MODIFIERS.has(next.lower) && ROLE_NOUNS.has(tokens[i + 2]?.lower ?? '')))
    )
      org = !plural || !t.opensSentence;
    else if (!t.opensSentence && prev && !prev.cap && t.gap === ' ') {
      if (prev.lower === 'the' && !plural)
        org =
          (view.capitalisedCount.get(t.lower) ?? 0) >= 2 &&
          !(next && next.gap === ' ' && PLACE_NOUNS.has(next.lower));
      else if (orgContextBefore(r, i)) org = true;
      else if (!plural && view.subjectAfter(i + 1)) org = !store.isPersonSurname(t.lower);
    }
    if (!org && orgAppositiveAfter(r, i + 1)) org = true;
    if (!org && !plural && !t.opensSentence && !t.text.includes('.') && listedWithBody(view, i)) org = true;
    if (org) store.addOrganisation([t]);
  }
}

/**
 * A word listed beside a body the gazetteer knows is one too: "AT&T, Comcast and others", "Comcast
 * and AT&T". Across a comma only where the list goes on after the body, so an appositive ("Cook,
 * Apple's chief") is no list.
 */
function listedWithBody(view: Reader['view'], i: number): boolean {
  const { tokens } = view;
  const body = (k: number) => {
    const g = view.gazetteerAt[k];
    return g !== null && g !== undefined && g.kind !== 'country' && g.kind !== 'person';
  };
  const and = (k: number) => tokens[k]?.lower === 'and' && !tokens[k]!.cap && tokens[k]!.gap === ' ';
  const next = tokens[i + 1];
  // X and Body
  if (and(i + 1) && tokens[i + 2]?.gap === ' ' && body(i + 2)) return true;
  // Body and X
  if (and(i - 1) && tokens[i]!.gap === ' ' && body(i - 2)) return true;
  // X, Body, … / X, Body and …
  if (next && next.gap === ', ' && body(i + 1) && !next.possessive) {
    let k = i + 1;
    while (view.gazetteerAt[k + 1] === view.gazetteerAt[i + 1]) k++;
    const after = tokens[k + 1];
    if (after && (after.gap === ', ' || and(k + 1))) return true;
  }
  return false;
}

/**
 * An abbreviation in brackets or commas right after a lower-case organisation noun: "the UN
 * humanitarian office (OCHA)", "the UN humanitarian office, OCHA, in Geneva".
 */
export function readBracketedAbbreviations({ view, store }: Reader): void {
  const { tokens, text } = view;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (!isAllCaps(t.text) || t.text.length > 8 || view.gazetteerAt[i]) continue;
    const bracketed = /^\s*\($/.test(t.gap) && text[t.end] === ')';
    const commas = /^,\s+$/.test(t.gap) && /^[,.;]/.test(text.slice(t.end, t.end + 1));
    if (!bracketed && !commas) continue;
    // Only nouns that name a body ("office", "ministry"): "system (CMS)" or "fund (ETF)" name things.
    if (prev.cap || !ORG_OPENERS.has(prev.lower)) continue;
    store.addOrganisation([t]);
  }
}
