import { describe, expect, it } from 'vitest';
import { nameTokens } from '../name-tokens.js';
import { EntityStore, entityId } from './entity-store.js';
import {
  MERGES,
  addGivenNames,
  addSurnames,
  dropOrganisationsNamedLikePeople,
  mergeInitials,
  mergeOrganisationPrefixes,
  mergeOrganisationSuffixes,
  mergeSurnamePeople,
} from './merge-variants.js';
import { TextView } from './text-view.js';
import type { Reader } from './types.js';

/** A reader over `text` whose store holds the people and organisations named (each a run of words in the text). */
function collected(text: string, people: string[], orgs: string[]): Reader {
  const view = new TextView(text, nameTokens(text), []);
  const store = new EntityStore(view, 100);
  const wordsOf = (name: string) => {
    const first = name.split(' ')[0]!;
    const i = view.tokens.findIndex((t) => t.text === first);
    return view.tokens.slice(i, i + name.split(' ').length);
  };
  for (const p of people)
    store.addPerson(p, wordsOf(p), { role: null, organisation: null, organisationId: null });
  for (const o of orgs) store.addOrganisation(wordsOf(o));
  return { view, store };
}

const ids = (r: Reader) =>
  [...r.store.entities.values()].map((e) => `${entityId(e)}=${e.surfaces.map((s) => s.join(' ')).join('/')}`);

describe('merging the variants of a name', () => {
  it('folds a one-word person into the one full name ending in it', () => {
    const r = collected(
      'Eva-Marie Persson spoke. Later Ms Persson left.',
      ['Eva-Marie Persson', 'Persson'],
      [],
    );
    mergeSurnamePeople(r);
    expect(ids(r)).toEqual(['person:eva-marie-persson=eva-marie persson/persson']);
  });

  it('drops an organisation that is a person’s name', () => {
    const r = collected('Rahul Gupta spoke and told Gupta later.', ['Rahul Gupta'], ['Gupta']);
    dropOrganisationsNamedLikePeople(r);
    expect(ids(r)).toEqual(['person:rahul-gupta=rahul gupta']);
  });

  it('folds the front of a longer organisation name into it', () => {
    const r = collected('Emirates Airline grew. Emirates said so.', [], ['Emirates Airline', 'Emirates']);
    mergeOrganisationPrefixes(r);
    expect(ids(r)).toEqual(['organisation:emirates-airline=emirates airline/emirates']);
  });

  it('reads initials as the organisation they abbreviate, once', () => {
    const r = collected(
      'The National Security Council met. The NSC said no.',
      [],
      ['National Security Council'],
    );
    mergeInitials(r);
    expect(ids(r)).toEqual(['organisation:national-security-council=national security council/nsc']);
  });

  it('adds a surname alone only when one person has it', () => {
    const r = collected(
      'Tim Clark and Kim Clark and Dmitry Kosyrev met.',
      ['Tim Clark', 'Kim Clark', 'Dmitry Kosyrev'],
      [],
    );
    addSurnames(r);
    expect(ids(r)).toEqual([
      'person:tim-clark=tim clark',
      'person:kim-clark=kim clark',
      'person:dmitry-kosyrev=dmitry kosyrev/kosyrev',
    ]);
  });

  it('runs the merges in order: people before the organisations that clash with them', () => {
    expect(MERGES.indexOf(mergeSurnamePeople)).toBeLessThan(MERGES.indexOf(dropOrganisationsNamedLikePeople));
    expect(MERGES.at(-2)).toBe(addSurnames);
    expect(MERGES.at(-1)).toBe(addGivenNames);
  });

  it('adds a given name alone only when one person has it and nobody has it as a surname', () => {
    const r = collected(
      'Selena Marsh, Owen Price and Harvey Selena met.',
      ['Selena Marsh', 'Owen Price', 'Harvey Selena'],
      [],
    );
    addGivenNames(r);
    // "Selena" is also a surname here, so it stays with nobody.
    expect(ids(r)).toEqual([
      'person:selena-marsh=selena marsh',
      'person:owen-price=owen price/owen',
      'person:harvey-selena=harvey selena/harvey',
    ]);
    const one = collected('Lorna Quist spoke. Lorna left.', ['Lorna Quist'], []);
    addGivenNames(one);
    expect(ids(one)).toEqual(['person:lorna-quist=lorna quist/lorna']);
  });

  it('takes a Chinese family name written first as the name alone', () => {
    const r = collected('Zhou Minghua spoke. Zhou left.', ['Zhou Minghua', 'Zhou'], []);
    mergeSurnamePeople(r);
    expect(ids(r)).toEqual(['person:zhou-minghua=zhou minghua/zhou']);
  });
});

describe('merging spellings, name tails and shared surnames (issue 12, round 3)', () => {
  it('folds a surname spelled with a doubled letter into the full name ("Zelenskyy" → "Volodymyr Zelensky")', () => {
    const r = collected('Volodymyr Zelensky spoke. Zelenskyy left.', ['Volodymyr Zelensky', 'Zelenskyy'], []);
    mergeSurnamePeople(r);
    expect(ids(r)).toEqual(['person:volodymyr-zelensky=volodymyr zelensky/zelenskyy']);
  });

  it('leaves a short surname that only looks alike apart ("Lee", "Le")', () => {
    const r = collected('Jane Lee spoke. Le left.', ['Jane Lee', 'Le'], []);
    mergeSurnamePeople(r);
    expect(ids(r)).toHaveLength(2);
  });

  it('folds the tail of a longer body name into it, but not a body named inside another ("Journal of …")', () => {
    const r = collected(
      'The House Intelligence Committee met. The Intelligence Committee voted.',
      [],
      ['House Intelligence Committee', 'Intelligence Committee'],
    );
    mergeOrganisationSuffixes(r);
    expect(ids(r)).toEqual([
      'organisation:house-intelligence-committee=house intelligence committee/intelligence committee',
    ]);
    const inside = collected(
      'The Journal of the Heart Association wrote. The Heart Association said.',
      [],
      ['Journal of the Heart Association', 'Heart Association'],
    );
    mergeOrganisationSuffixes(inside);
    expect(ids(inside)).toHaveLength(2);
  });

  it('gives a shared surname to the person whose given name the text writes most', () => {
    const r = collected(
      'Joe Biden spoke. Joe and Hunter Biden. Biden left.',
      ['Joe Biden', 'Hunter Biden'],
      [],
    );
    addSurnames(r);
    expect(ids(r)).toContain('person:joe-biden=joe biden/biden');
    expect(ids(r)).toContain('person:hunter-biden=hunter biden');
  });
});
