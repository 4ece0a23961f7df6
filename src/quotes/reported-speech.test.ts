import { describe, expect, it } from 'vitest';
import { quotesOf } from './test-helpers.js';

describe('reported speech', () => {
  it('reads X said that … and X said … without "that"', () => {
    const [a] = quotesOf('Liang Wen said that the sanctions were illegal.');
    const [b] = quotesOf('Liang Wen said the sanctions were illegal.');
    for (const q of [a, b]) {
      expect(q).toMatchObject({
        kind: 'reported',
        speaker: 'Liang Wen',
        cue: 'said',
        text: 'the sanctions were illegal',
      });
    }
  });

  it.each([
    ['warned', 'Maria Duarte warned that prices would rise.'],
    ['argued', 'Maria Duarte argued that prices would rise.'],
    ['insisted', 'Maria Duarte insisted that prices would rise.'],
    ['denied', 'Maria Duarte denied that prices would rise.'],
    ['claimed', 'Maria Duarte claimed that prices would rise.'],
    ['acknowledged', 'Maria Duarte acknowledged that prices would rise.'],
    ['believes', 'Maria Duarte believes that prices would rise.'],
    ['added', 'Maria Duarte added that prices would rise.'],
    ['noted', 'Maria Duarte noted that prices would rise.'],
    ['stressed', 'Maria Duarte stressed that prices would rise.'],
    ['predicted', 'Maria Duarte predicted that prices would rise.'],
    ['expects', 'Maria Duarte expects that prices would rise.'],
    ['announced', 'Maria Duarte announced that prices would rise.'],
    ['wrote', 'Maria Duarte wrote that prices would rise.'],
    ['reports', 'Maria Duarte reports that prices would rise.'],
    ['told', 'Maria Duarte told reporters that prices would rise.'],
  ])('reads the cue verb "%s"', (cue, text) => {
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ kind: 'reported', speaker: 'Maria Duarte', cue, text: 'prices would rise' });
  });

  it('reads cues that take an object: accused, urged', () => {
    const [a] = quotesOf('Maria Duarte accused the ministry of hiding the figures.');
    expect(a).toMatchObject({ cue: 'accused', text: 'the ministry of hiding the figures' });
    const [b] = quotesOf('Maria Duarte urged both sides to return to the table.');
    expect(b).toMatchObject({ cue: 'urged', text: 'both sides to return to the table' });
  });

  it('keeps a negation in the cue', () => {
    const [a] = quotesOf('Beijing did not say when the talks would resume.');
    expect(a).toMatchObject({
      cue: 'did not say',
      cueText: 'did not say',
      text: 'when the talks would resume',
    });
    const [b] = quotesOf('Maria Duarte didn’t say whether the plan would pass.');
    expect(b).toMatchObject({ cue: 'didn’t say', text: 'whether the plan would pass' });
    const [c] = quotesOf('Maria Duarte has never said that the plan would pass.');
    expect(c).toMatchObject({ cue: 'has never said' });
  });

  it('reads "That’s according to X." with the pronoun as content', () => {
    const [q] = quotesOf('Turnout rose by a third. That’s according to early county figures.');
    expect(q).toMatchObject({ cueText: '’s according to', sourceText: 'early county figures', text: 'That' });
  });

  it('reads "according to X, …" and "…, according to X."', () => {
    const [a] = quotesOf('According to Maria Duarte, the talks collapsed on Tuesday.');
    expect(a).toMatchObject({
      kind: 'reported',
      speaker: 'Maria Duarte',
      cue: 'According to',
      text: 'the talks collapsed on Tuesday',
    });
    const [b] = quotesOf('The talks collapsed on Tuesday, according to Maria Duarte.');
    expect(b).toMatchObject({
      speaker: 'Maria Duarte',
      cue: 'according to',
      text: 'The talks collapsed on Tuesday',
    });
  });

  it('reads "As reported by X, …" and "…, as noted by X." like "according to X"', () => {
    const [a] = quotesOf('As reported by the Harbor Gazette, the ferry service will end in June.');
    expect(a).toMatchObject({
      cueText: 'reported',
      sourceText: 'the Harbor Gazette',
      text: 'the ferry service will end in June',
    });
    const [b] = quotesOf('The ferry service will end in June, as noted by Maria Duarte.');
    expect(b).toMatchObject({
      cueText: 'noted',
      sourceText: 'Maria Duarte',
      text: 'The ferry service will end in June',
    });
  });

  it('reads a viewpoint "to": "To Ruiz, …" and "but to them, …"', () => {
    const [a] = quotesOf('To Florida organiser Lena Ruiz, the ferry plan is a giveaway.');
    expect(a).toMatchObject({
      cueText: 'To',
      sourceText: 'Florida organiser Lena Ruiz',
      text: 'the ferry plan is a giveaway',
    });
    const [b] = quotesOf('The mayor sees a bargain, but to them, the ferry plan is a giveaway.');
    expect(b).toMatchObject({ cueText: 'to', sourceText: 'them', text: 'the ferry plan is a giveaway' });
  });

  it('reads "by" and a reckoning as a source: "By the county’s tally, …", "…, by one estimate."', () => {
    const [a] = quotesOf('By the county’s tally, Ortega now has 739 delegates.');
    expect(a).toMatchObject({
      cueText: 'By',
      sourceText: 'the county’s tally',
      text: 'Ortega now has 739 delegates',
    });
    const [b] = quotesOf('Half the forest has been logged, by one estimate.');
    expect(b).toMatchObject({
      cueText: 'by',
      sourceText: 'one estimate',
      text: 'Half the forest has been logged',
    });
    expect(quotesOf('Growth in Dalton remains weak by historic standards.')).toEqual([]);
  });

  it('leaves an aim or a fixed phrase after "To" alone', () => {
    expect(quotesOf('To date, the ferry has carried 4,000 cars.')).toEqual([]);
    expect(quotesOf('To win the county, Ruiz needs the north.')).toEqual([]);
    expect(quotesOf('The council gave the keys to them, and the ferry left.')).toEqual([]);
  });

  it('skips the setting in "X said in a statement …"', () => {
    const [a] = quotesOf('The Foreign Ministry said in a statement it would take countermeasures.');
    expect(a).toMatchObject({
      speaker: 'Foreign Ministry',
      speakerKind: 'organisation',
      text: 'it would take countermeasures',
    });
    const [b] = quotesOf(
      'The Foreign Ministry said in a statement on Monday that it would take countermeasures.',
    );
    expect(b).toMatchObject({ text: 'it would take countermeasures' });
  });

  it('reads "…, X said." at the end of a clause without quote marks', () => {
    const [a] = quotesOf('The export curbs will stay in place until further notice, Liang Wen said.');
    expect(a).toMatchObject({
      kind: 'reported',
      speaker: 'Liang Wen',
      text: 'The export curbs will stay in place until further notice',
    });
    const [b] = quotesOf('The export curbs will stay in place, said Liang Wen.');
    expect(b).toMatchObject({ kind: 'reported', speaker: 'Liang Wen', sourceText: 'Liang Wen' });
  });

  it('gives ", adding that …" to the speaker of the clause before', () => {
    const quotes = quotesOf('Maria Duarte said the deal was fair, adding that both sides had gained.');
    expect(quotes.map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Maria Duarte', 'said', 'the deal was fair'],
      ['Maria Duarte', 'adding', 'both sides had gained'],
    ]);
  });

  it('gives ", saying …" to the sentence subject', () => {
    const [stance, q] = quotesOf(
      'The Foreign Ministry condemned the vote, saying it broke international law.',
    );
    expect(stance).toMatchObject({
      speaker: 'Foreign Ministry',
      cue: 'condemned',
      cueClass: 'stance',
      text: 'the vote',
    });
    expect(q).toMatchObject({
      speaker: 'Foreign Ministry',
      cue: 'saying',
      text: 'it broke international law',
    });
  });

  it('marks reported speech with a quoted phrase of the speaker as mixed', () => {
    const text = 'Maria Duarte said the tariffs were “a grave mistake that will backfire”.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      kind: 'mixed',
      text: 'the tariffs were “a grave mistake that will backfire”',
    });
  });

  it('reads "X is expected to …" as a source-less attribution and other passives as no cue', () => {
    const [q, ...rest] = quotesOf('The deal is expected to be signed in May.');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ speaker: null, source: null, cue: 'is expected' });
    expect(
      q!.contentSpans!.map((s) => 'The deal is expected to be signed in May.'.slice(s.start, s.end)),
    ).toEqual(['The deal', 'to be signed in May']);
    expect(quotesOf('The ministers were told to wait outside.')).toEqual([]);
  });

  it('reads an agentless passive of a view, a label or a proclamation; its subject and the "as" of a view are content', () => {
    const text = 'The new tariff is widely seen as a gift to farmers.';
    const [a] = quotesOf(text);
    expect(a).toMatchObject({ source: null, cueText: 'is widely seen' });
    expect(a!.contentSpans!.map((s) => text.slice(s.start, s.end))).toEqual([
      'The new tariff',
      'as a gift to farmers',
    ]);
    expect(quotesOf('The harbor deal was viewed as a win for the port.')[0]).toMatchObject({
      cueText: 'was viewed',
    });
    expect(quotesOf('The old mill town was known as a quiet place.')[0]).toMatchObject({
      cueText: 'was known as',
    });
    expect(quotesOf('Tomas Berg is considered a long shot.')[0]).toMatchObject({ cueText: 'is considered' });
    expect(quotesOf('The mayor was criticized as out of touch.')[0]).toMatchObject({
      cueText: 'was criticized as',
    });
    expect(quotesOf('Nadia Ferro was declared the winner on Tuesday.')[0]).toMatchObject({
      cueText: 'was declared',
    });
    expect(quotesOf('The council has been criticized for its slow response.')[0]).toMatchObject({
      cueText: 'has been criticized',
      text: 'The council for its slow response',
    });
    expect(quotesOf('The senator is known for her work on water rights.')[0]).toMatchObject({
      cueText: 'is known for',
    });
  });

  it('leaves modal and -ing passives, and naming without a label, alone', () => {
    expect(quotesOf('The harbor plan will be considered next spring.')).toEqual([]);
    expect(quotesOf('The harbor plan was announced on Friday.')).toEqual([]);
    expect(quotesOf('Omar Lind was listed as a witness.')).toEqual([]);
    expect(quotesOf('Omar Lind was honored with a medal.')).toEqual([]);
  });

  it('reads a hearsay adverb as a source-less cue over its clause', () => {
    const text = 'The agency has reportedly hired three new lawyers.';
    const [a] = quotesOf(text);
    expect(a).toMatchObject({ source: null, cueText: 'reportedly' });
    expect(a!.contentSpans!.map((s) => text.slice(s.start, s.end))).toEqual([
      'The agency has',
      'hired three new lawyers',
    ]);
    expect(quotesOf('Reportedly, the agency hired three new lawyers.')[0]).toMatchObject({
      cueText: 'Reportedly',
      text: 'the agency hired three new lawyers',
    });
    // A reported thought or intention is the hearsay's content, not a cue of its own.
    const considering = 'Former mayor Tom Hale is reportedly considering a run for governor.';
    const [c, ...more] = quotesOf(considering);
    expect(more).toEqual([]);
    expect(c).toMatchObject({ source: null, cueText: 'reportedly' });
    expect(c!.contentSpans!.map((s) => considering.slice(s.start, s.end))).toEqual([
      'Former mayor Tom Hale is',
      'considering a run for governor',
    ]);
    expect(quotesOf('Tom Hale has reportedly been critical of the port deal.').map((q) => q.cueText)).toEqual(
      ['reportedly'],
    );
    // Before a verb of speech the adverb is part of that verb's cue.
    expect(quotesOf('Mayor Dunn reportedly said the budget was fine.')[0]).toMatchObject({
      cueText: 'reportedly said',
      sourceText: 'Mayor Dunn',
    });
  });

  it('reads "when asked by X whether …" with the asker as source', () => {
    const [q] = quotesOf('Dunn smiled when asked by a reporter whether the mayor would resign.');
    expect(q).toMatchObject({
      cueText: 'asked',
      sourceText: 'a reporter',
      text: 'whether the mayor would resign',
    });
  });

  it('ends content at a quote whose comma closes it before a new attribution', () => {
    const found = quotesOf('Her friends mocked the mayor, calling him “a tired clown,” Dana Pike said.');
    const calling = found.find((q) => q.cueText === 'calling');
    expect(calling?.text).toBe('him “a tired clown,”');
    const said = found.find((q) => q.cueText === 'said');
    expect(said?.sourceText).toBe('Dana Pike');
  });

  it('reads a fronted clause that ends in a quote ("… “a disaster,” the Courier reported")', () => {
    const found = quotesOf('Ravel said the plan was “a disaster,” the Courier reported.');
    const reported = found.find((q) => q.cueText === 'reported');
    expect(reported?.sourceText).toBe('the Courier');
  });
  it("gives each verb in a series the first verb's speaker", () => {
    const found = quotesOf(
      'Mayor Ruiz urged calm, proposed that the curfew end early, and thanked the volunteers.',
    );
    expect(found.map((q) => [q.cueText, q.sourceText])).toEqual([
      ['urged', 'Mayor Ruiz'],
      ['proposed', 'Mayor Ruiz'],
      ['thanked', 'Mayor Ruiz'],
    ]);
    // A participle after a noun is no verb of the series.
    const bill = quotesOf('Governor Hale vetoed the bill, opposed by farmers, on Friday.');
    expect(bill.map((q) => q.cueText)).not.toContain('opposed');
  });

  it('reads ", as X noted" as an attribution of the clause before', () => {
    const [q] = quotesOf('The tax was a blunder, as Dana Pike noted.');
    expect([q?.cueText, q?.sourceText, q?.text]).toEqual(['noted', 'Dana Pike', 'The tax was a blunder']);
    const cheered = quotesOf('The senator finished her speech, as the crowd cheered.');
    expect(cheered.map((q) => q.cueText)).not.toContain('cheered');
  });

  it('reads a fronted clause when a semicolon or a participle clause follows the attribution', () => {
    const both = quotesOf('Voters want lower rents, analysts say; in 2019, the council disagreed.');
    // The second clause's fronted part starts after the semicolon (too short here to be content).
    expect(both.map((q) => [q.cueText, q.text])).toEqual([['say', 'Voters want lower rents']]);
    const found = quotesOf('The plan is a mistake, Ruiz said in Lima, noting that rents had doubled.');
    expect(found.map((q) => [q.cueText, q.text])).toEqual([
      ['said', 'The plan is a mistake'],
      ['noting', 'rents had doubled'],
    ]);
  });
});

