import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  NAME_PARTICLES,
  NP_MODIFIERS,
  NP_PREPOSITIONS,
  ORG_NOUNS,
  OUTLET_NOUNS,
  PRONOUNS,
  ROLE_NOUNS,
} from '../lexicon/lexicon.js';
import type { Token } from '../types.js';
import { GENERIC_OPENERS } from '../lexicon/text-words.js';

/** A noun phrase as an inclusive range of token indices. */
export interface PhraseRange {
  from: number;
  to: number;
}

const MAX_PHRASE = 14;
const COMPOUND_MODIFIER = /-(?:run|owned|backed|based|controlled|affiliated|linked|funded|appointed|level)$/;

/** Nouns that can end a speaker phrase. */
function isHeadNoun(lower: string): boolean {
  return (
    GROUP_NOUNS.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    ORG_NOUNS.has(lower) ||
    GOVERNMENT_NOUNS.has(lower) ||
    OUTLET_NOUNS.has(lower) ||
    DOCUMENT_NOUNS.has(lower)
  );
}

/** Can this token sit inside a speaker phrase? */
function inside(t: Token): boolean {
  if (t.seg >= 0) return false;
  if (t.text === "'s" || t.text === '’s') return true;
  if (!t.word) return false;
  if (t.cap) return true;
  const w = t.lower;
  return (
    DETERMINERS.has(w) ||
    NP_MODIFIERS.has(w) ||
    NAME_PARTICLES.has(w) ||
    NP_PREPOSITIONS.has(w) ||
    COMPOUND_MODIFIER.test(w) ||
    /^(?:al|el)-/.test(w) ||
    isHeadNoun(w)
  );
}

/** Can this token end a speaker phrase (a name or a head noun)? */
function canEnd(t: Token): boolean {
  if (!t.word || t.seg >= 0) return false;
  if (t.cap) return !DETERMINERS.has(t.lower) && !NP_PREPOSITIONS.has(t.lower);
  return isHeadNoun(t.lower) || /^(?:al|el)-/.test(t.lower);
}

/** Can this token start a speaker phrase? */
function canStart(t: Token): boolean {
  if (!t.word) return false;
  return !NP_PREPOSITIONS.has(t.lower) && !(NAME_PARTICLES.has(t.lower) && !t.cap);
}

/** A lower-case noun we do not know, made a head by a determiner right before it ("the announcer", "the ad's narrator"). */
export function isGenericHead(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  return (
    !!t &&
    !!before &&
    t.word &&
    !t.cap &&
    t.seg < 0 &&
    /^\p{L}+$/u.test(t.lower) &&
    GENERIC_OPENERS.has(before.lower)
  );
}

/** The speaker phrase that ends at token `end` (a pronoun alone, or a run of name and role words), or null. */
export function phraseBefore(tokens: Token[], end: number): PhraseRange | null {
  const last = tokens[end];
  if (!last) return null;
  if (PRONOUNS.has(last.lower) && last.word) return { from: end, to: end };
  if (!canEnd(last) && !isGenericHead(tokens, end)) return null;
  let from = end;
  for (let j = end - 1; j >= 0 && end - j < MAX_PHRASE; j--) {
    const t = tokens[j]!;
    if (!inside(t) || PRONOUNS.has(t.lower)) break;
    from = j;
  }
  while (from < end && !canStart(tokens[from]!)) from++;
  return { from, to: end };
}

/** The speaker phrase that starts at token `start`, or null. */
export function phraseAfter(tokens: Token[], start: number): PhraseRange | null {
  const first = tokens[start];
  if (!first || first.seg >= 0) return null;
  if (PRONOUNS.has(first.lower) && first.word) return { from: start, to: start };
  if (!canStart(first) || !inside(first)) return null;
  let to = start;
  for (let j = start + 1; j < tokens.length && j - start < MAX_PHRASE; j++) {
    const t = tokens[j]!;
    // After the name, "in" starts a setting ("said Wang Yi in Beijing"), not part of the speaker.
    if (!inside(t) || PRONOUNS.has(t.lower) || t.lower === 'in') break;
    to = j;
  }
  while (to > start && !canEnd(tokens[to]!)) to--;
  return canEnd(tokens[to]!) ? { from: start, to } : null;
}
