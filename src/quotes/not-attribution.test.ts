import { describe, expect, it } from 'vitest';
import { quotesOf } from './test-helpers.js';

describe('what is not an attribution', () => {
  it('ignores scare quotes', () => {
    // "mocked" is a stance cue, so the sentence is an attribution; the scare quote in it is not speech.
    const [a, ...rest] = quotesOf(
      'Critics mocked the so-called “peace plan for the whole region” on Monday.',
    );
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ kind: 'reported', cue: 'mocked', cueClass: 'stance' });
    expect(quotesOf('The bill, dubbed “the great wall of tariffs on all imports”, passed.')).toEqual([]);
  });

  it('ignores quoted titles', () => {
    expect(quotesOf('The documentary “The Long Road to Shared Prosperity” opened in Beijing.')).toEqual([]);
    expect(quotesOf('She reviewed “The Silk Road and Its Many Modern Heirs” for a journal.')).toEqual([]);
  });

  it('ignores short quoted phrases without a cue', () => {
    expect(quotesOf('The deal was “very good” for both sides.')).toEqual([]);
    expect(quotesOf('“Enough.” The crowd fell silent.')).toEqual([]);
  });

  it('keeps a scare quote inside reported speech as reported, not mixed', () => {
    const [q] = quotesOf('Maria Duarte said the so-called “peace plan” was a trap.');
    expect(q).toMatchObject({ kind: 'reported', text: 'the so-called “peace plan” was a trap' });
  });

  it('does not take a cue word used as a noun or adjective for a cue', () => {
    expect(quotesOf('The reported deal fell apart after the claims surfaced.')).toEqual([]);
    expect(quotesOf('Her claims about the deal were rejected.')).toEqual([]);
  });

  it('finds nothing in text without speech', () => {
    expect(quotesOf('')).toEqual([]);
    expect(quotesOf('Rain fell on the city all week.\n\nTrains ran late.')).toEqual([]);
  });
});
