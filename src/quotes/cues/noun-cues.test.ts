import { describe, expect, it } from 'vitest';
import { quotesOf } from '../test-helpers.js';

/** Cue, source and content spans of every quote found, in order. */
const found = (text: string) =>
  quotesOf(text).map((q) => [
    q.cueText,
    q.sourceText,
    (q.contentSpans ?? [q]).map((s) => text.slice(s.start, s.end)),
  ]);

describe('nominal cues', () => {
  it('reads a possessed noun of saying with a "that"-clause', () => {
    expect(
      found('Voters shrugged at Mayor Ilse Brandt’s claim that the harbor bridge would open in May.'),
    ).toEqual([['claim', 'Mayor Ilse Brandt’s', ['that the harbor bridge would open in May']]]);
    expect(found('The council met despite their fears that the library would close.')).toEqual([
      ['fears', 'their', ['that the library would close']],
    ]);
  });

  it('ends the clause before the main verb when the noun is the subject', () => {
    expect(found("Kessler's suggestion that the port be sold was rejected on Monday.")).toEqual([
      ['suggestion', "Kessler's", ['that the port be sold']],
    ]);
    expect(
      found(
        'The markets calmed after the minister’s warning that the prices would fall, a rare moment of unity.',
      ),
    ).toEqual([['warning', 'the minister’s', ['that the prices would fall']]]);
  });

  it('keeps an evaluative modifier in the cue but not one of time', () => {
    expect(found('The vote came a day after his stern warning that the rents would double.')[0]?.[0]).toBe(
      'stern warning',
    );
    expect(found('The vote came a day after his recent warning that the rents would double.')[0]?.[0]).toBe(
      'warning',
    );
  });

  it('leaves a relative "that", a contraction and an unpossessed noun alone', () => {
    expect(found('His claim that won the most votes was a simple one.')).toEqual([]);
    expect(found("It's the hope that the storm turns north.")).toEqual([]);
    expect(found('There were claims that the ferry was late.')).toEqual([]);
  });

  it('reads a possessed stance noun with an evaluative modifier and its preposition', () => {
    expect(found('Her blistering attacks on the transit board have not let up.')).toEqual([
      ['blistering attacks on', 'Her', ['the transit board']],
    ]);
    expect(found('Governor Alvarez’s energetic endorsement of Tomas Reyes was no surprise.')).toEqual([
      ['energetic endorsement of', 'Governor Alvarez’s', ['Tomas Reyes']],
    ]);
  });

  it('does not read a plain possessed stance noun as a cue', () => {
    expect(found('His support for the levy is well known.')).toEqual([]);
    expect(found('Their financial support for the clinic ended in June.')).toEqual([]);
  });

  it('reads "in X\'s view" as the source of the clause around it', () => {
    expect(found('In their view, the levy will pass easily.')).toEqual([
      ['view', 'their', ['the levy will pass easily']],
    ]);
    expect(found('The new stadium is a waste of money, in Professor Lindqvist’s view.')).toEqual([
      ['view', 'Professor Lindqvist’s', ['The new stadium is a waste of money']],
    ]);
    expect(found('The voters believed in her judgment.')).toEqual([]);
  });

  it('does not take the words of an earlier attribution as the content of "in her view"', () => {
    const text = 'Ana Ruiz would not comment on the motives for, in her view, closing the pier.';
    expect(found(text).map(([cue, , content]) => [cue, content])).toEqual([
      ['would not comment on', ['the motives for']],
      ['view', ['closing the pier']],
    ]);
  });
});
