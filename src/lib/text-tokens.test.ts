import { describe, expect, it } from 'vitest';
import { contentTokens, isStopWord, stem, wordTokens } from './text-tokens.js';

describe('wordTokens', () => {
  it('lower-cases words, drops possessives and apostrophes, keeps numbers whole', () => {
    expect(wordTokens("China's exports fell 5,000 tonnes (3.5%); O’Brien didn't — a b")).toEqual([
      'china',
      'exports',
      'fell',
      '5,000',
      'tonnes',
      '3.5',
      'obrien',
      'didnt',
    ]);
  });

  it('keeps accented and non-Latin letters inside words', () => {
    expect(wordTokens('Café in Zürich, São Paulo and Москва')).toEqual([
      'café',
      'in',
      'zürich',
      'são',
      'paulo',
      'and',
      'москва',
    ]);
  });
});

describe('stem', () => {
  it('makes inflected forms of a word meet', () => {
    expect(new Set(['talks', 'talked', 'talking', 'talk'].map(stem))).toEqual(new Set(['talk']));
    expect(new Set(['rate', 'rates', 'rated', 'rating'].map(stem)).size).toBe(1);
    expect(stem('countries')).toBe(stem('country'));
    expect(stem('stopped')).toBe(stem('stop'));
  });

  it('leaves short words, numbers and words that only look plural alone', () => {
    expect(['gas', 'news', 'crisis', 'status', 'process', '2030'].map(stem)).toEqual([
      'gas',
      'news',
      'crisis',
      'status',
      'process',
      '2030',
    ]);
  });
});

describe('contentTokens', () => {
  it('drops stop words and reporting verbs and stems the rest', () => {
    expect(contentTokens('The minister said that talks were resuming in Istanbul')).toEqual([
      'minister',
      'talk',
      'resum',
      'istanbul',
    ]);
    expect(isStopWord('said')).toBe(true);
    expect(isStopWord('grain')).toBe(false);
  });
});
