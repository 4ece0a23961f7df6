import { describe, expect, it } from 'vitest';
import { nextWordStart, wordEnd, words } from './word-scan.js';

/** The pattern the scanner stands in for. */
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+|\+/gu;

const byPattern = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);

describe('word scan', () => {
  const texts = [
    'The U.S. and the E.U.: talks in São Paulo, 2024.',
    'U.S.Army U.S A.B.C.d. x.y z.',
    'Élysée, Zürich and Düsseldorf; 3½ km², C++ and N+1.',
    'Москва и Пекин. 北京 said 東京. عربي نص',
    '𝐀𝐁 and 𝟏𝟐 (math letters and digits), 😀 no word, 𠀋 a letter.',
    "it’s O'Brien's — “quoted” words… e.g. etc. i.e.",
    '\ud800 lone \udc00 surrogates',
    '',
    '+++',
  ];
  it.each(texts)('finds the same words as the pattern in %j', (text) => {
    expect([...words(text)]).toEqual(byPattern(text));
  });

  it('finds the same words as the pattern in random mixtures of letters, digits, dots and marks', () => {
    const pool = ['a', 'B', '.', '.', '+', ' ', '1', 'é', '’', '𝐀', '\n', '-', 'Ж', '²', 'e\u0301', '😀'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: next() % 16 }, () => pool[next() % pool.length]).join('');
      expect([...words(text)], text).toEqual(byPattern(text));
    }
  });

  it('looks no further than the limit for the next word', () => {
    expect(nextWordStart('a  -- b', 1, 4)).toBe(-1);
    expect(nextWordStart('a -- b', 1, 6)).toBe(5);
    expect(wordEnd('U.S. said', 0)).toBe(4);
  });
});
