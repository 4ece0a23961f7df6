import { describe, expect, it } from 'vitest';
import { quotesOf } from './test-helpers.js';

describe('content after "and" following a verb of speech', () => {
  it('goes on through "and wanted" or "and thought"', () => {
    const found = quotesOf('Lena Park said she was tired of the delays and wanted a new ferry schedule.');
    expect(found.map((q) => [q.cueText, q.text])).toEqual([
      ['said', 'she was tired of the delays and wanted a new ferry schedule'],
    ]);
  });

  it('goes on through ", but planned" as it does through "but planned"', () => {
    const found = quotesOf(
      'Tomas Reyes said the rule might not reach his farm, but planned to follow it anyway.',
    );
    expect(found.map((q) => [q.cueText, q.text])).toEqual([
      ['said', 'the rule might not reach his farm, but planned to follow it anyway'],
    ]);
  });

  it('ends a participle cue\'s content at "and" with a second participle cue', () => {
    const found = quotesOf(
      'Ruiz opened with harsh words, calling the mayor a crook and vowing to recall him.',
    );
    expect(found.map((q) => [q.cueText, q.sourceText, q.text])).toEqual([
      ['calling', 'Ruiz', 'the mayor a crook'],
      ['vowing', 'Ruiz', 'to recall him'],
    ]);
    // After a finite cue "and offering …" is a gerund in the list of what was said.
    const list = quotesOf('Ana Ruiz praised the plan for cutting fares and offering night buses.');
    expect(list.map((q) => q.cueText)).toEqual(['praised']);
  });

  it('still ends at "and added" or "and vowed"', () => {
    const found = quotesOf('Lena Park said the ferry was late and vowed to fix the schedule.');
    expect(found.map((q) => q.cueText)).toEqual(['said', 'vowed']);
  });

  it('reads past the comma of a clause fronted after "that"', () => {
    const found = quotesOf('Lena Park said that while she opposed the levy, she would support the bond.');
    expect(found.map((q) => q.cueText)).toEqual(['said']);
    expect(found[0]?.text).toContain('she would support the bond');
  });
});

describe('a second subject joined by "and"', () => {
  it('keeps "she and her aides knew" inside what was said', () => {
    const found = quotesOf('Mara Voss said that she and her aides never doubted the count.');
    expect(found.map((q) => [q.cueText, q.text])).toEqual([
      ['said', 'she and her aides never doubted the count'],
    ]);
  });

  it('keeps "both he and Ruiz promised" inside what was said', () => {
    const found = quotesOf('Dale Ortiz said both he and Ruiz promised to cut the tolls.');
    expect(found.map((q) => q.cueText)).toEqual(['said']);
    expect(found[0]?.text).toContain('Ruiz promised to cut the tolls');
  });

  it('joins two names inside what was said ("states like Ohio and Iowa will decide")', () => {
    const found = quotesOf('Pell said towns like Ashford and Brill will decide the race.');
    expect(found.map((q) => [q.cueText, q.text])).toEqual([
      ['said', 'towns like Ashford and Brill will decide the race'],
    ]);
  });

  it("still ends before two names that open a clause of the writer's", () => {
    const found = quotesOf('Pell said the race was close, while Ashford and Brill predicted a rout.');
    expect(found.map((q) => q.cueText)).toEqual(['said', 'predicted']);
  });

  it('still ends at "and Ruiz said" after a whole clause', () => {
    const found = quotesOf('Dale Ortiz said the tolls were too high, and Ruiz said they would fall.');
    expect(found.map((q) => q.cueText)).toEqual(['said', 'said']);
  });

  it('does not take the object of a stance verb for a subject', () => {
    const found = quotesOf('The mayor praised Ruiz and said the tolls would fall.');
    expect(found.map((q) => q.cueText)).toEqual(['praised', 'said']);
  });
});

describe('a subject and verb after a comma inside content opened by "that"', () => {
  it('reads ", he realized" as the main clause after a fronted phrase', () => {
    const found = quotesOf('The clerk told agents that later that week, he realized the ledger was missing.');
    expect(found.map((q) => q.cueText)).toEqual(['told']);
    expect(found[0]?.text).toContain('he realized the ledger was missing');
  });

  it('still ends at a short ", he said"', () => {
    const found = quotesOf('Ruiz argued that the levy was unfair, he said, and would fail.');
    expect(found.map((q) => q.cueText)).toContain('said');
  });
});

describe('a relative clause on the subject of what was said', () => {
  it('goes on past ", which …," to the verb of what was said', () => {
    const found = quotesOf(
      'Ruiz argued the new bridge, which is widely backed by farmers, would never pay for itself.',
    );
    expect(found.map((q) => q.cueText)).toEqual(['argued']);
    expect(found[0]?.text).toContain('would never pay for itself');
  });

  it('still ends at ", which" after the noun phrase a stance is about', () => {
    const found = quotesOf('Ruiz criticized the new bridge, which the council said was too costly.');
    expect(found.map((q) => q.cueText)).toEqual(['criticized', 'said']);
  });
});

describe('content before a compared group that answers for itself', () => {
  it('ends at ", compared with … who say"', () => {
    const found = quotesOf(
      'Sixty percent of tenants say the landlord is fair, compared with 40 percent who say the same of the city.',
    );
    expect(found.map((q) => [q.cueText, q.sourceText, q.text])).toEqual([
      ['say', 'Sixty percent of tenants', 'the landlord is fair'],
      ['say', 'who', 'the same of the city'],
    ]);
  });
});