describe('plain speech inside a stance', () => {
  it('keeps a speaker\'s "said" inside what someone praised or rebuked', () => {
    const a = quotesOf('The governor praised the new levy, which she said would pay for the bridge.');
    expect(a.map((q) => q.cueText)).toEqual(['praised', 'said']);
    const b = quotesOf('The mayor rebuked critics who say the park should close.');
    expect(b.map((q) => q.cueText)).toEqual(['rebuked', 'say']);
  });

  it('keeps an inverted "…,” said X" even when a later cue reads it as its own content', () => {
    const quotes = quotesOf('“I am better with boats than with books,” said Ana Ruiz, half joking.');
    expect(quotes.find((q) => q.cueText === 'said')).toMatchObject({ speaker: 'Ana Ruiz', kind: 'direct' });
  });

  it('keeps a saying after "though", "while", "after" or "as": a clause of the writer, not the outer content', () => {
    const a = quotesOf('The mayor said the levy was fair, though she noted that it would hurt small shops.');
    expect(a.map((q) => [q.cueText, q.text])).toEqual([
      ['said', 'the levy was fair, though she noted that it would hurt small shops'],
      ['noted', 'it would hurt small shops'],
    ]);
    const b = quotesOf(
      'The senator pointed to the figures, smiling as he noted that the deficit had shrunk.',
    );
    expect(b.map((q) => q.cueText)).toEqual(['pointed to', 'noted']);
  });

  it('keeps a speech cue of its own clause far inside a stance, but not one that only names a thing', () => {
    const described = quotesOf(
      'The senator defended the levy that her many critics in the capital have described as a tax on the middle class.',
    );
    expect(described.map((q) => q.cueText)).toEqual(['defended', 'have described']);
    const named = quotesOf(
      'The union rejected the latest offer from the regional transit firm, in what the firm called a final proposal.',
    );
    expect(named.map((q) => q.cueText)).toEqual(['rejected']);
    // Right after a stance or thought cue a speech verb is its complement, not a claim of its own.
    expect(quotesOf('The mayor hopes to announce the budget on Friday.').map((q) => q.cueText)).toEqual([
      'hopes',
    ]);
  });

  it('keeps a stance of its own far inside what a stance is about, but not inside what was said', () => {
    const praised = quotesOf(
      'The mayor praised the transit workers in the old capital who have since endorsed her rival.',
    );
    expect(praised.map((q) => q.cueText)).toEqual(['praised', 'have since endorsed']);
    const said = quotesOf(
      'The mayor said the transit workers in the old capital have since endorsed her rival.',
    );
    expect(said.map((q) => q.cueText)).toEqual(['said']);
    expect(quotesOf('The mayor praised the union that endorsed her.').map((q) => q.cueText)).toEqual([
      'praised',
    ]);
  });

  it('keeps a speech cue with its own subject a long way into what someone said, but not a near one', () => {
    const far = quotesOf(
      'The mayor said on Monday that the budget for the harbor, the schools and the long-delayed bridge over the river would be approved in May, because she noted that the council had not yet voted.',
    );
    expect(far.map((q) => q.cueText)).toEqual(['said', 'noted']);
    const near = quotesOf(
      'The mayor said on Monday that the budget would pass because she noted the council had not voted.',
    );
    expect(near.map((q) => q.cueText)).toEqual(['said']);
  });

  it('keeps an "according to" adjunct inside another attribution\'s content', () => {
    const quotes = quotesOf(
      'The firm signed the deal. But the next day, according to Ruiz, the mayor made further demands.',
    );
    expect(quotes.find((q) => q.cueText === 'according to')).toMatchObject({ sourceText: 'Ruiz' });
  });

  it('still takes only the outer one inside what was said, and not a hypothetical saying', () => {
    expect(quotesOf('The mayor said engineers told him that the bridge was unsafe.')).toHaveLength(1);
    expect(quotesOf('The mayor criticized opponents who will say anything to win.')).toHaveLength(1);
  });

  it('takes the clause before the comma when only a setting or the one told follows the cue', () => {
    expect(quotesOf('The budget will not pass this year, Carson said after the attacks.')).toMatchObject([
      { kind: 'reported', cueText: 'said', sourceText: 'Carson', text: 'The budget will not pass this year' },
    ]);
    expect(quotesOf('The county did what other counties do, he told the court in his filing.')).toMatchObject(
      [{ cueText: 'told', sourceText: 'he', text: 'The county did what other counties do' }],
    );
    expect(quotesOf('The plan failed badly, Kennedy wrote Linick.')).toMatchObject([
      { cueText: 'wrote', sourceText: 'Kennedy', text: 'The plan failed badly' },
    ]);
    expect(quotesOf('"We will be ready by spring," Hooton said after Rubio spoke.')).toMatchObject([
      { cueText: 'said', sourceText: 'Hooton', text: 'We will be ready by spring' },
    ]);
  });

  it('does not read an opening time clause as what was said', () => {
    expect(quotesOf('When the council cut the funds, Mexico said enough.')).toHaveLength(0);
  });

  it('reads a subject interrupted by a setting or relative clause between commas', () => {
    expect(
      quotesOf('Ortiz, meanwhile, who has few such backers, said that the count speaks volumes.'),
    ).toMatchObject([
      { cueText: 'said', sourceText: 'Ortiz, meanwhile, who has few such backers,', speaker: 'Ortiz' },
    ]);
    expect(quotesOf('Ted Cruz, when pressed on the point, responded that the plan was wrong.')).toMatchObject(
      [
        {
          cueText: 'responded',
          sourceText: 'Ted Cruz, when pressed on the point,',
          text: 'the plan was wrong',
        },
      ],
    );
    // A second verb after a comma is a noun here, its "subject" a whole clause with a cue of its own.
    expect(
      quotesOf('The mayor has long maintained that he followed the rules, claims that the audit rejected.'),
    ).toHaveLength(1);
  });
});
