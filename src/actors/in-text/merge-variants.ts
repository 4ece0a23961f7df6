/**
 * Within one article, the variants of a name are one actor: a surname or title form is the full
 * name ("Ms Persson" → "Eva-Marie Persson"), a person's name is never also an organisation, the
 * front of a longer organisation name is that organisation ("Emirates" → "Emirates Airline"),
 * initials are the organisation they abbreviate ("NSC"), and a person's surname alone is that
 * person. Each step is an entry of `MERGES`, run in order after all names are read.
 */
import { nameKey } from '../actor-key.js';
import { GIVEN_NAMES, ORG_CONNECTORS, ORG_HEADS } from '../name-lexicon.js';
import { entityId } from './entity-store.js';
import type { Entity, Reader } from './types.js';
import { isAllCaps, surnameOf } from './word-shapes.js';

/** One merging step over the names collected from a text. */
export type Merge = (r: Reader) => void;

const ofKind = (r: Reader, kind: Entity['kind']) =>
  [...r.store.entities.values()].filter((e) => e.kind === kind);
const alive = (r: Reader, e: Entity) => r.store.entities.has(entityId(e));

/**
 * A surname with doubled letters folded: transliterations of one name differ so ("Zelenskyy",
 * "Zelensky"; "Gaddafi", "Gadafi").
 */
const spelling = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');

/**
 * A one-word person ("Ms Persson", "Vice President Pence", "Zelenskyy") is the full name ending in
 * that word or a spelling of it, when one does.
 */
export const mergeSurnamePeople: Merge = (r) => {
  const people = ofKind(r, 'person');
  // Full names by their last word, and by its spelling key, built once (an article may name hundreds).
  const byLast = new Map<string, Entity[]>();
  const bySpelling = new Map<string, Entity[]>();
  const add = (map: Map<string, Entity[]>, key: string, e: Entity) =>
    map.set(key, [...(map.get(key) ?? []), e]);
  for (const q of people) {
    const s = q.surfaces[0]!;
    if (s.length < 2) continue;
    add(byLast, surnameOf(s), q);
    add(bySpelling, spelling(surnameOf(s)), q);
  }
  // Longer names by their last two or three words: a double surname alone ("Hawk Sawyer" for
  // "Kathleen Hawk Sawyer").
  const byTail = new Map<string, Entity[]>();
  for (const q of people) {
    const s = q.surfaces[0]!;
    for (let k = 2; k < s.length; k++) add(byTail, s.slice(s.length - k).join(' '), q);
  }
  for (const p of people) {
    const s = p.surfaces[0]!;
    if (s.length > 1) {
      const into = mostNamed(r, byTail.get(s.join(' ')) ?? []);
      if (into) r.store.mergeInto(p, into);
      continue;
    }
    const word = s[0]!;
    const full = byLast.get(word) ?? (word.length >= 5 ? (bySpelling.get(spelling(word)) ?? []) : []);
    const into = mostNamed(r, full);
    if (into) r.store.mergeInto(p, into);
  }
};

/** A person's name must not also stand as an organisation ("told Gupta"): the person wins. */
export const dropOrganisationsNamedLikePeople: Merge = (r) => {
  const people = ofKind(r, 'person');
  for (const o of ofKind(r, 'organisation')) {
    const words = o.surfaces[0]!;
    const clash = people.some(
      (p) =>
        alive(r, p) &&
        p.surfaces.some(
          (s) => s.join(' ') === words.join(' ') || (words.length === 1 && s.includes(words[0]!)),
        ),
    );
    if (clash) r.store.entities.delete(entityId(o));
  }
};

/** An organisation named by the start of a longer one ("Emirates" … "Emirates Airline") is the longer one. */
export const mergeOrganisationPrefixes: Merge = (r) => {
  const orgs = ofKind(r, 'organisation');
  for (const o of orgs) {
    if (!alive(r, o)) continue;
    const s = o.surfaces[0]!;
    const longer = orgs.filter(
      (q) =>
        q !== o &&
        alive(r, q) &&
        q.surfaces[0]!.length > s.length &&
        s.every((w, k) => q.surfaces[0]![k] === w),
    );
    if (longer.length === 1) r.store.mergeInto(o, longer[0]!);
  }
};

/**
 * A body named by the end of a longer name in the same article ("Intelligence Committee" after
 * "House Intelligence Committee") is the longer one, when exactly one longer name ends so. Two
 * words at least, ending in a body word: one word ("Committee") says too little.
 */
export const mergeOrganisationSuffixes: Merge = (r) => {
  const orgs = ofKind(r, 'organisation');
  for (const o of orgs) {
    const s = o.surfaces[0]!;
    if (!alive(r, o) || s.length < 2 || !ORG_HEADS.has(s[s.length - 1]!)) continue;
    const longer = orgs.filter((q) => {
      const w = q.surfaces[0]!;
      return (
        q !== o &&
        alive(r, q) &&
        w.length > s.length &&
        s.every((x, k) => w[w.length - s.length + k] === x) &&
        // "Journal of the American Heart Association" holds another body; it is not a longer name of it.
        !w.slice(0, w.length - s.length).some((x) => ORG_CONNECTORS.has(x))
      );
    });
    if (longer.length === 1) r.store.mergeInto(o, longer[0]!);
  }
};

