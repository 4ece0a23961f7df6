import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../actors/gazetteer.js';
import { findMentions } from '../actors/find-mentions.js';
import { extractQuotes } from './extract-quotes.js';

const g = createGazetteer();
/** Quotes with the gazetteer wired in, as the pipeline runs them. */
const read = (text: string) => {
  const quotes = extractQuotes(text, { mentions: findMentions(text, g), gazetteer: g });
  return quotes.map((q) => ({
    ...q,
    sourceText: q.source ? text.slice(q.source.start, q.source.end) : null,
    content: (q.contentSpans ?? []).map((s) => text.slice(s.start, s.end)),
  }));
};

describe('speaker resolution: descriptions point back to the right earlier name', () => {
  it('resolves "the broadcaster" to the last outlet even when a person spoke in between', () => {
    const quotes = read(
      [
        'The BBC said the ferry had been delayed by the storm.',
        'Harbour master Ines Okafor said crews were waiting for the wind to drop.',
        'The broadcaster added that two ships had turned back.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.sourceText, q.speaker, q.speakerKind])).toEqual([
      ['The BBC', 'BBC', 'outlet'],
      ['Harbour master Ines Okafor', 'Ines Okafor', 'person'],
      ['The broadcaster', 'BBC', 'outlet'],
    ]);
    expect(quotes[2]).toMatchObject({
      outlet: 'BBC',
      outletOwnership: 'public',
      speakerActorId: 'outlet:bbc',
    });
  });

  it('resolves "the agency" and "the paper" to the outlets named before', () => {
    const quotes = read(
      [
        'Xinhua said the railway would open in May.',
        'The Financial Times reported that financing was still being negotiated.',
        'The agency also said that trial runs had begun. The paper said lenders wanted guarantees.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Xinhua', 'Financial Times', 'Xinhua', 'Financial Times']);
  });

  it('resolves "the minister" to the named minister, not the last person mentioned', () => {
    const quotes = read(
      [
        'Foreign Minister Wang Yi said the visit had been productive.',
        'He met Mark Carney on Tuesday. The minister added that trade would be discussed again in June.',
      ].join('\n\n'),
    );
    const last = quotes[quotes.length - 1]!;
    expect(last).toMatchObject({
      sourceText: 'The minister',
      speaker: 'Wang Yi',
      speakerActorId: 'person:wang-yi',
    });
  });

  it('resolves a pronoun two paragraphs on to the named speaker', () => {
    const quotes = read(
      [
        'Economist Lena Varga said prices would keep rising.',
        'Fuel and rent were the main drivers.',
        'She warned that wages would lag behind until next year.',
      ].join('\n\n'),
    );
    expect(quotes[1]).toMatchObject({ sourceText: 'She', speaker: 'Lena Varga', speakerKind: 'person' });
  });
});

describe('speaker resolution: outlets named beside the speaker', () => {
  it('keeps "Robert Kaplan in The Wall Street Journal" as speaker Kaplan, outlet the Journal', () => {
    const [q] = read('Robert Kaplan in The Wall Street Journal argued that the alliance was fraying.');
    expect(q).toMatchObject({
      speaker: 'Robert Kaplan',
      speakerKind: 'person',
      outlet: 'The Wall Street Journal',
      outletActorId: 'outlet:wall-street-journal',
      outletOwnership: 'private',
      sourceText: 'Robert Kaplan in The Wall Street Journal',
    });
  });

  it('finds the outlet in "writing in …" between commas and in "wrote in …" after the cue', () => {
    const [a] = read(
      'Robert Kaplan, writing in The Wall Street Journal, argued that the alliance was fraying.',
    );
    expect(a).toMatchObject({ speaker: 'Robert Kaplan', outlet: 'The Wall Street Journal' });
    const [b] = read('“The alliance is fraying,” Robert Kaplan wrote in The Wall Street Journal.');
    expect(b).toMatchObject({ speaker: 'Robert Kaplan', outlet: 'The Wall Street Journal', kind: 'direct' });
  });

  it('reads "the Kremlin-backed website Sputnik" as outlet Sputnik, described as state-backed', () => {
    const [q] = read('The Kremlin-backed website Sputnik reported that the talks had failed.');
    expect(q).toMatchObject({
      speaker: 'Sputnik',
      speakerKind: 'outlet',
      speakerActorId: 'outlet:sputnik',
      outlet: 'Sputnik',
      outletOwnership: 'state-backed',
      speakerDescription: 'Kremlin-backed website',
    });
  });

  it('reads "China’s state-run Xinhua news agency reported" as outlet Xinhua, state-run', () => {
    const [q] = read('China’s state-run Xinhua news agency reported that the bridge would reopen on Friday.');
    expect(q).toMatchObject({
      speaker: 'Xinhua',
      speakerKind: 'outlet',
      outlet: 'Xinhua',
      outletOwnership: 'state',
      speakerDescription: 'state-run news agency',
      cue: 'reported',
    });
  });

  it('takes the ownership an unknown outlet is described with', () => {
    const [q] = read('The state-owned Meridian Daily said the dam was safe.');
    expect(q).toMatchObject({ speaker: 'Meridian Daily', speakerKind: 'outlet', outletOwnership: 'state' });
  });
});

describe('speaker kinds', () => {
  it('tells people, organisations, outlets, governments and groups apart', () => {
    const quotes = read(
      [
        'Maria Duarte said the harvest was late.',
        'The World Health Organization said the outbreak was contained.',
        'Reuters reported that exports had fallen.',
        'The Kremlin said the sanctions were illegal.',
        'Chinese state media said the summit was a success.',
      ].join(' '),
    );
    expect(quotes.map((q) => [q.speaker, q.speakerKind, q.speakerActorId])).toEqual([
      ['Maria Duarte', 'person', null],
      ['World Health Organization', 'organisation', 'organisation:who'],
      ['Reuters', 'outlet', 'outlet:reuters'],
      ['Kremlin', 'government', 'country:ru'],
      ['Chinese state media', 'group', 'country:cn'],
    ]);
    expect(quotes[4]).toMatchObject({ outletOwnership: 'state' });
  });
});

describe('acronyms the text defines', () => {
  it('names an organisation by the full name given with its acronym earlier', () => {
    const [q] = read(
      'Members of the Pacific Maritime Council (PMC) met in Suva. The PMC said fishing quotas would be cut.',
    );
    expect(q).toMatchObject({
      speaker: 'Pacific Maritime Council',
      speakerKind: 'organisation',
      sourceText: 'The PMC',
    });
  });
});
