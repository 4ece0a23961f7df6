import { describe, expect, it } from 'vitest';
import { quotesOf } from './test-helpers.js';

/** Sources the finder must reach: long appositives, descriptions after inverted cues, opening phrases. */
describe('appositives after an inverted speaker', () => {
  it('takes a "the" phrase or a noun with its "of" phrase after the name into the source', () => {
    const [a] = quotesOf('“We will win the county,” said Lena Marsh, the former House speaker.');
    expect(a).toMatchObject({ cueText: 'said', sourceText: 'Lena Marsh, the former House speaker' });
    const [b] = quotesOf(
      '“We will win the county,” said Ola Brandt, co-director of the Center for Rural Voters.',
    );
    expect(b).toMatchObject({ sourceText: 'Ola Brandt, co-director of the Center for Rural Voters' });
    const [c] = quotesOf('“We will win the county,” said Senator Ann Roe, Democrat of Ohio.');
    expect(c).toMatchObject({ sourceText: 'Senator Ann Roe, Democrat of Ohio' });
  });

  it('reads past the stop of an abbreviated state inside the appositive', () => {
    const [q] = quotesOf(
      '“Prices will fall,” said Ola Brandt, a broker based in Tampa, Fla., who sells farms.',
    );
    expect(q).toMatchObject({ sourceText: 'Ola Brandt, a broker based in Tampa, Fla., who sells farms' });
  });

  it('ends the source at the comma before a participle clause about the quote', () => {
    const [q, ...rest] = quotesOf(
      '“It was a good day,” said Ola Brandt, the party chair, referring to the vote.',
    );
    expect(rest.map((r) => r.cueText)).not.toContain('said');
    expect(q).toMatchObject({
      cueText: 'said',
      sourceText: 'Ola Brandt, the party chair,',
      speaker: 'Ola Brandt',
    });
    const [p] = quotesOf('“It was a good day,” said Caddy Moss, speaking of the vote.');
    expect(p).toMatchObject({ cueText: 'said', sourceText: 'Caddy Moss' });
  });
});

