import { describe, expect, it } from 'vitest';
import { findMentions } from '../find-mentions.js';
import { createGazetteer } from '../gazetteer.js';
import { nameTokens } from '../name-tokens.js';
import { EntityStore } from './entity-store.js';
import {
  RUN_SHAPES,
  type RunShape,
  nameByContext,
  organisationByLowerHead,
  organisationByWords,
  personOfCountry,
  personOfKnownOrganisation,
  personOfOrganisation,
  readRuns,
  titlePhrasePerson,
  titledPerson,
} from './run-shapes.js';
import { TextView } from './text-view.js';
import type { Reader } from './types.js';

const g = createGazetteer();

function readerFor(text: string): Reader {
  const view = new TextView(text, nameTokens(text), findMentions(text, g));
  return { view, store: new EntityStore(view, 100) };
}

/** What one shape makes of the run starting at `word` in `text`: null when it does not recognise it. */
function shapeOf(shape: RunShape, text: string, word: string) {
  const r = readerFor(text);
  const start = r.view.tokens.findIndex((t) => t.text === word);
  const end = r.view.runEnd(start);
  if (!shape(r, { start, s: start, lead: start, end })) return null;
  return [...r.store.entities.values()].map(
    (e) => `${e.kind}:${e.name}|${e.role ?? ''}|${e.organisation ?? ''}`,
  );
}

describe('run shapes', () => {
  it('reads titles, a name, then "of" and the organisation', () => {
    expect(
      shapeOf(
        personOfOrganisation,
        'We spoke to Professor Mikhail Grishin of the Institute of Oriental Studies.',
        'Professor',
      ),
    ).toEqual([
      'organisation:Institute of Oriental Studies||',
      'person:Mikhail Grishin|Professor|Institute of Oriental Studies',
    ]);
    expect(shapeOf(personOfOrganisation, 'It came from Bank of England staff.', 'Bank')).toBeNull();
  });

  it('reads an organisation, a title and a name as a person with role and organisation', () => {
    expect(
      shapeOf(titledPerson, 'The airline said Emirates President Tim Clark agreed.', 'Emirates'),
    ).toEqual(['organisation:Emirates||', 'person:Tim Clark|President|Emirates']);
    expect(shapeOf(titledPerson, 'He went to the Interior Ministry yesterday.', 'Interior')).toBeNull();
  });

  it('reads an organisation by its last word or its opener', () => {
    expect(shapeOf(organisationByWords, 'A note from the Interior Ministry came.', 'Interior')).toEqual([
      'organisation:Interior Ministry||',
    ]);
    expect(shapeOf(organisationByWords, 'Members of the House of Representatives voted.', 'House')).toEqual([
      'organisation:House of Representatives||',
    ]);
    expect(shapeOf(organisationByWords, 'They met Penelope Abernathy yesterday.', 'Penelope')).toBeNull();
  });

  it('reads one word and a lower-case organisation word after it', () => {
    expect(shapeOf(organisationByLowerHead, 'Fighters of the Haqqani network attacked.', 'Haqqani')).toEqual([
      'organisation:Haqqani network||',
    ]);
    expect(shapeOf(organisationByLowerHead, 'Fighters of the Haqqani clan attacked.', 'Haqqani')).toBeNull();
  });

  it('decides a bare name by its context: a person after "said", an organisation after "told"', () => {
    expect(shapeOf(nameByContext, '"We will," said Zabihullah Mujahid on Monday.', 'Zabihullah')).toEqual([
      'person:Zabihullah Mujahid||',
    ]);
    expect(shapeOf(nameByContext, 'The minister told Gulf Crescent on Monday.', 'Gulf')).toEqual([
      'organisation:Gulf Crescent||',
    ]);
    expect(shapeOf(nameByContext, 'Blue Sky Ventures rose on Monday.', 'Blue')).toEqual([]);
  });

  it('reads a title phrase with lower-case words, then a name that starts with a given name', () => {
    expect(shapeOf(titlePhrasePerson, 'Secretary of State Mike Pompeo said so.', 'Secretary')).toEqual([
      'person:Mike Pompeo|Secretary of State|',
    ]);
    expect(shapeOf(titlePhrasePerson, 'Secretary of State Pompeo said so.', 'Secretary')).toBeNull();
    expect(shapeOf(titlePhrasePerson, 'The Bank of England Mark Carney said.', 'Bank')).toBeNull();
  });

  it('reads a name followed by "of the" and a gazetteer organisation as a person of it', () => {
    expect(
      shapeOf(
        personOfKnownOrganisation,
        'according to Sui-Lee Wee of the New York Times, cases rose.',
        'Sui-Lee',
      ),
    ).toEqual(['person:Sui-Lee Wee||The New York Times']);
    expect(
      shapeOf(personOfKnownOrganisation, 'according to Sui-Lee Wee of Sweden, cases rose.', 'Sui-Lee'),
    ).toBeNull();
  });

  it('reads a title word after a given name as a surname, and a given name that is also a common word', () => {
    expect(shapeOf(nameByContext, 'Both freed, Kevin King said on Monday.', 'Kevin')).toEqual([
      'person:Kevin King||',
    ]);
    const r = readerFor('“It misled voters,” Will Moy, chief executive of Full Fact, told reporters.');
    readRuns(r);
    expect([...r.store.entities.keys()]).toContain('person:will-moy');
  });

  it('tries the shapes in order, the most specific first', () => {
    expect(RUN_SHAPES).toEqual([
      personOfOrganisation,
      titledPerson,
      titlePhrasePerson,
      personOfKnownOrganisation,
      personOfCountry,
      organisationByWords,
      organisationByLowerHead,
      nameByContext,
    ]);
    const r = readerFor('Dr Omar Lakhani of the Royal Institute for Middle East Studies said so.');
    readRuns(r);
    expect([...r.store.entities.keys()].sort()).toEqual([
      'organisation:royal-institute-for-middle-east-studies',
      'person:omar-lakhani',
    ]);
  });
});
