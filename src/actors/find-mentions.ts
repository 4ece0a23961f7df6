import type { ActorMention } from '../domain/actor.js';
import { matchAliases } from './alias-index.js';
import { standingMatches } from './mention-context.js';
import { PLACE_PREPOSITIONS } from './name-lexicon.js';
import type { Gazetteer } from './types.js';

/**
 * Every place the text names a known actor, in text order, with offsets into `text`.
 * Linear in the text length: one tokenising pass and, at each word, a walk down the alias trie; a
 * match that is part of a longer name, or an ambiguous alias without support, is not a mention.
 */
export function findMentions(text: string, gazetteer: Gazetteer): ActorMention[] {
  const out: ActorMention[] = [];
  const push = (actorId: string, start: number, end: number) => {
    const actor = gazetteer.actors.get(actorId);
    if (!actor) return;
    out.push({ actorId, name: actor.name, kind: actor.kind, surface: text.slice(start, end), start, end });
  };
  for (const m of standingMatches(text, matchAliases(gazetteer.index, text), gazetteer)) {
    const city = cityAt(text, m.start, m.end, gazetteer);
    push(city ?? m.actorId, m.start, m.end);
    if (city) continue;
    // An organisation's name that names a country still names it ("Air India", "Israel Defense
    // Forces"); an outlet's is its brand ("Agence France-Presse", "China Daily").
    if (gazetteer.actors.get(m.actorId)?.kind !== 'organisation' || !/\s/.test(text.slice(m.start, m.end)))
      continue;
    for (const c of matchAliases(gazetteer.countryIndex, text.slice(m.start, m.end)))
      push(c.actorId, m.start + c.start, m.start + c.end);
  }
  return out;
}

const WORD_BEFORE = /([\p{L}]+)\s+$/u;

/**
 * A capital that stands for a body ("Brussels" for the EU) is the city after a place preposition
 * ("talks in Brussels"): its country then, not the body.
 */
function cityAt(text: string, start: number, end: number, gazetteer: Gazetteer): string | null {
  const country = gazetteer.bodyCapitals.get(text.slice(start, end).toLowerCase());
  if (!country) return null;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  return before && PLACE_PREPOSITIONS.has(before[1]!.toLowerCase()) ? country : null;
}
