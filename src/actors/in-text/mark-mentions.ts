/**
 * Every place the kept actors are named: each capitalised word is matched against the actors'
 * surfaces, longest first, and an actor is reported only when the text names it somewhere.
 */
import type { ActorMention } from '../../domain/actor.js';
import { HONORIFICS, ORG_HEADS, PLACE_NOUNS, TITLE_MODIFIERS, TITLE_WORDS } from '../name-lexicon.js';
import type { TextView } from './text-view.js';
import type { ActorsInText, Entity, FoundActor } from './types.js';

/** The mentions of the `kept` actors in text order, and those actors that have one. */
export function markMentions(
  view: TextView,
  kept: readonly Entity[],
  alive: ReadonlySet<string>,
): ActorsInText {
  const { tokens } = view;
  const byFirst = new Map<string, { e: Entity; words: string[] }[]>();
  for (const e of kept) {
    for (const s of e.surfaces) {
      const list = byFirst.get(s[0]!) ?? [];
      list.push({ e, words: s });
      byFirst.set(s[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const mentions: ActorMention[] = [];
  const used = new Set<Entity>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || (view.gazetteerAt[i] && view.gazetteerAt[i]!.kind !== 'country')) continue;
    const candidates = byFirst.get(t.lower);
    if (!candidates) {
      const known = view.gazetteerAt[i] ? null : view.gazetteerSurnames.get(t.lower);
      if (known && matchesAt(view, i, [t.lower]) && !(t.opensSentence && view.lowerWords.has(t.lower)))
        mentions.push({ ...known, kind: 'person', surface: t.text, start: t.start, end: t.end });
      continue;
    }
    for (const c of candidates) {
      const n = c.words.length;
      if (!matchesAt(view, i, c.words)) continue;
      if (view.gazetteerAt[i] && (c.e.kind !== 'organisation' || n === 1)) continue;
      // A lone surname that opens a sentence and is also a common word ("Price rose") is not the person.
      if (n === 1 && t.opensSentence && view.lowerWords.has(t.lower)) break;
      const last = tokens[i + n - 1]!;
      mentions.push({
        actorId: `${c.e.kind}:${c.e.key}`,
        name: c.e.name,
        kind: c.e.kind,
        surface: view.text.slice(t.start, last.end),
        start: t.start,
        end: last.end,
      });
      used.add(c.e);
      i += n - 1;
      break;
    }
  }
  const actors: FoundActor[] = kept
    .filter((e) => used.has(e))
    .map((e) => ({
      id: `${e.kind}:${e.key}`,
      name: e.name,
      kind: e.kind,
      role: e.role,
      organisation: e.organisation,
      // A tie to a found organisation that was merged away or dropped is no tie.
      organisationId:
        e.organisationId &&
        (e.organisationId.startsWith('organisation:')
          ? alive.has(e.organisationId)
            ? e.organisationId
            : null
          : e.organisationId),
    }));
  return { actors, mentions };
}

/** The surface `words` is written at token `i`, whole, and is not the front of a longer name. */
function matchesAt(view: TextView, i: number, words: readonly string[]): boolean {
  const { tokens, gazetteerAt } = view;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.lower !== words[k] || (k > 0 && gazetteerAt[i + k] && gazetteerAt[i + k]?.kind !== 'country'))
      return false;
    if (k > 0 && !/^(?: |\. | & )$/.test(t.gap)) return false;
    if (k < words.length - 1 && t.possessive && !ORG_HEADS.has(words[k + 1]!)) return false;
  }
  // A lone surname must not be the tail of another name ("Biden" in "Hunter Biden"); a title or
  // honorific before it is no name ("President Biden", "Ms Persson").
  const prev = tokens[i - 1];
  if (
    words.length === 1 &&
    prev?.cap &&
    tokens[i]!.gap === ' ' &&
    !prev.possessive &&
    !gazetteerAt[i - 1] &&
    !view.isCommonWord(prev) &&
    !TITLE_WORDS.has(prev.lower) &&
    !HONORIFICS.has(prev.lower) &&
    !TITLE_MODIFIERS.has(prev.lower)
  )
    return false;
  // The match must not be the front of a longer capitalised name ("King" in "King Charles"); a title
  // after it is no part of it ("CPUC President Marybel Batjer").
  const next = tokens[i + words.length];
  if (
    words.length === 1 &&
    next?.cap &&
    next.gap === ' ' &&
    !(
      TITLE_WORDS.has(next.lower) &&
      !TITLE_MODIFIERS.has(next.lower) &&
      !view.lowerWords.has(words[0]!) &&
      !PLACE_NOUNS.has(words[0]!) &&
      !/[^s]s$/.test(tokens[i]!.text) &&
      tokens[i + 2]?.cap
    ) &&
    !gazetteerAt[i + words.length] &&
    !tokens[i + words.length - 1]!.possessive
  )
    return false;
  return true;
}
