/**
 * People and organisations named in a text beyond the gazetteer: the one entry of `in-text/`.
 * The text is read once into a view, the readers of `READERS` collect names into a store in
 * order, the merges of `MERGES` fold variants together, and the mentions are marked last.
 */
import type { ActorMention } from '../domain/actor.js';
import { readCoordinatedNames } from './in-text/coordinated-names.js';
import { EntityStore } from './in-text/entity-store.js';
import {
  readBracketedAbbreviations,
  readRoleAffiliations,
  readSingleWordOrganisations,
} from './in-text/lone-organisations.js';
import { markMentions } from './in-text/mark-mentions.js';
import { MERGES } from './in-text/merge-variants.js';
import { readRuns } from './in-text/run-shapes.js';
import { readSpeakers } from './in-text/speaker-names.js';
import { TextView } from './in-text/text-view.js';
import type { ActorsInText, FindActorsOptions, Reader } from './in-text/types.js';
import { nameTokens } from './name-tokens.js';

export type { ActorsInText, FindActorsOptions, FoundActor, SpeakerHint } from './in-text/types.js';

/** One way of finding names in the text; a new one is a new entry of `READERS`. */
type NameReader = (r: Reader, options: FindActorsOptions) => void;

/** The readers, in order: runs of capitalised words first, so the later ones know their surnames. */
const READERS: readonly NameReader[] = [
  readRuns,
  readCoordinatedNames,
  readRoleAffiliations,
  readSingleWordOrganisations,
  readBracketedAbbreviations,
  readSpeakers,
];

/**
 * People and organisations named in `text` beyond the gazetteer mentions `known`: capitalised
 * name sequences read with their titles, honorifics, appositives and organisation words, variants
 * merged within the article ("Dmitry Kosyrev … Kosyrev", "Emirates Airline … Emirates").
 * Pure and linear in the text; bounded by `maxWords` and `maxActors`.
 */
export function findActorsInText(
  text: string,
  known: readonly ActorMention[],
  options: FindActorsOptions = {},
): ActorsInText {
  const maxActors = options.maxActors ?? 500;
  const view = new TextView(text, nameTokens(text, options.maxWords ?? 400_000), known);
  const r: Reader = { view, store: new EntityStore(view, maxActors * 4) };
  for (const read of READERS) read(r, options);
  for (const merge of MERGES) merge(r);
  const kept = [...r.store.entities.values()].sort((a, b) => a.order - b.order).slice(0, maxActors);
  return markMentions(view, kept, new Set(r.store.entities.keys()));
}
