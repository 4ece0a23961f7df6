import { describe, expect, it } from 'vitest';
import { wordTokens } from '../lib/text-tokens.js';
import { shingleSample } from './shingles.js';

const WIRE =
  'Negotiators in Istanbul renewed the Black Sea grain deal on Tuesday after two days of talks mediated by ' +
  'Turkey and the United Nations. The agreement extends the corridor for another 120 days, and more than 400 ' +
  'ships have carried grain through it since it opened. Insurers said premiums for cargo would fall.';

describe('shingleSample', () => {
  it('gives two copies of a passage the same sample, whatever their typography', () => {
    const retyped = WIRE.toUpperCase().replace(/ /g, '  ');
    expect(shingleSample(wordTokens(retyped))).toEqual(shingleSample(wordTokens(WIRE)));
    expect(shingleSample(wordTokens(WIRE)).size).toBeGreaterThan(0);
  });

  it('shares no shingles between unrelated texts', () => {
    const other =
      'Solar panels now power five thousand rural schools across Kenya, and exam results rose again.';
    const a = shingleSample(wordTokens(WIRE));
    const b = shingleSample(wordTokens(other));
    expect([...b].filter((h) => a.has(h))).toEqual([]);
  });

  it('keeps every shingle of a short text and none of a text under five words', () => {
    expect(shingleSample(wordTokens('Grain deal renewed in Istanbul today')).size).toBe(2);
    expect(shingleSample(wordTokens('Grain deal renewed')).size).toBe(0);
  });
});
