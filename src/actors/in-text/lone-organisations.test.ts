import { describe, expect, it } from 'vitest';
import { defaultGazetteerData } from '../default-data.js';
import { findMentions } from '../find-mentions.js';
import { createGazetteer } from '../gazetteer.js';
import { nameTokens } from '../name-tokens.js';
import { EntityStore } from './entity-store.js';
import {
  readBracketedAbbreviations,
  readRoleAffiliations,
  readSingleWordOrganisations,
} from './lone-organisations.js';
import { TextView } from './text-view.js';
import type { Reader } from './types.js';

// Without the named-bodies list (it knows Twitter and OCHA): these readers find bodies the gazetteer does not know.
const data = defaultGazetteerData();
const g = createGazetteer({ ...data, organisations: data.organisations.filter((o) => !o.field) });

function found(read: (r: Reader) => void, text: string): string[] {
  const view = new TextView(text, nameTokens(text), findMentions(text, g));
  const r = { view, store: new EntityStore(view, 100) };
  read(r);
  return [...r.store.entities.keys()];
}

describe('organisations outside runs', () => {
  it('reads the body after a role noun and a preposition', () => {
    expect(found(readRoleAffiliations, 'He is chairman of the Joint Chiefs of Staff now.')).toEqual([
      'organisation:joint-chiefs-of-staff',
    ]);
  });

  it('reads one word in an organisation’s context, not a given name', () => {
    expect(found(readSingleWordOrganisations, 'He told Ruptly on Monday.')).toEqual(['organisation:ruptly']);
    expect(found(readSingleWordOrganisations, 'Then a Zorvex spokesman spoke.')).toEqual([
      'organisation:zorvex',
    ]);
    expect(found(readSingleWordOrganisations, 'He told Anna on Monday.')).toEqual([]);
  });

  it('reads the platform that holds an account', () => {
    expect(
      found(readSingleWordOrganisations, 'It renamed its press office Twitter account overnight.'),
    ).toEqual(['organisation:twitter']);
  });

  it('reads an abbreviation in brackets or commas after a body noun, not after a thing noun', () => {
    expect(found(readBracketedAbbreviations, 'said the UN humanitarian office (OCHA) in Geneva.')).toEqual([
      'organisation:ocha',
    ]);
    expect(found(readBracketedAbbreviations, 'said the UN humanitarian office, OCHA, in Geneva.')).toEqual([
      'organisation:ocha',
    ]);
    expect(found(readBracketedAbbreviations, 'a content management system (CMS) for sites.')).toEqual([]);
  });
});
