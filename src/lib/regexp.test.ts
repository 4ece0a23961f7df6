import { describe, expect, it } from 'vitest';
import { hasWholeWord, wholeWords } from './regexp.js';

describe('hasWholeWord', () => {
  const cases: [string, string][] = [
    ['Home Depot said', 'Depot'],
    ['Home Depots said', 'Depot'],
    ['the Depot', 'Depot'],
    ['Depot', 'Depot'],
    ['ÉDepot', 'Depot'],
    ['1Depot', 'Depot'],
    ['Depot2 and Depot.', 'Depot'],
    ['a.b (x) a.b', 'a.b'],
    ['𝐀Depot', 'Depot'],
    ['Depot𝐀', 'Depot'],
    ['DepotDepot Depot', 'Depot'],
    ['', 'Depot'],
  ];
  it.each(cases)('answers as the whole-word pattern does in %j', (text, word) => {
    expect(hasWholeWord(text, word)).toBe(wholeWords(word).test(text));
  });

  it('finds a word touched by punctuation and refuses one inside a longer word', () => {
    expect(hasWholeWord('said (Depot).', 'Depot')).toBe(true);
    expect(hasWholeWord('Depots and xDepot', 'Depot')).toBe(false);
  });

  it('refuses an occurrence the sticky pattern matches after it, and takes a later one', () => {
    const colon = /\s*:/y;
    expect(hasWholeWord('TAPPER: hello', 'TAPPER', colon)).toBe(false);
    expect(hasWholeWord('TAPPER : hello, TAPPER said', 'TAPPER', colon)).toBe(true);
    expect(wholeWords('TAPPER', '', '(?!\\s*:)').test('TAPPER : hello, TAPPER said')).toBe(true);
  });
});
