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
    expect(cues('Critics argue the council should consider a larger budget.')).toEqual([
      ['argue', 'Critics'],
    ]);
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

  it('reads no cue when a pronoun splits the verb from "off" or "away", but keeps "backed her up"', () => {
    expect(cues('The party quietly wrote them off.')).toEqual([]);
    expect(cues('Ortega backed her up on the harbour deal.')).toEqual([['backed', 'Ortega']]);
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

describe('"plans" as the object of a verb or preposition', () => {
  it('reads no cue in "unveiled plans to" or "her own plans to", but keeps "she plans to"', () => {
    expect(cues('The council unveiled plans to widen the harbour road.')).toEqual([]);
    expect(cues('Ortega defended her own plans to widen the road.')).toEqual([['defended', 'Ortega']]);
    expect(cues('Residents are opposing plans to close the ferry.')).toEqual([['are opposing', 'Residents']]);
    expect(cues('Ortega plans to widen the harbour road.')).toEqual([['plans', 'Ortega']]);
  });
});

describe('running for an office', () => {
  it('reads no cue in "seeking reelection" or "seek the nomination", but keeps "sought to"', () => {
    expect(cues('Ortega, who is seeking reelection, toured the docks.')).toEqual([]);
    expect(cues('Three Greens are seeking the party nomination in Dalton.')).toEqual([]);
    expect(cues('Ruiz would not seek the presidency again.')).toEqual([]);
    expect(cues('Ortega sought to calm the dock workers.')).toEqual([['sought', 'Ortega']]);
  });

  it('reads no cue in challenging someone in a race, but keeps a challenge to do something', () => {
    expect(cues('Ortega, who is challenging Mayor Ruiz in the primary, toured the docks.')).toEqual([]);
    expect(cues('Dana Ortega is challenging Ruiz in Dalton this fall.')).toEqual([]);
    expect(cues('Ortega challenged Ruiz to a debate on Friday.')).toEqual([['challenged', 'Ortega']]);
  });
});

describe('"offer" that gives a view or a chance', () => {
  it('reads no cue in "offered a glimpse" or "offers an opportunity", but keeps "offered a defense"', () => {
    expect(cues('The leaked memo offered a rare glimpse of the talks.')).toEqual([]);
    expect(cues('The ferry strike offers an opportunity for the rail union.')).toEqual([]);
    expect(cues('Ortega offered a spirited defense of the harbour deal.')).toEqual([['offered', 'Ortega']]);
  });
});

describe('"add" that adds a thing or a number', () => {
  it('reads no cue in "added 300 jobs" or "added a new element to", but keeps remarks', () => {
    expect(cues('The harbour district added 3,000 jobs last year.')).toEqual([]);
    expect(cues('The ferry will add a new stop to the morning route.')).toEqual([]);
    expect(cues('Ortega added a caveat: the vote could slip.')).toEqual([['added', 'Ortega']]);
    expect(cues('Ortega praised the plan, adding the city must act fast to save it.')).toEqual([
      ['praised', 'Ortega'],
      ['adding', 'Ortega'],
    ]);
  });
});
