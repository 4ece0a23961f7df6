import { describe, expect, it } from 'vitest';
import { mention, quotesOf } from './test-helpers.js';

describe('speakers', () => {
  it('splits "Foreign Ministry spokesperson Liang Wen" into speaker and affiliation', () => {
    const [q] = quotesOf('Foreign Ministry spokesperson Liang Wen said the curbs were lawful.');
    expect(q).toMatchObject({
      speaker: 'Liang Wen',
      speakerKind: 'person',
      affiliation: 'Foreign Ministry',
      sourceText: 'Foreign Ministry spokesperson Liang Wen',
    });
  });

  it('names a body whole when its name was cut at a possessive', () => {
    const text = 'On Monday the Farmers’ Gazette warned that prices would rise.';
    const [q] = quotesOf(text, {
      mentions: [mention(text, 'Farmers’ Gazette', 'outlet:farmers-gazette', 'outlet')],
    });
    expect(q?.speaker).toBe('Farmers’ Gazette');
  });

  it('keeps a lower-case body word in an organisation named in an appositive', () => {
    const [q] = quotesOf('Ana Ruiz, a member of the Liberal party, said the vote was close.');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', affiliation: 'Liberal party' });
  });

  it('leaves the day out of the speaker', () => {
    const [b] = quotesOf('Senator Marta Ruiz on Tuesday said the bill would pass.');
    expect(b).toMatchObject({ speaker: 'Marta Ruiz' });
  });

  it('reads titles and appositives around a name', () => {
    const [a] = quotesOf('Secretary of State Marco Rubio said the talks were useful.');
    expect(a).toMatchObject({ speaker: 'Marco Rubio', affiliation: null });
    const [b] = quotesOf('Liang Wen, a spokesperson for the Foreign Ministry, said the curbs were lawful.');
    expect(b).toMatchObject({ speaker: 'Liang Wen', affiliation: 'Foreign Ministry' });
    const [c] = quotesOf('“The curbs are lawful,” said Liang Wen, a spokesperson for the Foreign Ministry.');
    expect(c).toMatchObject({ speaker: 'Liang Wen', affiliation: 'Foreign Ministry' });
  });

  it('resolves "the ministry" to the last named organisation', () => {
    const text = [
      'Foreign Ministry spokesperson Liang Wen said the curbs were lawful.',
      'The ministry said in a statement that exports of magnets would need a licence.',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes[1]).toMatchObject({
      speaker: 'Foreign Ministry',
      speakerKind: 'organisation',
      sourceText: 'The ministry',
    });
  });

  it('resolves he, she and they to the last named person', () => {
    const text = [
      'Maria Duarte, an economist at the central bank, spoke on Monday.',
      'She said rates would stay high. He said nothing. They said the outlook had darkened.',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.sourceText, q.speaker])).toEqual([
      ['She', 'Maria Duarte'],
      ['They', 'Maria Duarte'],
    ]);
  });

  it('prefers the person who spoke last for a pronoun over one only mentioned', () => {
    const text =
      'Liang Wen said the talks were useful. Asked about Maria Duarte, he said she was welcome in Beijing.';
    const quotes = quotesOf(text, { mentions: [] }).filter((q) => q.cue === 'said');
    expect(quotes[1]).toMatchObject({ speaker: 'Liang Wen', sourceText: 'he' });
  });

  it('resolves "they" to a group that spoke last', () => {
    const quotes = quotesOf('Analysts said the rally would fade. They warned that exports were slowing.');
    expect(quotes[1]).toMatchObject({ speaker: 'Analysts', speakerKind: 'group' });
  });

  it('expands a bare surname or "Mr X" to the full name given earlier', () => {
    const text = [
      'Liang Wen dismissed the report on Monday.',
      '“This is pure fabrication by people with an agenda,” Liang said.',
      'Mr Liang said the ministry would respond.',
    ].join('\n\n');
    const quotes = quotesOf(text).filter((q) => q.cueClass === 'speech');
    expect(quotes.map((q) => [q.sourceText, q.speaker])).toEqual([
      ['Liang', 'Liang Wen'],
      ['Mr Liang', 'Liang Wen'],
    ]);
  });

  it('uses the gazetteer’s full name and actor id when the speaker is a mention', () => {
    const text = '“We are open to talks,” Putin told reporters.';
    const mentions = [mention(text, 'Putin', 'person:vladimir-putin', 'person', 'Vladimir Putin')];
    const [q] = quotesOf(text, { mentions });
    expect(q).toMatchObject({
      speaker: 'Vladimir Putin',
      speakerActorId: 'person:vladimir-putin',
      speakerKind: 'person',
    });
  });

  it('treats capitals and metonyms as the government speaking', () => {
    const text = 'Beijing said the curbs were lawful. The Kremlin said it was not consulted.';
    const mentions = [
      mention(text, 'Beijing', 'country:cn', 'country', 'China'),
      mention(text, 'Kremlin', 'country:ru', 'country', 'Russia'),
    ];
    const quotes = quotesOf(text, { mentions });
    expect(quotes.map((q) => [q.speaker, q.speakerKind, q.speakerActorId])).toEqual([
      ['Beijing', 'government', 'country:cn'],
      ['Kremlin', 'government', 'country:ru'],
    ]);
  });

  it('treats "the government" as government and "analysts" and "state media" as groups', () => {
    const quotes = quotesOf(
      'The government insisted the economy was strong. Analysts warned that growth was slowing. Chinese state media reported that the summit was a success.',
    );
    expect(quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([
      ['government', 'government'],
      ['Analysts', 'group'],
      ['Chinese state media', 'group'],
    ]);
  });

  it('recognises an outlet cited as the source', () => {
    const [a] = quotesOf('The talks collapsed on Tuesday, the Huaxia Herald reported.');
    expect(a).toMatchObject({ speaker: 'Huaxia Herald', speakerKind: 'outlet', cue: 'reported' });
    const [b] = quotesOf('Sina said the talks had collapsed.', { outletName: 'Sina' });
    expect(b).toMatchObject({ speaker: 'Sina', speakerKind: 'outlet' });
    const text = 'Xinhua said the talks had collapsed.';
    const [c] = quotesOf(text, { mentions: [mention(text, 'Xinhua', 'outlet:xinhua', 'outlet')] });
    expect(c).toMatchObject({ speakerKind: 'outlet', speakerActorId: 'outlet:xinhua' });
  });

  it('treats a named body as an organisation and ties its actor id from an overlapping mention', () => {
    const text = 'NATO said the exercise was defensive.';
    const [q] = quotesOf(text, { mentions: [mention(text, 'NATO', 'bloc:nato', 'bloc')] });
    expect(q).toMatchObject({ speaker: 'NATO', speakerKind: 'organisation', speakerActorId: 'bloc:nato' });
  });
});

