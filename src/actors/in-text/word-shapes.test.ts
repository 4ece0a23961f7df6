import { describe, expect, it } from 'vitest';
import { nameTokens } from '../name-tokens.js';
import { inflectedOpener, isAllCaps, isGivenName, isInitial, nameLike, surnameOf } from './word-shapes.js';

const token = (text: string, word: string) => nameTokens(text).find((t) => t.text === word)!;

describe('word shapes', () => {
  it('knows given names, also hyphenated', () => {
    expect(isGivenName(token('Eva-Marie Persson', 'Eva-Marie'))).toBe(true);
    expect(isGivenName(token('Persson spoke', 'Persson'))).toBe(false);
  });

  it('knows given names of many languages, and leaves out those that are common words or products', () => {
    for (const name of ['Chiamaka', 'Siddharth', 'Haruki', 'Grzegorz', 'Ségolène', 'Deval', 'Britney'])
      expect(isGivenName(token(`${name} Okafor`, name)), name).toBe(true);
    for (const word of ['Chad', 'Dawn', 'Sultan', 'Claude', 'Sydney'])
      expect(isGivenName(token(`${word} Okafor`, word)), word).toBe(false);
  });

  it('takes a Chinese or Korean family name written first as the surname, else the last word', () => {
    expect(surnameOf(['liu', 'xiaoming'])).toBe('liu');
    expect(surnameOf(['kim', 'yo-jong'])).toBe('kim');
    expect(surnameOf(['kim', 'kardashian'])).toBe('kardashian');
    expect(surnameOf(['lin', 'wood'])).toBe('wood');
    expect(surnameOf(['taylor', 'swift'])).toBe('swift');
  });

  it('takes initials and abbreviated titles, not ordinary words', () => {
    expect(isInitial(token('J. Smith', 'J'))).toBe(true);
    expect(isInitial(token('Lt. Col. Vindman', 'Lt'))).toBe(true);
    expect(isInitial(token('Smith. Jones', 'Smith'))).toBe(false);
  });

  it('tells a name-like word from a compound adjective and a single letter', () => {
    expect(nameLike(token('Al-Kuwari said', 'Al-Kuwari'))).toBe(true);
    // Hyphenated compounds are split by the tokeniser; the check holds for any word given to it.
    const compound = { ...token('Braun said', 'Braun'), text: 'Braun-owned', lower: 'braun-owned' };
    expect(nameLike(compound)).toBe(false);
    expect(nameLike(token('A said', 'A'))).toBe(false);
  });

  it('takes an East Asian given name with a lower-case syllable, not a compound or a code', () => {
    const word = (text: string) => ({ ...token('Kim said', 'Kim'), text, lower: text.toLowerCase() });
    expect(nameLike(word('Jong-un'))).toBe(true);
    expect(nameLike(word('Hau-yip'))).toBe(true);
    expect(nameLike(word('Bush-era'))).toBe(false);
    expect(nameLike(word('Braun-led'))).toBe(false);
    expect(nameLike(word('LCOc1'))).toBe(false);
  });

  it('sees sentence-opening verb forms and abbreviations', () => {
    expect(inflectedOpener(token('Ousted WeWork founder', 'Ousted'))).toBe(true);
    expect(isAllCaps('NSC')).toBe(true);
    expect(isAllCaps('Nsc')).toBe(false);
    expect(isAllCaps('A')).toBe(false);
  });
});
