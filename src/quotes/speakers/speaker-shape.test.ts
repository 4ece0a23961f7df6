import { describe, expect, it } from 'vitest';
import { readableSpeaker, speakerShape } from './speaker-shape.js';

describe('speakerShape', () => {
  // The wrong speakers issue 12 saw on the demo and on BBC pages.
  it.each([
    ['Meridian Wire by telephone', 'fragment'],
    ['most', 'quantifier'],
    ['we', 'pronoun'],
    ['She', 'pronoun'],
    ['of Public Prosecution Eva-Marie Persson', 'fragment'],
    ['is seeking', 'verb-phrase'],
    ['ruled', 'verb-phrase'],
    ['owns most of her music', 'verb-phrase'],
    ['Machado promised to continue', 'verb-phrase'],
    ['In a March 2016 meeting with the editorial board', 'fragment'],
    ['which advocates', 'fragment'],
    ["It's worth", 'fragment'],
    ['most of them', 'quantifier'],
  ])('refuses %s (%s)', (speaker, shape) => {
    expect(speakerShape(speaker)).toBe(shape);
    expect(readableSpeaker(speaker)).toBe(false);
  });

  it.each([
    'Nasser Al-Kuwari',
    'a spokesperson for the State Department',
    'Foreign Ministry',
    'Huaxia Herald',
    'elected officials',
    'attorneys for the family',
    'one of the family’s attorneys',
    'Sen. David Perdue (R-Ga.)',
    'analysts',
  ])('accepts %s', (speaker) => {
    expect(readableSpeaker(speaker)).toBe(true);
  });

  it('refuses poll shares and a lone common noun, seen as speakers on real pages', () => {
    for (const s of [
      'Fifty-one percent',
      '44 percent of Americans',
      'an overwhelming 70 percent of Americans',
    ])
      expect([s, speakerShape(s)]).toEqual([s, 'quantifier']);
    expect(speakerShape('estimate')).toBe('fragment');
    expect(readableSpeaker('analysts')).toBe(true);
    expect(readableSpeaker('Aseem Prakash')).toBe(true);
  });

  it('refuses an absent speaker', () => {
    expect(readableSpeaker(null)).toBe(false);
    expect(readableSpeaker('')).toBe(false);
  });
});
