import { describe, expect, it } from 'vitest';
import { tokenizeParagraph } from './tokens.js';

/** The pattern the tokeniser reads, searched for from each position: what the tokens must stay equal to. */
const TOKEN =
  /(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|St|Jr|Sr|Amb|Pres)\.|[\p{L}\p{N}]+(?:(?:[-.]|['’](?!(?:s|t|ll|re|ve|d|m)\b))[\p{L}\p{N}]+)*|['’](?:s|t|ll|re|ve|d|m)\b|\S/gu;

const tokensOf = (text: string) =>
  tokenizeParagraph(text, { start: 0, end: text.length }, [], []).map((t) => [t.start, t.text]);
const byPattern = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m.index, m[0]]);

describe('tokenizeParagraph', () => {
  it.each([
    "Mr. Smith’s U.S. trip didn’t go, said Jae-myung O'Brien.",
    '“Quoted,” she said — 3.5 percent… (of 2,000)!',
    'non\u00a0breaking\u2003em\u3000ideographic\ufeffspaces\u2028line',
    '𝐀𝐁 said 😀 and 北京 said so; Москва.',
    '   leading and trailing   ',
    '\ud800 lone surrogate',
  ])('reads the tokens the pattern finds in %j', (text) => {
    expect(tokensOf(text)).toEqual(byPattern(text));
  });
});
