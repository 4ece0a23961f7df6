import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions.js';
import { createGazetteer } from './gazetteer.js';

const g = createGazetteer();
const found = (text: string) => findMentions(text, g).map((m) => `${m.surface}=${m.actorId}`);

describe('gazetteer matches judged by their context', () => {
  it('leaves a body named inside a longer body to that longer name', () => {
    expect(found('Economists at the Federal Reserve Bank of Chicago disagreed.')).toEqual([]);
    expect(found('The Federal Reserve raised rates.')).toEqual([
      'Federal Reserve=organisation:federal-reserve',
    ]);
    expect(found('The United Nations High Commissioner for Human Rights spoke.')).toEqual([]);
    // A state's department is not the federal one; a country in front only says whose it is.
    expect(found('Officials of the Michigan Department of Health and Human Services said so.')).toEqual([]);
    expect(found('The US Justice Department charged him.')).toEqual([
      'US=country:us',
      'Justice Department=organisation:justice-department',
    ]);
  });

  it('reads a capital inside a club or a court as part of the name, not the country', () => {
    expect(found('Atletico Madrid beat Valencia.')).toEqual([
      'Atletico Madrid=organisation:atletico-madrid',
      'Valencia=organisation:valencia',
    ]);
    expect(found('The Deportivo Madrid squad trained.')).toEqual([]);
    expect(found('The Moscow City Court ruled.')).toEqual([]);
    expect(found('Talks in Madrid went on. Madrid said no.')).toEqual([
      'Madrid=country:es',
      'Madrid=country:es',
    ]);
  });

  it('keeps an ambiguous alias only with support in the article', () => {
    expect(found('Chelsea Clinton spoke. Apple pie was served.')).toEqual([]);
    expect(found('Apple Inc. said later that Apple would invest.')).toEqual([
      'Apple Inc=organisation:apple',
      'Apple=organisation:apple',
    ]);
    // In football a club named plainly supports the bare names of the others.
    expect(found('Manchester United beat Chelsea 2-1.')).toEqual([
      'Manchester United=organisation:manchester-united',
      'Chelsea=organisation:chelsea',
    ]);
    expect(found('Google and Chelsea were named.')).toEqual(['Google=organisation:google']);
  });

  it('still names the country inside an organisation, not inside an outlet', () => {
    expect(found('Air India cut flights.')).toEqual(['Air India=organisation:air-india', 'India=country:in']);
    expect(found('Agence France-Presse reported it.').some((m) => m.endsWith('country:fr'))).toBe(false);
  });

  it('keeps a body after an owner’s possessive, and drops one in a compound of likeness', () => {
    expect(found('Jeff Bezos’s Blue Origin and Elon Musk’s SpaceX were chosen.')).toEqual([
      'Blue Origin=organisation:blue-origin',
      'SpaceX=organisation:spacex',
    ]);
    expect(found('Notes is a Twitter-like platform with NASA-inspired seats.')).toEqual([]);
  });

  it('reads a country’s name after a place qualifier as another place', () => {
    expect(
      found('Patients came from Inner Mongolia and New Mexico; Mongolia and Mexico said nothing.'),
    ).toEqual(['Mongolia=country:mn', 'Mexico=country:mx']);
  });
});
