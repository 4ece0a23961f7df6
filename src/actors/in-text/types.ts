/**
 * The shapes shared by the steps that find actors in text: what the entry returns (public, re-exported
 * by `find-actors-in-text.ts`) and the working record of one name while the text is read.
 */
import type { ActorMention } from '../../domain/actor.js';
import type { EntityStore } from './entity-store.js';
import type { TextView } from './text-view.js';

/** A person or organisation found in the text, not from the gazetteer. */
export interface FoundActor {
  /** "person:<key>" or "organisation:<key>": the normalised full name, the same in every article. */
  id: string;
  name: string;
  kind: 'person' | 'organisation';
  /** The role the text gives ("spokesperson", "Interior Minister"), when it gives one. */
  role: string | null;
  /** The organisation the text ties the person to ("Qatari Foreign Ministry"), when it names one. */
  organisation: string | null;
  /** That organisation's actor id, found in text or from the gazetteer. */
  organisationId: string | null;
}

/** A speaker the quotes stage resolved: its words in the text are a strong hint of a name. */
export interface SpeakerHint {
  kind: 'person' | 'organisation';
  start: number;
  end: number;
}

/** What the text names beyond the gazetteer: the actors and every place each is named. */
export interface ActorsInText {
  actors: FoundActor[];
  /**
   * Mentions of the found actors only, in text order. One overlaps a gazetteer mention only where an
   * organisation's name holds a country's ("Swedish Prosecution Authority" and "Swedish").
   */
  mentions: ActorMention[];
}

/** Limits that bound the work on hostile input. */
export interface FindActorsOptions {
  speakers?: readonly SpeakerHint[];
  /** At most this many distinct actors are kept (first found first). */
  maxActors?: number;
  /** Words read at most (the rest of a huge text is left unread). */
  maxWords?: number;
}

/** A role and the organisation it belongs to, as the words around a name give them. */
export interface Affiliation {
  role: string | null;
  organisation: string | null;
  organisationId: string | null;
}

/** One name being collected: its kind, canonical name and every way the text writes it. */
export interface Entity {
  kind: 'person' | 'organisation';
  name: string;
  key: string;
  role: string | null;
  organisation: string | null;
  organisationId: string | null;
  /** Every way the text writes it (token lists, folded), longest first when matched. */
  surfaces: string[][];
  /** When it was first found: the cap on actors keeps the earliest. */
  order: number;
}

/** What every step reads and writes: the text's view and the names collected so far. */
export interface Reader {
  view: TextView;
  store: EntityStore;
}
