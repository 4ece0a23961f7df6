import type { ActorMention } from '../domain/actor.js';
import { matchAliases } from './alias-index.js';
import type { Gazetteer } from './types.js';

/**
 * Every place the text names a known actor, in text order, with offsets into `text`.
 * Linear in the text length: one tokenising pass and, at each word, a walk down the alias trie.
 */
export function findMentions(text: string, gazetteer: Gazetteer): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of matchAliases(gazetteer.index, text)) {
    const actor = gazetteer.actors.get(m.actorId);
    if (!actor) continue;
    out.push({
      actorId: actor.id,
      name: actor.name,
      kind: actor.kind,
      surface: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
    });
  }
  return out;
}