describe('sources before the cue', () => {
  it('reaches a name before an appositive with commas of its own', () => {
    const text =
      'Ann Roe, a farmer from Jackson, Miss., attending the state fair, said she could not back the plan.';
    const [q] = quotesOf(text);
    expect(q).toMatchObject({
      cueText: 'said',
      sourceText: 'Ann Roe, a farmer from Jackson, Miss., attending the state fair,',
      speaker: 'Ann Roe',
    });
  });

  it('reaches past an appositive whose closing comma sits inside a short quote', () => {
    const nickname = quotesOf(
      'Ivo Marsh, the hacker known as “Lantern,” stated that he had entered the server.',
    );
    expect(nickname.find((q) => q.cueText === 'stated')).toMatchObject({
      sourceText: 'Ivo Marsh, the hacker known as “Lantern,”',
      speaker: 'Ivo Marsh',
    });
    const relative = quotesOf(
      "Ms. Tate, who has called the levy ''plainly unfair,'' portrayed the vote as a mistake.",
    );
    expect(relative.find((q) => q.cueText === 'portrayed')).toMatchObject({ speaker: 'Tate' });
  });

  it('keeps the inverted speaker after a quote that ends a clause, not an appositive', () => {
    const quotes = quotesOf('Smith, the mayor, called it “a mess,” said Lee.');
    expect(quotes.find((q) => q.cueText === 'said')).toMatchObject({ speaker: 'Lee', sourceText: 'Lee' });
  });

  it('does not read a sentence that goes on past a comma as an appositive', () => {
    const text =
      'A memo obtained by the Ledger, a city paper, through a records request shows the name of Ed Vance, described as a donor.';
    for (const q of quotesOf(text)) expect(q.sourceText ?? '').not.toMatch(/^A memo obtained/);
  });

  it('keeps "more than" before an amount in the source', () => {
    const [q] = quotesOf('More than half of the voters said the plan was unfair.');
    expect(q).toMatchObject({ cueText: 'said', sourceText: 'More than half of the voters' });
    const [p] = quotesOf('Fewer than 15 percent of farmers approve of the deal.');
    expect(p).toMatchObject({ sourceText: 'Fewer than 15 percent of farmers' });
  });

  it('does not step back from an appositive into an opening setting', () => {
    const [q] = quotesOf(
      'In a statement to the paper, her senior adviser, Jo Sun, said the plan would pass.',
    );
    expect(q).toMatchObject({ cueText: 'said', sourceText: 'her senior adviser, Jo Sun,' });
  });

  it('takes the name after an opening participle phrase as the subject', () => {
    const [q] = quotesOf(
      'In Berea, after winning the primary, Gov. Al Ruiz (R-OH), said the state had spoken.',
    );
    expect(q).toMatchObject({ cueText: 'said', sourceText: 'Gov. Al Ruiz (R-OH)', speaker: 'Al Ruiz' });
    const [p] = quotesOf('The clerk left after a woman in Dover, Delaware, told him the office was closed.');
    expect(p?.sourceText).toBe('a woman in Dover, Delaware,');
  });

  it('reads an appositive between typed dashes, single or double, like one between em dashes', () => {
    for (const dash of ['-', '--']) {
      const text = `The senator ${dash} a former judge from Ohio ${dash} said the plan would fail.`;
      const said = quotesOf(text).find((q) => q.cueText === 'said');
      expect(said).toMatchObject({
        sourceText: `The senator ${dash} a former judge from Ohio ${dash}`,
        speaker: 'senator',
        text: 'the plan would fail',
      });
    }
  });

  it('takes a pronoun joined by "and" to the named speaker into the source', () => {
    const [q] = quotesOf('The ferry will keep running, she and Mr. Okafor said.');
    expect(q).toMatchObject({
      cueText: 'said',
      sourceText: 'she and Mr. Okafor',
      text: 'The ferry will keep running',
    });
  });

  it('starts the source after an object relative pronoun', () => {
    const [q] = quotesOf('The agency kept the records, which an internal review said were incomplete.');
    expect(q).toMatchObject({ cueText: 'said', sourceText: 'an internal review' });
  });
});

describe('the subject of a clause after an opening phrase', () => {
  it('skips an opening phrase of time ending in "later"', () => {
    const quotes = quotesOf(
      'Hours later, Lio Brant returned the favor, telling reporters the deal was fair.',
    );
    expect(quotes.find((q) => q.cueText === 'telling')).toMatchObject({ sourceText: 'Lio Brant' });
  });

  it('skips a wire dateline', () => {
    const quotes = quotesOf(
      'OSLO, May 3 (Wire) — The city council approved the plan, saying it would cut costs.',
    );
    expect(quotes.find((q) => q.cueText === 'saying')).toMatchObject({ sourceText: 'The city council' });
  });

  it('skips a place and a setting after an introductory phrase, but not a name with its appositive', () => {
    const a = quotesOf(
      'At a rally in Salem, New Hampshire, on Sunday, Ann Roe attacked the plan, calling it a waste.',
    );
    expect(a.find((q) => q.cueText === 'calling')).toMatchObject({ sourceText: 'Ann Roe' });
    const b = quotesOf('In Paris, Ann Roe, a writer, attacked the plan, calling it a waste.');
    expect(b.find((q) => q.cueText === 'calling')?.sourceText).toMatch(/^Ann Roe/);
  });
});

describe('subjects after a relative of setting', () => {
  it('starts the source after "in which", not at the noun the clause describes', () => {
    const found = quotesOf('Ruiz faces a county in which 60 percent of farmers say the levy is too high.');
    expect(found.map((q) => [q.cueText, q.sourceText])).toEqual([['say', '60 percent of farmers']]);
  });
});