/** An organisation's initials are that organisation ("NSC" for "National Security Council"). */
export const mergeInitials: Merge = (r) => {
  const { store, view } = r;
  const byInitials = new Map<string, Entity | null>();
  for (const o of ofKind(r, 'organisation')) {
    const initials = o.surfaces[0]!.filter((w) => !ORG_CONNECTORS.has(w))
      .map((w) => w.charAt(0))
      .join('');
    if (initials.length >= 2 && o.surfaces[0]!.length >= 2)
      byInitials.set(initials, byInitials.has(initials) ? null : o);
  }
  for (const t of view.tokens) {
    if (!isAllCaps(t.text) || t.text.length > 6 || view.gazetteerAt[t.index]) continue;
    const o = byInitials.get(t.lower);
    if (!o || o.surfaces.some((s) => s.length === 1 && s[0] === t.lower)) continue;
    const alone = store.entities.get(`organisation:${nameKey(t.text)}`);
    if (alone && alone !== o) store.mergeInto(alone, o);
    else o.surfaces.push([t.lower]);
  }
};

/**
 * Of the people a lone surname may be, the one whose given name the text writes most often
 * ("Joe and Hunter Biden … Joe Biden": "Biden" is Joe Biden); null on a tie or none.
 */
function mostNamed(r: Reader, candidates: readonly Entity[]): Entity | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const times = (given: string) => r.view.tokens.filter((t) => t.cap && t.lower === given).length;
  const counted = candidates.map((e) => ({ e, n: times(e.surfaces[0]![0]!) })).sort((a, b) => b.n - a.n);
  return counted[0]!.n > counted[1]!.n ? counted[0]!.e : null;
}

/** Each person's surname alone is also that person, when no other person has it or one is named most. */
export const addSurnames: Merge = (r) => {
  const bySurname = new Map<string, Entity[]>();
  for (const e of ofKind(r, 'person')) {
    const s = e.surfaces[0]!;
    if (s.length < 2) continue;
    const last = surnameOf(s);
    bySurname.set(last, [...(bySurname.get(last) ?? []), e]);
  }
  for (const [last, people] of bySurname) {
    const e = mostNamed(r, people);
    if (e && !e.surfaces.some((s) => s.length === 1 && s[0] === last)) e.surfaces.push([last]);
  }
  // A double surname written alone where only a person stands ("Kathleen Hawk Sawyer … Hawk Sawyer testified").
  for (const e of ofKind(r, 'person')) {
    const s = e.surfaces[0]!;
    const tail = s.slice(-2);
    if (
      s.length >= 3 &&
      !e.surfaces.some((x) => x.join(' ') === tail.join(' ')) &&
      r.view.namedAloneAsPerson(tail)
    )
      e.surfaces.push(tail);
  }
};

/**
 * A one-word person that is the surname of a gazetteer person the article names ("Wong" after
 * "Penny Wong") is that person: dropped here, marked as the gazetteer's by `markMentions`.
 */
export const dropGazetteerSurnames: Merge = (r) => {
  for (const p of ofKind(r, 'person')) {
    const s = p.surfaces[0]!;
    if (s.length === 1 && r.view.gazetteerSurnames.get(s[0]!)) r.store.entities.delete(entityId(p));
  }
};

/** The merging steps, in this order. */
/**
 * A known given name alone is the one person the article names in full with it ("Taylor Swift …
 * Taylor", "Scooter Braun … Scooter"), unless two people share it or it is also someone's surname.
 * `markMentions` never reads it as the front of a longer name ("Taylor Fritz").
 */
export const addGivenNames: Merge = (r) => {
  const people = ofKind(r, 'person').filter((e) => alive(r, e));
  const surnames = new Set(people.flatMap((e) => e.surfaces.map((s) => s[s.length - 1]!)));
  const byGiven = new Map<string, Entity[]>();
  for (const e of people) {
    const s = e.surfaces[0]!;
    if (s.length < 2 || !GIVEN_NAMES.has(s[0]!) || surnameOf(s) === s[0]) continue;
    byGiven.set(s[0]!, [...(byGiven.get(s[0]!) ?? []), e]);
  }
  for (const [given, named] of byGiven)
    if (named.length === 1 && !surnames.has(given)) named[0]!.surfaces.push([given]);
};

export const MERGES: readonly Merge[] = [
  dropGazetteerSurnames,
  mergeSurnamePeople,
  dropOrganisationsNamedLikePeople,
  mergeOrganisationPrefixes,
  mergeOrganisationSuffixes,
  mergeInitials,
  addSurnames,
  addGivenNames,
];
