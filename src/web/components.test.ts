import { describe, expect, it } from 'vitest';
import type { Quote } from '../domain/index.js';
import { imageCredit, quoteBlock, speakerCredit } from './components.js';

const credit = (speaker: string | null, speakerRole: string | null, affiliation: string | null) =>
  speakerCredit({ speaker, speakerRole, affiliation }).join(', ');

describe('speakerCredit', () => {
  it('credits a speaker by name, role and organisation, as a magazine does', () => {
    expect(credit('Nasser Al-Kuwari', 'spokesman', 'Qatari Foreign Ministry')).toBe(
      'Nasser Al-Kuwari, spokesman, Qatari Foreign Ministry',
    );
    expect(credit('Wang Yi', 'Foreign Minister', null)).toBe('Foreign Minister Wang Yi');
    expect(credit('Robert Kaplan', null, 'The Wall Street Journal')).toBe(
      'Robert Kaplan, The Wall Street Journal',
    );
    expect(credit(null, null, null)).toBe('Unattributed');
    expect(credit('Ben Sasse', 'Sen.', null)).toBe('Sen. Ben Sasse');
    expect(credit('Alexander Vindman', 'Lt. Col.', 'National Security Council')).toBe(
      'Lt. Col. Alexander Vindman, National Security Council',
    );
  });

  it('does not say twice what the name or the role already says', () => {
    expect(credit('a spokesperson for the State Department', 'spokesperson', 'State Department')).toBe(
      'a spokesperson for the State Department',
    );
    expect(credit('Liang Wen', 'Foreign Ministry spokesperson', 'Foreign Ministry')).toBe(
      'Liang Wen, Foreign Ministry spokesperson',
    );
    // Whole words only: "Ahead" does not hold "head".
    expect(credit('Ana Ahead', 'head', null)).toBe('Ana Ahead, head');
  });
});

describe('quoteBlock', () => {
  const quote: Quote = {
    text: 'closer is not the same as finished',
    kind: 'direct',
    speaker: 'Nasser Al-Kuwari',
    speakerKind: 'person',
    speakerActorId: null,
    affiliation: 'Qatari <Foreign> Ministry',
    speakerRole: 'spokesman',
    cue: 'said',
    start: 0,
    end: 34,
    source: null,
    cueSpan: null,
  };

  it('escapes the credit and puts the cue after a comma only when details follow the name', () => {
    expect(quoteBlock(quote).value).toContain(
      '— Nasser Al-Kuwari, spokesman, Qatari &lt;Foreign&gt; Ministry, said',
    );
    const bare = { ...quote, affiliation: null, speakerRole: null };
    expect(quoteBlock(bare).value).toContain('— Nasser Al-Kuwari said');
  });
});

describe('imageCredit', () => {
  it('names the photographer and the outlet once, whether or not the credit already names the outlet', () => {
    expect(imageCredit({ credit: 'Ana Ruiz', outletName: 'Northbridge Broadcasting' })).toBe(
      'Image: Ana Ruiz / Northbridge Broadcasting',
    );
    expect(
      imageCredit({ credit: 'Ana Ruiz / Northbridge Broadcasting', outletName: 'Northbridge Broadcasting' }),
    ).toBe('Image: Ana Ruiz / Northbridge Broadcasting');
    expect(imageCredit({ credit: 'Northbridge', outletName: 'Northbridge Broadcasting' })).toBe(
      'Image: Northbridge Broadcasting',
    );
    expect(imageCredit({ credit: null, outletName: 'Northbridge Broadcasting' })).toBe(
      'Image: Northbridge Broadcasting',
    );
  });
});

describe('speakerCredit for a person known only by a description', () => {
  it('gives the description its article, and leaves names and groups alone', () => {
    const q = { speakerRole: null, affiliation: null };
    expect(speakerCredit({ ...q, speaker: 'senior US Treasury official', speakerKind: 'person' })).toEqual([
      'A senior US Treasury official',
    ]);
    expect(speakerCredit({ ...q, speaker: 'economist at the bank', speakerKind: 'person' })).toEqual([
      'An economist at the bank',
    ]);
    expect(speakerCredit({ ...q, speaker: 'fund’s executive director', speakerKind: 'person' })).toEqual([
      'The fund’s executive director',
    ]);
    expect(speakerCredit({ ...q, speaker: 'traders', speakerKind: 'group' })).toEqual(['traders']);
    expect(speakerCredit({ ...q, speaker: 'Liang Wen', speakerKind: 'person' })).toEqual(['Liang Wen']);
  });
});
