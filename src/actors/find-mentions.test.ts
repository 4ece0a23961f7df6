import { describe, expect, it } from 'vitest';
import { createGazetteer } from './gazetteer.js';
import { findMentions } from './find-mentions.js';

const g = createGazetteer();
const ids = (text: string) => findMentions(text, g).map((m) => m.actorId);
const surfaces = (text: string) => findMentions(text, g).map((m) => m.surface);

describe('findMentions', () => {
  it('reports offsets that slice back to the words as written', () => {
    const text = 'Talks between China and the United States resumed.';
    for (const m of findMentions(text, g)) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(ids(text)).toEqual(['country:cn', 'country:us']);
  });

  it('matches upper-case abbreviations only in upper case', () => {
    expect(ids('The US said so.')).toEqual(['country:us']);
    expect(ids('Let us go and tell us more.')).toEqual([]);
    expect(ids('The U.S. and the UK agreed.')).toEqual(['country:us', 'country:gb']);
    expect(ids('Ask WHO; who knows?')).toEqual(['organisation:who']);
  });

  it('never matches a capitalised name written in lower case', () => {
    expect(ids('We ate turkey on fine china in a chad of paper.')).toEqual([]);
    expect(ids('Turkey and China met in Chad.')).toEqual(['country:tr', 'country:cn', 'country:td']);
  });

  it('prefers the longest alias at a position', () => {
    expect(ids('the Shanghai Cooperation Organization summit')).toEqual(['bloc:sco']);
    expect(ids('The UN Security Council met.')).toEqual(['organisation:un-security-council']);
    expect(ids('South Sudan and Sudan')).toEqual(['country:ss', 'country:sd']);
    expect(ids('Papua New Guinea and Guinea-Bissau and Guinea')).toEqual([
      'country:pg',
      'country:gw',
      'country:gn',
    ]);
    expect(ids('North Korean and South Korean envoys')).toEqual(['country:kp', 'country:kr']);
  });

  it('maps government metonyms and capitals to their country, but Brussels to the EU', () => {
    expect(ids('Beijing and Moscow answered the Kremlin, the White House and Downing Street.')).toEqual([
      'country:cn',
      'country:ru',
      'country:ru',
      'country:us',
      'country:gb',
    ]);
    expect(ids('Brussels warned Whitehall and the Élysée.')).toEqual(['bloc:eu', 'country:gb', 'country:fr']);
  });

  it('finds a name before a possessive and demonyms with their plurals', () => {
    expect(surfaces("China's exports and Russia’s oil")).toEqual(['China', 'Russia']);
    expect(ids('Chinese and Russian officials met Americans.')).toEqual([
      'country:cn',
      'country:ru',
      'country:us',
    ]);
  });

  it('finds a bloc spelled out and abbreviated side by side', () => {
    expect(
      ids('Leaders of the Shanghai Cooperation Organization (SCO) met; the SCO said trade grew.'),
    ).toEqual(['bloc:sco', 'bloc:sco', 'bloc:sco']);
    expect(ids('Mercosur, the Eurasian Economic Union (EAEU) and the Quad')).toEqual([
      'bloc:mercosur',
      'bloc:eaeu',
      'bloc:eaeu',
      'bloc:quad',
    ]);
  });

  it('knows territories and keeps US states with the same words apart', () => {
    expect(ids('Greenland, Puerto Rico, Macau and the Falklands')).toEqual([
      'country:gl',
      'country:pr',
      'country:mo',
      'country:fk',
    ]);
    expect(ids('Voters in New Jersey and in Jersey went to the polls.')).toEqual(['country:je']);
  });

  it('respects word boundaries', () => {
    expect(ids('USAREUR and EUROCONTROL and Chinatown and Indiana')).toEqual([]);
  });

  it('treats hyphens like spaces and ignores accents', () => {
    expect(ids('Guinea Bissau, Cote d’Ivoire, Erdogan and Erdoğan')).toEqual([
      'country:gw',
      'country:ci',
      'person:recep-tayyip-erdogan',
      'person:recep-tayyip-erdogan',
    ]);
    expect(ids('the G-7 and the G20 and OPEC+ and Opec')).toEqual([
      'bloc:g7',
      'bloc:g20',
      'bloc:opec-plus',
      'bloc:opec',
    ]);
  });

  it('does not join words across a paragraph break or other punctuation', () => {
    expect(ids('They went home to New\n\nZealand')).toEqual([]);
    expect(ids('New, Zealand and New Zealand')).toEqual(['country:nz']);
  });

  it('lets a stop phrase swallow the alias inside it', () => {
    expect(ids('Ships in the Indian Ocean and the South China Sea.')).toEqual([]);
    expect(ids('The National Security Council met.')).toEqual([]);
  });

  it('finds leaders and outlets with their kinds', () => {
    const found = findMentions(
      'Xi Jinping told Xinhua and The Wall Street Journal that Putin was welcome.',
      g,
    );
    expect(found.map((m) => [m.actorId, m.kind])).toEqual([
      ['person:xi-jinping', 'person'],
      ['outlet:xinhua', 'outlet'],
      ['outlet:wall-street-journal', 'outlet'],
      ['person:vladimir-putin', 'person'],
    ]);
  });

  it('accepts "The" in an outlet name only as written in the data', () => {
    expect(ids('The Hindu reported it; the Hindu festival began; she told the Guardian.')).toEqual([
      'outlet:the-hindu',
      'outlet:guardian',
    ]);
  });

  it('scans a few megabytes in well under a few seconds', () => {
    const text = 'Officials in Beijing said the plan, backed by the EU and NATO, would help. '.repeat(70_000);
    const t0 = performance.now();
    const found = findMentions(text, g);
    expect(found.length).toBe(3 * 70_000);
    expect(performance.now() - t0).toBeLessThan(4000);
  });

  it('does not let an alias without diacritics match a word that has them ("Über" is not Uber)', () => {
    expect(ids('Über alles, said the singer.')).toEqual([]);
    expect(ids('Uber said so.')).toEqual(['organisation:uber']);
    // The other way round still holds: a text without accents finds an accented alias.
    expect(ids('She flew to Bogota.')).toEqual(['country:co']);
  });

  it('reads "Amnesty" alone as Amnesty International only where the article names it plainly', () => {
    expect(ids('Amnesty International said so. Amnesty added more.')).toEqual([
      'organisation:amnesty',
      'organisation:amnesty',
    ]);
    expect(ids('The rebels were offered an Amnesty.')).toEqual([]);
  });

  it('reads a capital that stands for a body as the city after a place preposition ("in Brussels")', () => {
    expect(ids('Talks in Brussels ended. Brussels wants more.')).toEqual(['country:be', 'bloc:eu']);
  });

  it('finds an outlet whose name holds punctuation whole, never from a letter of another name', () => {
    expect(ids('She told E! News she was fine.')).toEqual(['organisation:e-news']);
    expect(ids('Northwind G&E and its senior director declined.')).toEqual([]);
  });
});
