import { describe, expect, it } from 'vitest';
import { datasetPresent, outputNames, readOutput, readPublished, readTruth } from './dataset.js';
import {
  aggregate,
  countShingles,
  readPredictions,
  scoreAll,
  scorePage,
  shingles,
  tokenize,
} from './metric.js';

// The upstream worked examples use n = 3 and report (tp, fp, fn) divided by their sum.
function normalised(truth: string, prediction: string): [number, number, number] {
  const { tp, fp, fn } = countShingles(truth, prediction, 3);
  const s = tp + fp + fn;
  return s === 0 ? [0, 0, 0] : [tp / s, fp / s, fn / s];
}

describe('tokenize', () => {
  it('splits on punctuation and whitespace and keeps case', () => {
    expect(tokenize('a b,cd:e(foo,bar) ')).toEqual(['a', 'b', 'cd', 'e', 'foo', 'bar']);
    expect(tokenize('The the')).toEqual(['The', 'the']);
  });

  it('matches Unicode word characters but not combining marks, like Python \\w', () => {
    expect(tokenize('Città_2 naïve')).toEqual(['Città_2', 'naïve']);
    // Devanagari "हिन्दी": the vowel sign and virama are marks, so the word splits.
    expect(tokenize('हिन्दी').length).toBeGreaterThan(1);
  });
});

describe('shingles', () => {
  it('makes one short shingle from a text shorter than n, and none from no tokens', () => {
    expect([...shingles(tokenize('a,b c '), 5).keys()]).toEqual(['a\u0001b\u0001c']);
    expect(shingles(tokenize('!'), 3).size).toBe(0);
  });

  it('slides a window of n tokens', () => {
    expect(shingles(tokenize('aa 11 c 22'), 3).size).toBe(2);
  });
});

describe('page counts (upstream worked examples, n = 3)', () => {
  const cases: [string, string, [number, number, number]][] = [
    ['a b c', 'a b c', [1, 0, 0]],
    ['a b c d', 'a b c', [0.5, 0, 0.5]],
    ['a b c', 'a b c d', [0.5, 0.5, 0]],
    ['', '', [0, 0, 0]],
    ['a', '', [0, 0, 1]],
    ['', 'a', [0, 1, 0]],
    ['a b c a b c', 'a b c', [0.25, 0, 0.75]],
    ['a b c', 'a b c a b c', [0.25, 0.75, 0]],
  ];
  for (const [truth, prediction, expected] of cases) {
    it(`scores "${truth}" against "${prediction}" as ${expected.join(', ')}`, () => {
      const got = normalised(truth, prediction);
      for (const [i, v] of got.entries()) expect(v).toBeCloseTo(expected[i]!, 10);
    });
  }
});

describe('aggregate', () => {
  it('leaves empty predictions out of precision but counts them as recall 0', () => {
    const full = scorePage('one two three four five', 'one two three four five');
    const empty = scorePage('six seven eight nine ten', '');
    expect(empty.precision).toBeNull();
    const agg = aggregate([full, empty]);
    expect(agg.precision).toBe(1);
    expect(agg.recall).toBe(0.5);
    expect(agg.f1).toBeCloseTo(2 / 3, 10);
    expect(agg.accuracy).toBe(0.5);
  });

  it('refuses a prediction set whose ids differ from the ground truth', () => {
    const res = scoreAll(new Map([['a', 'x y']]), new Map([['b', 'x y']]));
    expect(res.ok).toBe(false);
  });

  it('reads wrapped and legacy prediction files, null bodies as empty', () => {
    expect(readPredictions({ version: '1', output: { a: { articleBody: 'x' } } })).toEqual(
      new Map([['a', 'x']]),
    );
    expect(readPredictions({ a: { articleBody: null }, b: {} })).toEqual(
      new Map([
        ['a', ''],
        ['b', ''],
      ]),
    );
  });
});

describe('published scores of the Zyte benchmark', () => {
  it('are reproduced to 3 decimals for every output file', () => {
    if (!datasetPresent()) {
      console.log('article-extraction data not found: published-score check not run');
      return;
    }
    const truth = new Map(readTruth().map((t) => [t.id, t.body]));
    const published = readPublished();
    const names = outputNames();
    expect(names).toHaveLength(16);
    const mismatches: string[] = [];
    for (const name of names) {
      const want = published[name];
      expect(want, `published score for ${name}`).toBeDefined();
      const res = scoreAll(truth, readPredictions(readOutput(name)));
      if (!res.ok) throw new Error(`${name}: ${res.error}`);
      const got = res.value;
      const fields = ['f1', 'precision', 'recall', 'accuracy'] as const;
      for (const field of fields) {
        const expected = want![field];
        if (expected === undefined) continue;
        if (Math.abs(got[field] - expected) > 0.0005 + 1e-9) {
          mismatches.push(`${name}.${field}: got ${got[field].toFixed(4)}, published ${expected}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
