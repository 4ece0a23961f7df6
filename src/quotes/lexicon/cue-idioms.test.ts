import { describe, expect, it } from 'vitest';
import { idiomAfter } from './cue-idioms.js';
import { quotesOf } from '../test-helpers.js';

/** The cue, source and content of every quote found, in order. */
const found = (text: string) => quotesOf(text).map((q) => [q.cueText, q.sourceText, q.text]);
const cues = (text: string) => quotesOf(text).map((q) => q.cueText);

describe('idiomatic cues', () => {
  it('reads a light verb with its noun and preposition as one cue, auxiliaries included', () => {
    expect(found('Senator Holt has also taken aim at the harbor budget.')).toEqual([
      ['has also taken aim at', 'Senator Holt', 'the harbor budget'],
    ]);
    expect(cues('The councillor took a swipe at the mayor on Friday.')).toEqual(['took a swipe at']);
    expect(cues('Lena Ortiz took issue with the new zoning map.')).toEqual(['took issue with']);
    expect(cues('Ruiz has made no secret of his plans for the seat.')).toEqual(['has made no secret of']);
    expect(cues('The governor threw her support behind the rail bond.')).toEqual([
      'threw her support behind',
    ]);
    expect(cues('Dunn quickly distanced himself from the remarks.')).toEqual([
      'quickly distanced himself from',
    ]);
  });

  it('reads particle and adjective idioms of stance', () => {
    expect(cues('Mayor Vance shrugged off the criticism from the union.')).toEqual(['shrugged off']);
    expect(cues('The senator has long been critical of the port deal.')).toEqual([
      'has long been critical of',
    ]);
    expect(cues('The bakers came out against the new levy.')).toEqual(['came out against']);
    expect(cues('Both senators voted in favor of the ferry bill.')).toEqual(['voted in favor of']);
  });

  it('reads a copula and an adjective of attitude, with its preposition but not "to" or "that"', () => {
    expect(found('Ana Ruiz is eager to rebuild the pier.')).toEqual([
      ['is eager', 'Ana Ruiz', 'to rebuild the pier'],
    ]);
    expect(cues('The mayor was adamant that the vote would stand.')).toEqual(['was adamant']);
    expect(cues('Fishermen are not convinced that the quota will help.')).toEqual(['are not convinced']);
    expect(cues('Okafor has been hopeful about a settlement.')).toEqual(['has been hopeful about']);
    expect(cues('Local grocers are deeply skeptical of the levy.')).toEqual(['are deeply skeptical of']);
    expect(cues('The eager crowd was upbeat.')).toEqual([]);
  });

  it('leaves the same words alone outside the idiom', () => {
    expect(cues('The hikers took a shot of the summit at dawn.')).toEqual([]);
    expect(cues('The storm made the roads icy.')).toEqual([]);
    expect(idiomAfter('took', ['a', 'walk', 'at'])).toBeNull();
    expect(idiomAfter('cast', ['their', 'votes', 'for'])).toEqual({ last: 2, lemma: 'vote' });
  });

  it('keeps the auxiliaries of "made clear"', () => {
    expect(cues('Dunn also made clear that he would not resign.')).toEqual(['also made clear']);
  });

  it('draws a published statement and its verb of saying as one cue', () => {
    expect(found('Mayor Varga issued a statement Tuesday saying the bridge would reopen.')).toEqual([
      ['issued a statement Tuesday saying', 'Mayor Varga', 'the bridge would reopen'],
    ]);
    expect(cues('The caucus sent an email Friday urging members to vote early.')).toEqual([
      'sent an email Friday urging',
    ]);
    const colon = quotesOf('The union released the following statement: “We will strike.”');
    expect(colon.map((q) => [q.cueText, q.sourceText])).toContainEqual([
      'released the following statement:',
      'The union',
    ]);
  });

  it('draws "was quick to" and the verb of saying after it as one cue', () => {
    expect(found('Okafor was quick to point out the pier had reopened.')).toEqual([
      ['was quick to point out', 'Okafor', 'the pier had reopened'],
    ]);
    expect(cues('Her rivals were quick to condemn the vote.')).toEqual(['were quick to condemn']);
    expect(cues('The crew was quick to leave the harbor.')).toEqual([]);
  });

  it('reads "as X put it" as a cue of speech', () => {
    expect(cues('As Professor Lane put it: “The rule is broken.”')).toContain('put it:');
    expect(cues('Please put it on the table.')).toEqual([]);
    expect(
      found('As Ana Ruiz, the director of the harbor authority, put it: “The ferries keep us alive.”'),
    ).toEqual([['put it:', 'Ana Ruiz, the director of the harbor authority,', 'The ferries keep us alive.']]);
  });

  it('reads concern, anger, optimism and pride as attitudes, and "made the case for" as arguing', () => {
    expect(found('Some farmers are concerned that the dam will leak.')).toEqual([
      ['are concerned', 'Some farmers', 'the dam will leak'],
    ]);
    expect(cues('Okafor was furious about the leaked memo.')).toEqual(['was furious about']);
    expect(cues('Pell is optimistic about the harbor talks.')).toEqual(['is optimistic about']);
    expect(cues('The mayor is most proud of the new clinic.')).toEqual(['is most proud of']);
    expect(cues('Okafor made the case for a second bridge.')).toEqual(['made the case for']);
  });
});
