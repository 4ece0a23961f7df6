/**
 * Two people who share a surname, written once: "Joe and Hunter Biden", "Bill and Melinda Gates".
 * The name after "and" is a person because a given name stands before it; the lone given name is
 * the person with that given name and the shared surname.
 */
import type { Reader } from './types.js';
import { MAX_NAME_WORDS, isGivenName } from './word-shapes.js';

const NO_AFFILIATION = { role: null, organisation: null, organisationId: null } as const;

/** "<Given> and <Given?> <Surname>": both are people named <Surname>. */
export function readCoordinatedNames({ view, store }: Reader): void {
  const { tokens } = view;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const given = tokens[i]!;
    const and = tokens[i + 1]!;
    if (!given.cap || !isGivenName(given) || and.lower !== 'and' || and.cap || and.gap !== ' ') continue;
    // The given name stands alone: not the end of a longer name ("Mary Jo and …").
    if (i > 0 && tokens[i - 1]!.cap && tokens[i]!.gap === ' ' && !given.opensSentence) continue;
    const s = i + 2;
    if (!tokens[s]!.cap || tokens[s]!.gap !== ' ' || view.heading[s]) continue;
    const end = view.runEnd(s);
    if (end - s < 2 || end - s > MAX_NAME_WORDS || view.placeAfter(end)) continue;
    const words = tokens.slice(s, end);
    const surname = words[words.length - 1]!;
    const second = store.addPerson(view.slice(words), words, NO_AFFILIATION);
    if (!second) continue;
    const first = store.addPerson(`${given.text} ${surname.text}`, [given, surname], NO_AFFILIATION);
    // The given name alone names that person here, unless another person starts with it.
    if (first && !first.surfaces.some((w) => w.length === 1 && w[0] === given.lower)) {
      const shared = [...store.entities.values()].some(
        (e) => e !== first && e.kind === 'person' && e.surfaces[0]![0] === given.lower,
      );
      if (!shared) first.surfaces.push([given.lower]);
    }
    i = end - 1;
  }
}
