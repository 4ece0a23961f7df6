import { describe, expect, it } from 'vitest';
import { quotesOf } from './test-helpers.js';

describe('cue and source after a quote', () => {
  it('keeps a relative clause that describes an inverted speaker in the source', () => {
    const text =
      '“It will be hard to finish in time,” said a veteran data analyst who has worked for two campaigns.';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({
      cueText: 'said',
      sourceText: 'a veteran data analyst who has worked for two campaigns',
      text: 'It will be hard to finish in time',
    });
  });

  it('names the person before "who", not the place the clause mentions', () => {
    const [q] = quotesOf('“We are here to stay,” said Sen. Jim Hale who represents Port City.');
    expect(q).toMatchObject({
      cueText: 'said',
      sourceText: 'Sen. Jim Hale who represents Port City',
      speaker: 'Jim Hale',
    });
  });

  it('leaves a purpose clause after the relative clause out of the source', () => {
    const [q] = quotesOf(
      '“She was unfair to all of us,” said a former aide who requested anonymity to avoid trouble.',
    );
    expect(q).toMatchObject({ cueText: 'said', sourceText: 'a former aide who requested anonymity' });
  });

  it('reads a lower-case title before the name as part of an inverted speaker', () => {
    const text =
      '"It is a hot item," said conservative activist Bob Kent, who is not tied to a campaign. "We sell out."';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({
      cueText: 'said',
      speaker: 'Bob Kent',
      sourceText: 'conservative activist Bob Kent, who is not tied to a campaign',
      text: 'It is a hot item. We sell out.',
    });
  });

  it('does not let ", asked about …" after an inverted speaker take the quote', () => {
    const [q, ...rest] = quotesOf(
      '"I will not call it an error," said retired surgeon Ben Lowe, asked about his claims.',
    );
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ cueText: 'said', sourceText: 'retired surgeon Ben Lowe', speaker: 'Ben Lowe' });
  });

  it('reads ", asked about …" after the cue as a question put to the same speaker', () => {
    const quotes = quotesOf(
      '“It has been a long wait,” Dana Ruiz said, asked about the delay in an interview.',
    );
    expect(quotes.map((q) => [q.cueText, q.sourceText])).toEqual([
      ['said', 'Dana Ruiz'],
      ['asked about', 'Dana Ruiz'],
    ]);
    expect(quotes[0]!.text).toBe('It has been a long wait');
  });

  it('starts a new attribution at a participle cue after a comma inside the closing mark', () => {
    const text =
      'Mayor Dana Ruiz praised the vote as “wonderful,” telling reporters that it was “a great thing.”';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.cueText, q.sourceText])).toEqual([
      ['praised', 'Mayor Dana Ruiz'],
      ['telling', 'Mayor Dana Ruiz'],
    ]);
    expect(quotes[0]!.text).toBe('the vote as “wonderful,”');
  });

  it('ends reported content at a quote whose comma is followed by "she said"', () => {
    const quotes = quotesOf('Asked about it, Lee Park said "I know nothing about the plan," she said.');
    const said = quotes.find((q) => q.cueText === 'said');
    expect(said).toMatchObject({ sourceText: 'Lee Park' });
    expect(said!.contentSpans?.map((s) => s.end)).toEqual([
      'Asked about it, Lee Park said "I know nothing about the plan,"'.length,
    ]);
  });

  it('reads a manner-of-speaking verb after a quote and its subject as the cue', () => {
    const [q] = quotesOf('“That is a disgrace to the town,” Mayor Bolt charged.');
    expect(q).toMatchObject({
      cueText: 'charged',
      sourceText: 'Mayor Bolt',
      text: 'That is a disgrace to the town',
    });
    const [r] = quotesOf('“This is wonderful!” beamed Nora Vance of Elm Grove.');
    expect(r).toMatchObject({ cueText: 'beamed', sourceText: 'Nora Vance of Elm Grove' });
  });

  it('does not read a manner verb in a headline without a quote as a cue', () => {
    expect(
      quotesOf('Media Growls In Response To Claim By Mayor Ruiz That Press Is Unfair').map((q) => q.cueText),
    ).toEqual([]);
  });

  it('reads a noun-like verb that closes the clause after a quote as the cue', () => {
    const [q] = quotesOf('“The farm vote is ours to lose,” Viguerie notes.');
    expect(q).toMatchObject({ cueText: 'notes', sourceText: 'Viguerie' });
  });

  it("finds the quote's comma inside a two-character or nested closing mark", () => {
    const [q] = quotesOf("''You will see more of him,'' Mr. Pike continued.");
    expect(q).toMatchObject({ cueText: 'continued', sourceText: 'Mr. Pike' });
    const [r] = quotesOf('“We said, ‘Dude, we wrote the songs, bro,’” Kees continued.');
    expect(r).toMatchObject({ cueText: 'continued', sourceText: 'Kees' });
  });

  it('keeps a long infinitive at the end of the relative clause in the source', () => {
    const text =
      '"It was awful," said a witness who did not want to speak on the record for fear of reprisal from the mayor.';
    const [q] = quotesOf(text);
    expect(q!.sourceText).toBe(
      'a witness who did not want to speak on the record for fear of reprisal from the mayor',
    );
  });

  it('resolves "who" in the relative clause to the inverted speaker, not to the cue', () => {
    const quotes = quotesOf('"She was unfair," said a former aide who requested anonymity to avoid trouble.');
    const requested = quotes.find((q) => q.cueText === 'requested');
    expect(requested?.speaker).toBe('former aide');
  });

  it('reads an inverted attribution between commas as interrupting its content', () => {
    const [q, ...rest] = quotesOf(
      'The contrast with Lane, said Doyle and others, would be clear to every voter.',
    );
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ cueText: 'said', sourceText: 'Doyle and others' });
    expect(q!.text).toBe('The contrast with Lane would be clear to every voter');
  });

  it('closes an appositive of an interrupting inverted speaker at its comma', () => {
    const text =
      'The paradox of Nora, says Carl Anton, historian at the National Library, is that she was shy.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      cueText: 'says',
      sourceText: 'Carl Anton, historian at the National Library,',
      speaker: 'Carl Anton',
    });
  });

  it('takes a name with a middle initial after an inverted role phrase into the source', () => {
    const text = 'The plant is under heavy pressure from imports, said the chief executive, John R. Ferro.';
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ cueText: 'said', sourceText: 'the chief executive, John R. Ferro' });
  });
});
