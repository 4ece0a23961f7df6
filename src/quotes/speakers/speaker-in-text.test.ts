import { describe, expect, it } from 'vitest';
import { colonSpeakerStands, speakerStandsInText } from './speaker-in-text.js';

/** The speaker at the first occurrence of `word` in `text`, as the source finder would hand it over. */
function at(text: string, word: string, actorId: string | null = null) {
  const start = text.indexOf(word);
  return { speaker: word, actorId, source: { start, end: start + word.length } };
}

describe('speakerStandsInText', () => {
  it('refuses a one-word speaker capitalised only where sentences start', () => {
    const text = 'Snap polls found a narrow win. Snap judgements differ.';
    expect(speakerStandsInText(at(text, 'Snap'), text)).toBe(false);
    const adverb = 'Often, critics said the rule was unfair.\nOften the rule held.';
    expect(speakerStandsInText(at(adverb, 'Often'), adverb)).toBe(false);
  });

  it('accepts a group, a body or a plural at a sentence start', () => {
    const text = 'The car stopped. Police say the driver ran. Surveys found the same.';
    expect(speakerStandsInText(at(text, 'Police'), text)).toBe(true);
    expect(speakerStandsInText(at(text, 'Surveys'), text)).toBe(true);
  });

  it('refuses the head of a longer name', () => {
    const text = 'Cases rose, the Institutes for Public Health said on Monday.';
    const start = text.indexOf('the Institutes');
    const source = { start, end: text.indexOf(' said') };
    expect(speakerStandsInText({ speaker: 'Institutes', actorId: null, source }, text)).toBe(false);
  });

  it('reads an initial or a title before a name as inside the sentence', () => {
    const text = 'Writing in the paper, Ana K. Lund said it was over. “It is,” Lund added.';
    const lund = text.lastIndexOf('Lund');
    expect(
      speakerStandsInText({ speaker: 'Lund', actorId: null, source: { start: lund, end: lund + 4 } }, text),
    ).toBe(true);
  });

  it('accepts a one-word name the article capitalises inside a sentence', () => {
    const text = 'Marta said the deal was done. Earlier, Marta had met the buyers.';
    expect(speakerStandsInText(at(text, 'Marta'), text)).toBe(true);
  });

  it('accepts a one-word speaker an actor backs, wherever it stands', () => {
    const text = 'Xinhua reported the talks were frank.';
    expect(speakerStandsInText(at(text, 'Xinhua', 'outlet:xinhua'), text)).toBe(true);
  });

  it('refuses a one-word speaker cut from a longer name', () => {
    const store = 'Shares fell after retail giant Garden Depot reported weak sales.';
    expect(speakerStandsInText(at(store, 'Depot'), store)).toBe(false);
    const paper = 'The editorial in the Farmers’ Daily, the party paper, and the Workers’ Daily said so.';
    const daily = paper.lastIndexOf('Daily');
    const cut = { speaker: 'Daily', actorId: null, source: { start: daily, end: daily + 5 } };
    expect(speakerStandsInText(cut, paper)).toBe(false);
  });

  it('finds the cut inside a longer source, after a word that is a title only before a role', () => {
    const text = 'Shares rose. Retail giant Home Depot reported strong sales.';
    const start = text.indexOf('Retail');
    const source = { start, end: text.indexOf(' reported') };
    expect(speakerStandsInText({ speaker: 'Depot', actorId: null, source }, text)).toBe(false);
  });

  it('keeps a name after a title, "The" or a possessive when an actor backs it', () => {
    const title = 'On Monday President Okafor said the border would open.';
    expect(speakerStandsInText(at(title, 'Okafor'), title)).toBe(true);
    const place = 'Observers noted that Kenya’s Ruto said the same.';
    expect(speakerStandsInText(at(place, 'Ruto', 'person:ruto'), place)).toBe(true);
  });

  it('leaves names of several words to the shape check', () => {
    const text = 'Home Depot said sales rose.';
    expect(speakerStandsInText(at(text, 'Home Depot'), text)).toBe(true);
  });
});

describe('colonSpeakerStands', () => {
  const label = (name: string) => ({ speaker: name, actorId: null, source: null });

  it('accepts a transcript of two speakers and a name the article uses elsewhere', () => {
    const transcript = 'HOST: Welcome back.\nGUEST: Thank you for having me.\nHOST: Let us begin.';
    expect(colonSpeakerStands(label('HOST'), transcript)).toBe(true);
    const news = 'Senator Okoro spoke after the vote.\nOkoro: We will not give up on this bill.';
    expect(colonSpeakerStands(label('Okoro'), news)).toBe(true);
  });

  it('refuses headings, salutations and datelines', () => {
    const steps = 'Plan Stage: write down the goals.\nTest Stage: try them on a small stage first.';
    expect(colonSpeakerStands(label('Test Stage'), steps)).toBe(false);
    const column = 'DEAR MARGO: My brother never calls.\nDEAR LONELY: Call him first.';
    expect(colonSpeakerStands(label('DEAR MARGO'), column)).toBe(false);
    const specs = 'Weight: 40 grams\nBattery Life: nine hours\nWeight: 40 grams again';
    expect(colonSpeakerStands(label('Battery Life'), specs)).toBe(false);
    const dateline = 'LAGOS: The ferry sank on Sunday, officials said.';
    expect(colonSpeakerStands(label('LAGOS'), dateline)).toBe(false);
    const single = 'Kitchen Timers: three minutes is enough for most eggs.';
    expect(colonSpeakerStands(label('Kitchen Timers'), single)).toBe(false);
  });
});
