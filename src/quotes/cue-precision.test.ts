import { describe, expect, it } from 'vitest';
import { quotesOf } from './test-helpers.js';

/** The cue and source text of every quote found, in order. */
const cues = (text: string) => quotesOf(text).map((q) => [q.cueText, q.sourceText]);

describe('verbs that rarely attribute in news copy', () => {
  it('reads no cue in "contested", "reacted to", "appealed to" or "begged the question"', () => {
    expect(cues('Councillors have contested the zoning map since spring.')).toEqual([]);
    expect(cues('Ortega reacted to the flood warning by closing the schools.')).toEqual([]);
    expect(cues('The mayor appealed to younger voters in the harbour district.')).toEqual([]);
    expect(cues('The delays begged the question of who was in charge.')).toEqual([]);
  });

  it('reads no cue in "unveiled" or "celebrated"', () => {
    expect(cues('The mayor unveiled a new ferry timetable on Monday.')).toEqual([]);
    expect(cues('Ortega celebrated her birthday with staff.')).toEqual([]);
  });

  it('reads "whispered" and "screamed" as cues only beside a quote', () => {
    expect(cues('Two aides whispered in the back of the hall.')).toEqual([]);
    expect(cues('“Not now,” Ortega whispered to her aide.')).toEqual([['whispered', 'Ortega']]);
  });
});

describe('cue verbs in a sense that reports nobody', () => {
  it('reads no cue in what someone "should" do, but keeps "I should say"', () => {
    expect(cues('Critics argue the council should consider a larger budget.')).toEqual([['argue', 'Critics']]);
    expect(cues('Homeowners should know their flood risk before they buy.')).toEqual([]);
    expect(cues('I should say that the mayor was never consulted.')).toEqual([['should say', 'I']]);
  });

  it('reads "may want" and "might want" as advice, but keeps "wants"', () => {
    expect(cues('Ortega might want to check her figures again.')).toEqual([]);
    expect(cues('Ortega wants to check the figures again.')).toEqual([['wants', 'Ortega']]);
  });

  it('reads no cue in "seems" after a relative or pointing "that"', () => {
    expect(cues('Renters face a housing market that seems to reward only speculators.')).toEqual([]);
    expect(cues('Ortega wants a recount, but that seems unlikely now.')).toEqual([['wants', 'Ortega']]);
    expect(cues('The mayor seems to favour the harbour plan.')).toEqual([['seems', null]]);
  });
});

describe('particles that make a cue verb another verb', () => {
  it('reads no cue in "backed away", "wrote off" or "knocked out", but keeps "backed"', () => {
    expect(cues('Ortega backed away from the harbour deal in May.')).toEqual([]);
    expect(cues('The party quietly wrote off the rural vote.')).toEqual([]);
    expect(cues('A late surge knocked out the incumbent.')).toEqual([]);
    expect(cues('Ortega backed the harbour deal in May.')).toEqual([['backed', 'Ortega']]);
  });
});

describe('cue verbs that are often nouns', () => {
  it('reads "advocate", "champion" and "embrace" after a modifier as nouns, but keeps the verbs', () => {
    expect(cues('Ruiz, a vocal advocate of ferry subsidies, left early.')).toEqual([]);
    expect(cues('The former boxing champion grew up in Dalton.')).toEqual([]);
    expect(cues('Her long, public embrace of the plan cost her votes.')).toEqual([]);
    expect(cues('Both senators advocate a lower fare.')).toEqual([['advocate', 'Both senators']]);
  });

  it('reads "stress" and "suspect" after a modifier as nouns', () => {
    expect(cues('The emotional stress is with me every day.')).toEqual([]);
    expect(cues('The only surviving suspect left the city on Monday.')).toEqual([]);
  });
});

describe('"plan" as a noun', () => {
  it('reads no cue in "a rally planned for Friday", but keeps "plans to"', () => {
    expect(cues('Ortega has a rally planned for Friday in Dalton.')).toEqual([]);
    expect(cues('Ortega plans to hold a rally on Friday.')).toEqual([['plans', 'Ortega']]);
  });
});
