import { describe, expect, it } from 'vitest';
import { quotesOf } from '../test-helpers.js';

/** The cue and source of every quote found in a headline followed by a body paragraph. */
const cues = (headline: string) =>
  quotesOf(`${headline}\n\nThe council met on Monday.`).map((q) => [q.cueText, q.sourceText]);

describe('headline cues', () => {
  it('keeps adverbs, negations and auxiliaries in a title-case verb group', () => {
    expect(cues('Senator Bea Lomax Just Announced Her Pick For The Bench.')).toEqual([
      ['Just Announced', 'Senator Bea Lomax'],
    ]);
    expect(cues('Mayor Ruiz May Not Have Suggested A New Stadium.')[0]?.[0]).toBe('May Not Have Suggested');
    expect(cues('Governor Tam Is Now Calling The Audit A Sham.')[0]?.[0]).toBe('Is Now Calling');
    expect(cues('Strange Photos Of The Harbor Rally Are Going Viral.')).toEqual([]);
  });

  it('reads an irregular past form as the verb, but not one that is also a base form', () => {
    expect(cues('Senator Bea Lomax Said The Budget Was A Mistake.')[0]?.[0]).toBe('Said');
    expect(cues('Senator Bea Lomax Read The Budget Aloud.')).toEqual([]);
  });

  it('reads a noun-like -s form between a name and an object as the verb', () => {
    expect(cues('Mayor Ruiz Calls For A Recount In Harbor County.')[0]?.[0]).toBe('Calls For');
    expect(cues('Governor Tam Backs Ruiz In Harbor Race.')[0]?.[0]).toBe('Backs');
    // A verb right after it or a bare preposition shows the word is a plural noun.
    expect(cues('Harbor Attacks Highlight The Risk Of Unrest.').map((c) => c[0])).not.toContain('Attacks');
    expect(cues('Governor Tam Faces Republican Attacks On Taxes.')).toEqual([]);
  });

  it('reads a base form after a plural subject as the verb', () => {
    expect(cues('Leaked Files Reveal Harbor Board Donors.')[0]?.[0]).toBe('Reveal');
    expect(cues('Harbor Teachers Support Ruiz For Mayor.')[0]?.[0]).toBe('Support');
  });

  it('reads "to" and a cue verb after a name in a lower-case headline as the future', () => {
    expect(cues('Senator Lomax to endorse Ruiz for mayor.')).toEqual([['to endorse', 'Senator Lomax']]);
    expect(cues('Mayor Ruiz to call for audit of port.')[0]?.[0]).toBe('to call for');
  });

  it('reads a noun-like -s form after a name in a lower-case headline as the verb', () => {
    expect(cues('Ruiz vows change at harbor authority.')).toEqual([['vows', 'Ruiz']]);
    expect(cues('Lomax plans major ad buy in Harbor County.')[0]?.[0]).toBe('plans');
    expect(cues('More Lomax emails released on eve of vote.')).toEqual([]);
  });

  it('does not read a label before a headline colon as its speaker', () => {
    expect(cues('BOOM: Senator Lomax Leaves The Party.').map((c) => c[0])).not.toContain(':');
    expect(cues('Just Leaked: A Memo About The Harbor Deal.')).toEqual([]);
    expect(cues('THE FIX IS IN: Harbor Board Picks A Friend.').map((c) => c[0])).not.toContain(':');
    expect(cues('Harbor Daily News: The Port Deal Is A Scandal.')).toEqual([[':', 'Harbor Daily News']]);
    expect(cues('EXCLUSIVE – Dana Vance: Do Not Trust The Harbor Board.')).toEqual([[':', 'Dana Vance']]);
  });
});