describe('speaker phrases in news style', () => {
  it('steps over a party tag in brackets and keeps the title with its full stop', () => {
    const [a] = quotesOf('“This is a disgrace,” Rep. Gwen Moore (D-Wis.) said Friday.');
    expect(a).toMatchObject({ speaker: 'Gwen Moore', kind: 'direct' });
    const [b] = quotesOf('“This is a disgrace,” said Sen. Gwen Moore (D-Wis.), who chairs the panel.');
    expect(b).toMatchObject({ speaker: 'Gwen Moore' });
  });

  it('reads the plural present ("analysts say") without an auxiliary', () => {
    const [q] = quotesOf('Many economists say the rate rise came too late.');
    expect(q).toMatchObject({
      speaker: 'economists',
      speakerKind: 'group',
      cue: 'say',
      text: 'the rate rise came too late',
    });
  });

  it('takes the phrase before "who" as the speaker', () => {
    const [q] = quotesOf('The deal was signed by Maria Duarte, who said it would create jobs.');
    expect(q).toMatchObject({ speaker: 'Maria Duarte', text: 'it would create jobs' });
  });

  it('accepts an unlisted noun after "the" as a speaker', () => {
    const [q] = quotesOf(
      'As the phone rang, the announcer said, “It is three in the morning and the phone is ringing.”',
    );
    expect(q).toMatchObject({ speaker: 'announcer', kind: 'direct', sourceText: 'the announcer' });
  });

  it('keeps a setting after an inverted speaker out of the source', () => {
    const text = '“We will respond,” said Wang Yi in Beijing on Monday, “and firmly.”';
    const [q] = quotesOf(text, { mentions: [mention(text, 'Wang Yi', 'person:wang-yi', 'person')] });
    expect(q).toMatchObject({
      sourceText: 'Wang Yi',
      speakerActorId: 'person:wang-yi',
      text: 'We will respond, and firmly.',
    });
  });

  it('reads doubled apostrophes as quote marks', () => {
    const [q] = quotesOf("''This is not tax reform,'' said Alan Cole, an economist at the Tax Foundation.");
    expect(q).toMatchObject({
      kind: 'direct',
      text: 'This is not tax reform',
      speaker: 'Alan Cole',
      affiliation: 'Tax Foundation',
    });
  });
});

describe('a document as speaker', () => {
  it('lets a study speak for itself when no issuer is named, not a name inside what it studied', () => {
    const [q] = quotesOf('One small study in 40 adults with PCOS showed that walking lowered blood sugar.');
    expect([q?.speaker, q?.affiliation]).toEqual(['One small study', null]);
  });

  it('still takes the issuer a preposition names', () => {
    expect(quotesOf('A survey by the Harbour Institute found that rents had doubled.')[0]?.speaker).toBe(
      'Harbour Institute',
    );
  });

  it('drops a heading glued to the plural document noun that opens its paragraph', () => {
    expect(quotesOf('Recap Surveys show that stretching may ease back pain.')[0]?.speaker).toBe('Surveys');
  });

  it('keeps "The" before a one-word name it is part of, but not before a name that goes on', () => {
    expect(quotesOf('The Wrap’s report today claims that the sequel is back on.')[0]?.speaker).toBe(
      'The Wrap',
    );
    expect(
      quotesOf('The Centers for Disease Control recommends that adults get a flu vaccine.')[0]?.speaker,
    ).not.toBe('The Centers');
  });
});

describe('a surname whose full name the article wrote earlier', () => {
  it('gives the full name, written after a given name', () => {
    const quotes = quotesOf(
      'The sessions with singer Kate Garrow went well. “It is a different muscle,” Garrow said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Kate Garrow']);
  });

  it('keeps every given name before the surname', () => {
    const quotes = quotesOf(
      'We spoke to Dr. Owen John Harrow, a chest physician. “It is rare,” Harrow said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Owen John Harrow']);
  });

  it('keeps a generational suffix after the full name', () => {
    expect(quotesOf('Daniel R. Ostrow Jr. said the case carries a lesson.')[0]?.speaker).toBe(
      'Daniel R. Ostrow Jr.',
    );
  });

  it('takes no place or building for a person’s full name', () => {
    const quotes = quotesOf('Protesters marched in New York on Sunday. “We are tired,” York said.');
    expect(quotes.map((q) => q.speaker)).toEqual(['York']);
  });
});
