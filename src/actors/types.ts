import type { Actor } from '../domain/actor.js';
import type { OutletGenre, Ownership } from '../domain/outlet.js';
import type { AliasIndex } from './alias-index.js';

/** Whether a country sits in the UN General Assembly, observes it, or neither. */
export type CountryStatus = 'un-member' | 'un-observer' | 'other';

/** One country (or territory the news treats as one) as kept in data/countries.json. */
export interface CountryRecord {
  /** ISO 3166-1 alpha-2 ("XK" for Kosovo, by common use). */
  code: string;
  name: string;
  /** Other names and abbreviations, written with the case they must have in text ("US" never matches "us"). */
  aliases: string[];
  /** Adjectives and people-nouns; the first is the adjective ("Chinese"). */
  demonyms: string[];
  capital: string | null;
  /** Places and buildings that stand for the government ("Kremlin", "Downing Street"). */
  metonyms: string[];
  status: CountryStatus;
  /** False when the capital names something else more often (Brussels → EU, Victoria, Kingston). */
  capitalIsMetonym?: boolean;
  description?: string;
  /** Date a person last checked the record. */
  checked: string;
}

/** How completely an organisation's membership is listed. */
export type Membership = 'listed' | 'permanent-members' | 'near-universal';

/** A bloc or international organisation as kept in data/organisations.json. */
export interface OrganisationRecord {
  /** Actor id, "bloc:<slug>" or "organisation:<slug>". */
  id: string;
  kind: 'bloc' | 'organisation';
  name: string;
  aliases: string[];
  /** Member country codes (empty for near-universal bodies). */
  members: string[];
  membership: Membership;
  description: string;
  /** The body this one belongs to (the Security Council → the UN). */
  parent?: string;
  /**
   * Names that are also a common word, a place or a given name ("Apple", "Chelsea", "Inter"): one
   * counts only in an article that also names this body plainly, or, in a field where bare names are
   * the norm (football), another body of the same field. May repeat the name itself.
   */
  ambiguousAliases?: string[];
  /** What kind of body it is ("football", "tech", "us-gov"): groups bodies for `ambiguousAliases`. */
  field?: string;
  checked: string;
}

/** A head of state or government or a foreign minister, as kept in data/leaders.json. */
export interface LeaderRecord {
  /** Actor id, "person:<slug>". */
  id: string;
  name: string;
  /** Surnames and short forms used in copy ("Xi", "Lula"). */
  aliases: string[];
  country: string | null;
  /** Actor id of the bloc the office belongs to, for office holders of blocs (EU, AU). */
  organisation: string | null;
  role: string;
  checked: string;
}

/** A real news outlet as kept in data/outlets.json. */
export interface OutletRecord {
  /** Actor id, "outlet:<slug>". */
  id: string;
  name: string;
  aliases: string[];
  country: string;
  /** BCP 47 primary language of its main edition ("en", "zh"). */
  language: string;
  ownership: Ownership;
  genre: OutletGenre;
  /** Host names without "www.", feed hosts included ("feeds.bbci.co.uk"); each belongs to one outlet only. */
  domains: string[];
  /** Why the ownership label holds, in one line of fact (at most 160 characters). */
  basis: string;
  /** Present (and true) only when the outlet's articles are openly licensed for republication in full. */
  fullText?: true;
  checked: string;
}

/** A phrase that contains an alias but names something else ("Indian Ocean"): it yields no mention. */
export interface StopPhraseRecord {
  phrase: string;
  checked: string;
}

/** Everything a gazetteer is built from. */
export interface GazetteerData {
  countries: CountryRecord[];
  organisations: OrganisationRecord[];
  leaders: LeaderRecord[];
  outlets: OutletRecord[];
  stopPhrases: StopPhraseRecord[];
}

/** A built gazetteer: the data, its actors and the alias index used to find mentions. Build once, reuse. */
export interface Gazetteer {
  readonly data: GazetteerData;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly countries: ReadonlyMap<string, CountryRecord>;
  readonly index: AliasIndex;
  /** Countries' names and demonyms alone, to find the country named inside a body's name ("Air India"). */
  readonly countryIndex: AliasIndex;
  /**
   * Capitals that name a body more often than their country (lower case → country actor id):
   * "Brussels" is the EU, but "in Brussels" is the city.
   */
  readonly bodyCapitals: ReadonlyMap<string, string>;
  /** The field of each organisation that has one (actor id → field), for ambiguous aliases. */
  readonly fields: ReadonlyMap<string, string>;
  /** Aliases dropped because an earlier record already claimed the same words (kept for data review). */
  readonly shadowedAliases: readonly { alias: string; actorId: string; keptFor: string }[];
}
