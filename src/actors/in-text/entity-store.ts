/**
 * The names collected from one text, by kind and normalised name: adding a person or an
 * organisation checks that its words can be that kind of name, and merging folds one variant into
 * another. The cap on distinct names keeps the quadratic merging bounded.
 */
import { STOP_WORDS } from '../../lib/text-tokens.js';
import { nameKey } from '../actor-key.js';
import {
  ADJECTIVE_NAMES,
  NAME_PARTICLES,
  BUILDING_WORDS,
  NOT_NAMES,
  NON_PERSON_TAILS,
  ORG_CONNECTORS,
  ORG_HEADS,
  ORG_OPENERS,
  OUTLET_HEADS,
  PLACE_NAMES,
  ROLE_NOUNS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  isPlaceName,
} from '../name-lexicon.js';
import type { NameToken } from '../name-tokens.js';
import type { TextView } from './text-view.js';
import type { Affiliation, Entity } from './types.js';
import { nameLike } from './word-shapes.js';

/** A title word, also joined by hyphens ("Inspector-General"). */
const titleWord = (lower: string) =>
  TITLE_WORDS.has(lower) || lower.split('-').every((p) => TITLE_WORDS.has(p));

/** The entity map key of an entity: its found-actor id. */
export const entityId = (e: Pick<Entity, 'kind' | 'key'>): string => `${e.kind}:${e.key}`;

/** Every person and organisation found so far in one text. */
export class EntityStore {
  readonly entities = new Map<string, Entity>();
  /** Last words of the people found so far. */
  private readonly surnames = new Set<string>();
  private order = 0;

  constructor(
    private readonly view: TextView,
    /** Distinct names collected at most: the merging after reading is quadratic in them. */
    private readonly maxEntities: number,
  ) {}

  /** A word that is the last word of a person already found. */
  isPersonSurname(lower: string): boolean {
    return this.surnames.has(lower);
  }

  /** Add (or find) the person written as `words`, keeping the first role and organisation given. */
  addPerson(name: string, words: readonly NameToken[], details: Affiliation): Entity | null {
    const { view } = this;
    if (
      words.some(
        (w) =>
          view.gazetteerAt[w.index] ||
          PLACE_NAMES.has(w.lower) ||
          NOT_NAMES.has(w.lower) ||
          ADJECTIVE_NAMES.has(w.lower),
      )
    )
      return null;
    if (
      // "&" joins bodies' names, never a person's ("Ernst & Young", "Simon & Schuster").
      words.some((w, k) => k > 0 && w.gap === ' & ') ||
      view.placeWords.has(words[words.length - 1]!.lower) ||
      NON_PERSON_TAILS.has(words[words.length - 1]!.lower) ||
      !words.every(
        (w, k) =>
          nameLike(w) ||
          NAME_PARTICLES.has(w.lower) ||
          // A middle initial ("Patrick W. Carlineo"), never the first or last word.
          (k > 0 && k < words.length - 1 && /^\p{Lu}$/u.test(w.text)),
      )
    )
      return null;
    const surface = words.map((w) => w.lower);
    const key = nameKey(name);
    if (!key) return null;
    let e = this.entities.get(`person:${key}`);
    if (!e) {
      if (this.entities.size >= this.maxEntities) return null;
      e = {
        kind: 'person',
        name,
        key,
        role: null,
        organisation: null,
        organisationId: null,
        surfaces: [surface],
        order: this.order++,
      };
      this.entities.set(`person:${key}`, e);
      this.surnames.add(surface[surface.length - 1]!);
    }
    e.role ??= details.role;
    e.organisation ??= details.organisation;
    e.organisationId ??= details.organisationId;
    return e;
  }

  /** Add (or find) the organisation written as `all`, without leading titles, role nouns or "the". */
  addOrganisation(all: readonly NameToken[]): Entity | null {
    let from = 0;
    while (
      from < all.length - 1 &&
      (titleWord(all[from]!.lower) ||
        ROLE_NOUNS.has(all[from]!.lower) ||
        all[from]!.lower === 'the' ||
        (from > 0 && ORG_CONNECTORS.has(all[from]!.lower) && !all[from]!.cap))
    )
      from++;
    // Keep a title word that is the organisation's own first word ("National Security Council" after "Former").
    while (
      from > 0 &&
      !ORG_CONNECTORS.has(all[from - 1]!.lower) &&
      TITLE_MODIFIERS.has(all[from - 1]!.lower) &&
      all[from - 1]!.lower !== 'former' &&
      all[from - 1]!.lower !== 'then'
    )
      from--;
    const words = all.slice(from);
    if (
      words.length === 0 ||
      !words[0]!.cap ||
      isPlaceName(words) ||
      // A place's name is no body ("New York", "the Southern District of New York"), nor is a prison or a hall
      // ("Metropolitan Correctional Center"); a body word before the place makes one ("Bank of New York").
      (PLACE_NAMES.has(words[words.length - 1]!.lower) &&
        !words.some(
          (w) => ORG_HEADS.has(w.lower) || OUTLET_HEADS.has(w.lower) || ORG_OPENERS.has(w.lower),
        )) ||
      words.some((w) => BUILDING_WORDS.has(w.lower))
    )
      return null;
    if (
      words.length === 1 &&
      (!nameLike(words[0]!) || NOT_NAMES.has(words[0]!.lower) || ADJECTIVE_NAMES.has(words[0]!.lower))
    )
      return null;
    // One word before a number names a stage or a section, not a body ("its Phase 1 deal", "Article 5").
    if (words.length === 1 && /^ \p{N}/u.test(this.view.text.slice(words[0]!.end, words[0]!.end + 2)))
      return null;
    const trimmed = this.view.slice(words);
    const surface = words.filter((w, k) => !(k === 0 && w.lower === 'the')).map((w) => w.lower);
    if (surface.length === 0) return null;
    const key = nameKey(trimmed);
    const bare =
      surface.length === 1 &&
      (TITLE_WORDS.has(surface[0]!) ||
        STOP_WORDS.has(surface[0]!) ||
        ORG_HEADS.has(surface[0]!) ||
        OUTLET_HEADS.has(surface[0]!));
    if (!key || bare) return null;
    const id = `organisation:${key}`;
    let e = this.entities.get(id);
    if (!e) {
      if (this.entities.size >= this.maxEntities) return null;
      e = {
        kind: 'organisation',
        name: trimmed,
        key,
        role: null,
        organisation: null,
        organisationId: null,
        surfaces: [surface],
        order: this.order++,
      };
      this.entities.set(id, e);
    }
    return e;
  }

  /** Fold `from` into `into`: its surfaces, its role and organisation, and people tied to it. */
  mergeInto(from: Entity, into: Entity): void {
    if (from.kind === 'organisation') {
      // People tied to the shorter name are tied to the one it merged into.
      const fromId = entityId(from);
      for (const e of this.entities.values()) {
        if (e.organisationId !== fromId) continue;
        e.organisation = into.name;
        e.organisationId = entityId(into);
      }
    }
    for (const s of from.surfaces)
      if (!into.surfaces.some((t) => t.join(' ') === s.join(' '))) into.surfaces.push(s);
    into.role ??= from.role;
    into.organisation ??= from.organisation;
    into.organisationId ??= from.organisationId;
    this.entities.delete(entityId(from));
  }
}
