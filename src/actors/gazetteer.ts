import type { Actor } from '../domain/actor.js';
import { addAlias, createAliasIndex } from './alias-index.js';
import { defaultGazetteerData } from './default-data.js';
import type { CountryRecord, Gazetteer, GazetteerData, OutletRecord } from './types.js';

/** Actor id of a country: "country:cn". */
export const countryActorId = (code: string): string => `country:${code.toLowerCase()}`;

/** Build a gazetteer (actors and alias index) from data; without data, from the files in actors/data/. */
export function createGazetteer(data: GazetteerData = defaultGazetteerData()): Gazetteer {
  const countries = new Map(data.countries.map((c) => [c.code, c]));
  const actors = new Map<string, Actor>();
  for (const c of data.countries) {
    actors.set(countryActorId(c.code), {
      id: countryActorId(c.code),
      name: c.name,
      kind: 'country',
      country: c.code,
      description: c.description ?? describeStatus(c),
    });
  }
  for (const o of data.organisations) {
    const country = o.members.length === 1 && o.membership === 'listed' ? (o.members[0] ?? null) : null;
    actors.set(o.id, { id: o.id, name: o.name, kind: o.kind, country, description: o.description });
  }
  for (const o of data.outlets) {
    actors.set(o.id, {
      id: o.id,
      name: o.name,
      kind: 'outlet',
      country: o.country,
      description: describeOutlet(o, countries),
    });
  }
  for (const p of data.leaders) {
    actors.set(p.id, { id: p.id, name: p.name, kind: 'person', country: p.country, description: p.role });
  }

  const index = createAliasIndex();
  const shadowed: { alias: string; actorId: string; keptFor: string }[] = [];
  const add = (alias: string, actorId: string | null, ambiguous = false) => {
    const holder = addAlias(index, alias, actorId, ambiguous);
    if (holder !== undefined && holder !== actorId)
      shadowed.push({ alias, actorId: actorId ?? 'stop', keptFor: holder ?? 'stop' });
  };
  // Order is priority: explicit names beat derived ones (capitals, demonyms) that share the same words.
  for (const s of data.stopPhrases) add(s.phrase, null);
  for (const c of data.countries) {
    for (const name of [c.name, ...c.aliases, ...c.metonyms]) add(name, countryActorId(c.code));
  }
  for (const o of data.organisations) {
    const ambiguous = new Set(o.ambiguousAliases ?? []);
    for (const name of [o.name, ...o.aliases]) if (!ambiguous.has(name)) add(name, o.id);
    for (const name of ambiguous) add(name, o.id, true);
  }
  for (const o of data.outlets) for (const name of [o.name, ...o.aliases]) add(name, o.id);
  for (const p of data.leaders) for (const name of [p.name, ...p.aliases]) add(name, p.id);
  for (const c of data.countries) {
    if (c.capital && c.capitalIsMetonym !== false && c.capital !== c.name)
      add(c.capital, countryActorId(c.code));
  }
  for (const c of data.countries) {
    for (const d of c.demonyms) {
      add(d, countryActorId(c.code));
      const plural = pluralDemonym(d);
      if (plural) add(plural, countryActorId(c.code));
    }
  }
  // Names and demonyms only: a capital inside a body's name is a place, not the country ("Moscow City Court").
  const countryIndex = createAliasIndex();
  for (const c of data.countries) {
    for (const name of [c.name, ...c.aliases, ...c.demonyms])
      addAlias(countryIndex, name, countryActorId(c.code));
  }
  const fields = new Map<string, string>();
  for (const o of data.organisations) if (o.field) fields.set(o.id, o.field);
  const bodyCapitals = new Map<string, string>();
  for (const c of data.countries)
    if (c.capital && c.capitalIsMetonym === false)
      bodyCapitals.set(c.capital.toLowerCase(), countryActorId(c.code));
  return { data, actors, countries, index, countryIndex, fields, bodyCapitals, shadowedAliases: shadowed };
}

/** "Russian" → "Russians"; null where English has no -s plural ("Chinese", "French", "Swiss"). */
function pluralDemonym(d: string): string | null {
  return /(?:ese|s|sh|ch|x|z|y|o)$/.test(d) ? null : `${d}s`;
}

function describeStatus(c: CountryRecord): string {
  if (c.status === 'un-member') return 'UN member state';
  if (c.status === 'un-observer') return 'UN observer state';
  return 'country or territory';
}

function describeOutlet(o: OutletRecord, countries: ReadonlyMap<string, CountryRecord>): string {
  const adjective = countries.get(o.country)?.demonyms[0] ?? o.country;
  return `${adjective} ${o.ownership} ${o.genre}`;
}

/** Every actor the gazetteer knows, countries first (to seed the actors table). */
export function listActors(g: Gazetteer): Actor[] {
  return [...g.actors.values()];
}

/** One actor by id, or null. */
export function getActor(g: Gazetteer, id: string): Actor | null {
  return g.actors.get(id) ?? null;
}

/** The adjective for a country code ("CN" → "Chinese"); the country name or the code when there is none. */
export function countryAdjective(g: Gazetteer, code: string): string {
  const c = g.countries.get(code.toUpperCase());
  return c?.demonyms[0] ?? c?.name ?? code;
}

/** The English short name for a country code ("CN" → "China"); the code itself when unknown. */
export function countryName(g: Gazetteer, code: string): string {
  return g.countries.get(code.toUpperCase())?.name ?? code;
}

/** Member country codes of a bloc or organisation (empty for near-universal bodies and unknown ids). */
export function blocMembers(g: Gazetteer, id: string): string[] {
  return [...(g.data.organisations.find((o) => o.id === id)?.members ?? [])];
}

/** The real outlet a host name belongs to ("www.bbc.co.uk" → BBC), or null. */
export function outletByDomain(g: Gazetteer, host: string): OutletRecord | null {
  const h = host.toLowerCase().replace(/^www\./, '');
  return g.data.outlets.find((o) => o.domains.some((d) => h === d || h.endsWith(`.${d}`))) ?? null;
}
