/** The kinds of actor the gazetteer knows. */
export type ActorKind = 'country' | 'person' | 'organisation' | 'bloc' | 'outlet';

/** Something or someone in the news: a country, a leader, an organisation, a bloc, an outlet. */
export interface Actor {
  /** Stable id: "<kind-prefix>:<slug>", e.g. "country:cn", "person:xi-jinping", "bloc:nato". */
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO country code the actor belongs to, when it has one (a leader's country, a country itself). */
  country: string | null;
  /** Short description ("President of France", "military alliance"). */
  description: string | null;
  /** Where the actor comes from: the gazetteer's data files, or a name found in an article's text. */
  origin?: ActorOrigin;
  /** For a person found in text: the role the text gives ("spokesperson", "Interior Minister"). */
  role?: string | null;
  /** For a person found in text: the organisation the text ties them to, and its actor id when known. */
  organisation?: string | null;
  organisationId?: string | null;
}

/** Gazetteer actors are curated data; text actors were found in articles (people and organisations). */
export type ActorOrigin = 'gazetteer' | 'text';

/** One place in a text where an actor is named (by name, alias, demonym, capital or metonym). */
export interface ActorMention {
  actorId: string;
  /** The actor's canonical name. */
  name: string;
  kind: ActorKind;
  /** The words as written in the text. */
  surface: string;
  /** JavaScript string offsets into the text that was analysed. */
  start: number;
  end: number;
}
