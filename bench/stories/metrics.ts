/**
 * Clustering scores as /work/shared/data/news-clustering/README.md defines them: pairwise
 * precision/recall/F1 over unordered document pairs (what Miranda et al.'s eval.py computes) and
 * BCubed (Bagga & Baldwin), both from the contingency counts n[k][c].
 */

/** Precision, recall and their harmonic mean. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** Every score the benchmark prints for one run. */
export interface ClusteringScores {
  documents: number;
  goldClusters: number;
  predictedClusters: number;
  pairwise: PRF & { tp: number; fp: number; fn: number };
  bcubed: PRF;
  /** Gold clusters whose documents all sit in one predicted cluster. */
  goldWhole: number;
}

const c2 = (x: number) => (x * (x - 1)) / 2;
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Score a predicted assignment against gold. Both map document id → cluster label; gold documents
 * the prediction lacks are dropped first (the README's `-f`), and a predicted document with no
 * gold label is an error, since the two sets must then be the same.
 */
export function scoreClustering(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): ClusteringScores {
  const cell = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  for (const [doc, c] of predicted) {
    const k = gold.get(doc);
    if (k === undefined) throw new Error(`document ${doc} has no gold cluster`);
    // A separator no label contains keeps (k, c) pairs distinct.
    const key = `${k}\u0000${c}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
    goldSize.set(k, (goldSize.get(k) ?? 0) + 1);
    predSize.set(c, (predSize.get(c) ?? 0) + 1);
  }
  const n = predicted.size;
  let tp = 0;
  let bcP = 0;
  let bcR = 0;
  const goldParts = new Map<string, number>();
  for (const [key, count] of cell) {
    const [k, c] = key.split('\u0000') as [string, string];
    tp += c2(count);
    bcP += (count * count) / predSize.get(c)!;
    bcR += (count * count) / goldSize.get(k)!;
    goldParts.set(k, (goldParts.get(k) ?? 0) + 1);
  }
  let predPairs = 0;
  for (const b of predSize.values()) predPairs += c2(b);
  let goldPairs = 0;
  for (const a of goldSize.values()) goldPairs += c2(a);
  const fp = predPairs - tp;
  const fn = goldPairs - tp;
  const pP = ratio(tp, tp + fp);
  const pR = ratio(tp, tp + fn);
  const bP = ratio(bcP, n);
  const bR = ratio(bcR, n);
  return {
    documents: n,
    goldClusters: goldSize.size,
    predictedClusters: predSize.size,
    pairwise: { precision: pP, recall: pR, f1: harmonic(pP, pR), tp, fp, fn },
    bcubed: { precision: bP, recall: bR, f1: harmonic(bP, bR) },
    goldWhole: [...goldParts.values()].filter((parts) => parts === 1).length,
  };
}
