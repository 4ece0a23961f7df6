import { describe, expect, it } from 'vitest';
import { quotesOf } from '../test-helpers.js';

/** The cue and source text of every quote found, in order. */
const cues = (text: string) => quotesOf(text).map((q) => [q.cueText, q.sourceText]);

describe('cue words in a sense that attributes nothing', () => {
  it('reads "appear" before a place as showing up, but keeps "appears to"', () => {
    expect(cues('Mayor Ruiz appeared on a morning radio show in Dalton.')).toEqual([]);
    expect(cues('The governor will appear before the budget committee on Friday.')).toEqual([]);
    expect(cues('The plan appears to favour the suburbs.')).toEqual([['appears', null]]);
  });

  it('reads a participle between a number and its noun as an adjective', () => {
    expect(cues('Ortega now leads Kim by 140 pledged delegates.')).toEqual([]);
  });

  it('reads "show up" and "add up" as phrasal verbs', () => {
    expect(cues('Hundreds of farmers showed up at the county fair.')).toEqual([]);
    expect(cues('The mayor’s budget numbers simply do not add up.')).toEqual([]);
  });

  it('skips "That said," "think tank" and a "you know" filler', () => {
    expect(cues('That said, the council meets again in June.')).toEqual([]);
    expect(cues('Lena Park, a fellow at a Dalton think tank, left early.')).toEqual([]);
    expect(cues('He ran the ferry, you know, for twenty years.')).toEqual([]);
  });
});

describe('poll phrases that are no source', () => {
  it('keeps a named poll but not polling in general', () => {
    expect(cues('Ortega gained four points in a new Harbor Times poll.')).toEqual([
      ['in', 'a new Harbor Times poll'],
    ]);
    expect(cues('Ortega has risen steadily in the polls since March.')).toEqual([]);
  });

  it('reads a long poll name to its noun', () => {
    expect(cues('Ortega holds a lead in the latest Harbor Times/Dalton Daily News state poll.')).toEqual([
      ['in', 'the latest Harbor Times/Dalton Daily News state poll'],
    ]);
  });

  it('reads plural polls inside a clause as a standing, unless they open the sentence or are named', () => {
    expect(cues('Ortega has led Kim in several recent Harbor County polls.')).toEqual([]);
    expect(cues('Ortega, who runs third in most Dalton polls, spoke on Monday.')).toEqual([]);
    expect(cues('In the latest polls, Ortega leads Kim by four points.')).toEqual([
      ['In', 'the latest polls'],
    ]);
    expect(cues('Ortega leads Kim by four points in the average of Harbor County polls.')).toEqual([
      ['in', 'the average of Harbor County polls'],
    ]);
  });

  it('ends the poll phrase at a preposition or conjunction', () => {
    expect(cues('Ortega spoke to donors in the hours before the county polls closed.')).toEqual([]);
  });

  it('leaves a poll phrase inside a group of respondents to the group’s own cue', () => {
    expect(cues('Twelve percent of voters in the Harbor Times poll said they were undecided.')).toEqual([
      ['said', 'Twelve percent of voters in the Harbor Times poll'],
    ]);
  });
});

describe('colon lines that are no speech', () => {
  it('skips tallies, handles, bylines and rosters', () => {
    expect(cues('Ortega: 1,204.\n\nKim: 988.')).toEqual([]);
    expect(cues('The vote is next week.\n\nTwitter: @lenapark')).toEqual([]);
    expect(cues('The vote is next week.\n\nContributing: Lena Park and Omar Hale.')).toEqual([]);
    expect(cues('The vote is next week.\n\nDalton: Ana Ruiz, Tom Lee, Bea Cole and Omar Hale.')).toEqual([]);
  });

  it('skips a list sub-heading: a title-case name and a few words with no auxiliary', () => {
    expect(cues('Here is what each needs.\n\nOrtega: Hold the north.\n\nOrtega leads in Dalton.')).toEqual(
      [],
    );
    expect(cues('Here is what each needs.\n\nKim: A late surge.\n\nKim trails by six.')).toEqual([]);
  });

  it('still reads a name, a colon and a statement as speech', () => {
    expect(cues('The vote is next week.\n\nOrtega: We will win this county.')).toEqual([[':', 'Ortega']]);
    expect(cues('The vote is next week.\n\nOrtega: Well, that is wrong.')).toEqual([[':', 'Ortega']]);
    expect(cues('The vote is next week.\n\nORTEGA: Why not debate?')).toEqual([[':', 'ORTEGA']]);
  });
});

describe('"call" as a phone call or a phrasal verb', () => {
  it('skips a call to someone, "called off" and "called to mind"', () => {
    expect(cues('Mayor Ruiz called Omar Hale on Tuesday.')).toEqual([]);
    expect(cues('The two firms called off the merger in May.')).toEqual([]);
    expect(cues('The ruling called to mind an old dispute over the harbor.')).toEqual([]);
  });

  it('keeps naming and demanding', () => {
    expect(cues('Mayor Ruiz called the plan “a giveaway.”')).toEqual([['called', 'Mayor Ruiz']]);
    expect(cues('Mayor Ruiz called to close the harbor road.')).toEqual([['called', 'Mayor Ruiz']]);
  });
});

describe('"decline" as a fall', () => {
  it('skips a measured fall but keeps a refusal', () => {
    expect(cues('Ferry traffic declined 12 percent last year.')).toEqual([]);
    expect(cues('Harbor fees declined to $4 million in May.')).toEqual([]);
    expect(cues('Mayor Ruiz declined to comment on the harbor deal.')).toEqual([['declined', 'Mayor Ruiz']]);
  });
});

describe('plurals that are nouns', () => {
  it('reads a plural before a relative clause or a time phrase as a noun', () => {
    expect(cues('The campaign moves to coastal states that have drifted to the left.')).toEqual([]);
    expect(cues('Both parties bought ads in swing states this week.')).toEqual([]);
  });

  it('reads "push" after a modifier as a noun', () => {
    expect(cues('The late push in rural counties cost the campaign dearly.')).toEqual([]);
    expect(cues('Council members push for a new ferry schedule.')).toEqual([['push for', 'Council members']]);
  });
});

describe('questions put to the reader', () => {
  it('skips a question to the reader but keeps an interviewer’s question', () => {
    expect(cues('The vote is next week. Do you support the harbor plan?')).toEqual([]);
    expect(cues('Q: Do you think the ferry will run again?\n\nA: Not this year.')).toEqual([
      ['think', 'you'],
    ]);
  });
});

describe('"add to" a sum', () => {
  it('skips adding to a lead but keeps adding a remark to reporters', () => {
    expect(cues('Ortega won the county, adding to her lead in the delegate count.')).toEqual([]);
    expect(cues('“It went well,” Ortega added to reporters.')).toEqual([['added', 'Ortega']]);
  });
});
