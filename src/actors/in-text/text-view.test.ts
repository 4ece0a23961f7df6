import { describe, expect, it } from 'vitest';
import { findMentions } from '../find-mentions.js';
import { createGazetteer } from '../gazetteer.js';
import { nameTokens } from '../name-tokens.js';
import { TextView } from './text-view.js';

const g = createGazetteer();
const viewOf = (text: string) => new TextView(text, nameTokens(text), findMentions(text, g));
const wordsFrom = (v: TextView, i: number) =>
  v.tokens
    .slice(i, v.runEnd(i))
    .map((t) => t.text)
    .join(' ');
const at = (v: TextView, word: string) => v.tokens.findIndex((t) => t.text === word);

describe('the text view', () => {
  it('runs a name over lower-case connectors and stops at a possessive', () => {
    const v = viewOf('He met the chairman of the Joint Chiefs of Staff and Tim Clark’s deputy.');
    expect(wordsFrom(v, at(v, 'Joint'))).toBe('Joint Chiefs of Staff');
    expect(wordsFrom(v, at(v, 'Tim'))).toBe('Tim Clark');
  });

  it('does not join a connector to a gazetteer person', () => {
    const v = viewOf('She was an aide to Vice President Pence on Trump’s call.');
    expect(wordsFrom(v, at(v, 'Vice'))).toBe('Vice President Pence');
  });

  it('keeps an organisation word after a possessive in the run', () => {
    const v = viewOf('The case went to Westminster Magistrate’s Court on Monday.');
    expect(wordsFrom(v, at(v, 'Westminster'))).toBe('Westminster Magistrate Court');
  });

  it('ends a run at a gazetteer name that is not a country', () => {
    const v = viewOf('Officials told the United Nations Security Council about it.');
    const i = at(v, 'United');
    expect(v.gazetteerAt[i]?.kind).not.toBe('country');
  });

  it('marks title-case heading lines and leaves sentences alone', () => {
    const text = 'One Chapter Over, Another Barely Begun\n\nThe Minister Said It Was Over.';
    const v = viewOf(text);
    expect(v.heading[at(v, 'Chapter')]).toBe(true);
    expect(v.heading[at(v, 'Minister')]).toBe(false);
  });

  it('knows the words the text also writes in lower case, and place words', () => {
    const v = viewOf('Price rose. The price of oil fell near the Walter Reed hospital.');
    expect(v.lowerWords.has('price')).toBe(true);
    expect(v.isCommonWord(v.tokens[0]!)).toBe(true);
    expect(v.placeWords.has('reed')).toBe(true);
  });

  it('covers each token with the gazetteer mention over it', () => {
    const v = viewOf('Officials in Sweden said so.');
    expect(v.gazetteerAt[at(v, 'Sweden')]?.kind).toBe('country');
    expect(v.gazetteerAt[at(v, 'Officials')]).toBeNull();
  });
});
