import { describe, expect, it } from 'vitest';
import { quotesOf } from '../test-helpers.js';

/** The cue and source text of every quote found, in order. */
const cues = (text: string) => quotesOf(text).map((q) => [q.cueText, q.sourceText]);

describe('poll results as attributions', () => {
  it('reads a share of a surveyed group as the source of a stance verb', () => {
    expect(cues('Nearly 30 percent of the nurses polled support stricter limits on overtime.')).toEqual([
      ['support', 'Nearly 30 percent of the nurses polled'],
    ]);
    expect(cues('About two-thirds of Dalton homeowners support raising the levy.')).toEqual([
      ['support', 'About two-thirds of Dalton homeowners'],
    ]);
    expect(cues('Majorities in every county favor building the new bridge.')).toEqual([
      ['favor', 'Majorities in every county'],
    ]);
  });

  it('reads a named demographic as the source whatever the object looks like', () => {
    expect(cues('Millennials support tougher emissions rules for trucks.')).toEqual([
      ['support', 'Millennials'],
    ]);
    expect(cues('Women under 30 support Ortega by nine points.')).toEqual([['support', 'Women under 30']]);
  });

  it('reads a participle after a share of a surveyed group as its answer', () => {
    const found = quotesOf('The long strike has left 62 percent of riders saying bus service is worse.');
    expect(found.map((q) => [q.cueText, q.text])).toEqual([['saying', 'bus service is worse']]);
    // A bare group noun is no surveyed group before a participle.
    expect(cues('The photo shows women carrying water home.')).toEqual([]);
  });

  it('keeps "support" a noun after a bare share and with no object', () => {
    expect(cues('Ortega finished first with 38 percent support in the county.')).toEqual([]);
    expect(cues('His 32% support gives him a clear lead over Kim.')).toEqual([]);
    expect(cues('It is a day which Americans celebrate in July.')).toEqual([]);
  });
});
