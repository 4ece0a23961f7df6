import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks followed by a capital or a digit', () => {
    expect(splitSentences('Talks resumed. Will they last? Nobody knows! 2025 was hard.')).toEqual([
      'Talks resumed.',
      'Will they last?',
      'Nobody knows!',
      '2025 was hard.',
    ]);
  });

  it('does not split after titles, initials or decimal numbers', () => {
    expect(splitSentences('Mr. Aydin met Dr. Ruiz and J. Smith. Growth was 3.5 percent.')).toEqual([
      'Mr. Aydin met Dr. Ruiz and J. Smith.',
      'Growth was 3.5 percent.',
    ]);
  });

  it('keeps closing quote marks with their sentence and treats paragraphs as boundaries', () => {
    expect(splitSentences('"We agreed." The minister left\n\nNew paragraph here')).toEqual([
      '"We agreed."',
      'The minister left',
      'New paragraph here',
    ]);
  });
});
