import { describe, expect, it } from 'vitest';
import { scoreClustering } from './metrics.js';

const labels = (pairs: [string, string][]) => new Map(pairs);

describe('scoreClustering', () => {
  // Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
  // n: (g1,p1)=2, (g1,p2)=1, (g2,p2)=2. TP = 1 + 0 + 1 = 2; predicted pairs 1 + 3 = 4 → FP 2;
  // gold pairs 3 + 1 = 4 → FN 2. BCubed P = (4/2 + 1/3 + 4/3)/5 = 11/15, R = (4/3 + 1/3 + 4/2)/5 = 11/15.
  const gold = labels([
    ['a', 'g1'],
    ['b', 'g1'],
    ['c', 'g1'],
    ['d', 'g2'],
    ['e', 'g2'],
  ]);

  it('computes pairwise and BCubed scores on a hand-worked example', () => {
    const s = scoreClustering(
      gold,
      labels([
        ['a', 'p1'],
        ['b', 'p1'],
        ['c', 'p2'],
        ['d', 'p2'],
        ['e', 'p2'],
      ]),
    );
    expect(s.pairwise).toMatchObject({ tp: 2, fp: 2, fn: 2 });
    expect(s.pairwise.precision).toBeCloseTo(0.5, 12);
    expect(s.pairwise.recall).toBeCloseTo(0.5, 12);
    expect(s.pairwise.f1).toBeCloseTo(0.5, 12);
    expect(s.bcubed.precision).toBeCloseTo(11 / 15, 12);
    expect(s.bcubed.recall).toBeCloseTo(11 / 15, 12);
    expect(s.goldWhole).toBe(1);
    expect([s.documents, s.goldClusters, s.predictedClusters]).toEqual([5, 2, 2]);
  });

  it('gives a perfect answer 1 everywhere', () => {
    const s = scoreClustering(gold, gold);
    expect([s.pairwise.f1, s.bcubed.f1, s.goldWhole]).toEqual([1, 1, 2]);
  });

  it('scores all singletons pairwise 0 (no predicted pairs) but BCubed precision 1', () => {
    const s = scoreClustering(gold, new Map([...gold.keys()].map((d) => [d, d])));
    expect(s.pairwise).toMatchObject({ precision: 0, recall: 0, f1: 0, tp: 0, fp: 0, fn: 4 });
    expect(s.bcubed.precision).toBe(1);
    // R = (1/3 · 3 + 1/2 · 2) / 5 = 2/5.
    expect(s.bcubed.recall).toBeCloseTo(0.4, 12);
    expect(s.bcubed.f1).toBeCloseTo((2 * 0.4) / 1.4, 12);
  });

  it('scores everything in one cluster with full recall and low precision', () => {
    const s = scoreClustering(gold, new Map([...gold.keys()].map((d) => [d, 'all'])));
    // 10 predicted pairs, 4 of them gold.
    expect(s.pairwise).toMatchObject({ tp: 4, fp: 6, fn: 0, recall: 1 });
    expect(s.pairwise.precision).toBeCloseTo(0.4, 12);
    // P = (3 · 3/5 + 2 · 2/5) / 5 = 13/25.
    expect(s.bcubed.precision).toBeCloseTo(13 / 25, 12);
    expect(s.bcubed.recall).toBe(1);
  });

  it('drops gold documents the prediction lacks, and refuses a document gold does not know', () => {
    const s = scoreClustering(
      gold,
      labels([
        ['a', 'x'],
        ['b', 'x'],
      ]),
    );
    expect(s.documents).toBe(2);
    expect(s.pairwise.f1).toBe(1);
    expect(() => scoreClustering(gold, labels([['z', 'x']]))).toThrow(/z has no gold/);
  });

  it('counts the pairs of a split cluster and a mixed one', () => {
    const g = new Map<string, string>();
    const p = new Map<string, string>();
    let id = 0;
    const put = (k: string, c: string, count: number) => {
      for (let i = 0; i < count; i++) {
        g.set(String(id), k);
        p.set(String(id++), c);
      }
    };
    // Gold A (6 docs) split 4 + 2, predicted cluster X also takes 1 doc of gold B (3 docs).
    put('A', 'X', 4);
    put('A', 'Y', 2);
    put('B', 'X', 1);
    put('B', 'Z', 2);
    const s = scoreClustering(g, p);
    // TP = C2(4) + C2(2) + C2(2) = 6 + 1 + 1 = 8; pred pairs C2(5) + C2(2) + C2(2) = 12 → FP 4;
    // gold pairs C2(6) + C2(3) = 18 → FN 10.
    expect(s.pairwise).toMatchObject({ tp: 8, fp: 4, fn: 10 });
    expect(s.goldWhole).toBe(0);
  });
});
