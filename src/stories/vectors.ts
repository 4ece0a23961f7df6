/** Sparse vector: term (a word, or a word's interned number) → weight. */
export type SparseVector<K extends string | number = string> = Map<K, number>;

/** Count tokens into `into`, each occurrence adding `weight` (titles count more than bodies). */
export function addCounts<K extends string | number>(
  into: Map<K, number>,
  tokens: readonly K[],
  weight = 1,
): Map<K, number> {
  for (const t of tokens) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}

/** Document frequency of every term over a set of documents (each a set of its terms). */
export function documentFrequencies<K extends string | number>(docs: Iterable<Iterable<K>>): Map<K, number> {
  const df = new Map<K, number>();
  for (const doc of docs) for (const t of doc) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/**
 * Smoothed inverse document frequency. The "+1" keeps terms shared by every document above zero,
 * so three reprints of one wire story still have something in common when they are the whole set.
 */
export function idf(df: number, docCount: number): number {
  return Math.log((docCount + 1) / (df + 1)) + 1;
}

/** Unit-length TF-IDF vector (sublinear tf), keeping only the `topN` heaviest terms. */
export function tfidfVector<K extends string | number>(
  counts: ReadonlyMap<K, number>,
  df: ReadonlyMap<K, number>,
  docCount: number,
  topN = Number.POSITIVE_INFINITY,
): SparseVector<K> {
  const weights: [K, number][] = [];
  for (const [term, tf] of counts) {
    if (tf <= 0) continue;
    weights.push([term, (1 + Math.log(tf)) * idf(df.get(term) ?? 0, docCount)]);
  }
  return normalise(new Map(keepTop(weights, topN)));
}

/** The `n` heaviest entries, heaviest first; ties by term so results never depend on Map order. */
export function keepTop<K extends string | number>(entries: [K, number][], n: number): [K, number][] {
  if (entries.length <= n) return entries;
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return entries.slice(0, n);
}

/** Euclidean length of a vector. */
export function norm<K>(v: ReadonlyMap<K, number>): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

/** The vector scaled to unit length (an empty vector stays empty). */
export function normalise<K>(v: Map<K, number>): Map<K, number> {
  const n = norm(v);
  if (n === 0) return v;
  for (const [t, w] of v) v.set(t, w / n);
  return v;
}

/** Dot product, iterating the smaller vector. */
export function dot<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

/** Cosine similarity of two vectors of any length (0 when either is empty). */
export function cosine<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): number {
  const na = norm(a);
  const nb = norm(b);
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}

/** Add `v` into the sum `into`, pruning to the `top` heaviest terms; returns the terms pruned away. */
export function addPruned<K extends string | number>(
  into: Map<K, number>,
  v: ReadonlyMap<K, number>,
  top: number,
): K[] {
  for (const [t, w] of v) into.set(t, (into.get(t) ?? 0) + w);
  // Prune with slack so the sort runs once every few additions.
  if (into.size <= top * 1.5) return [];
  const kept = new Set(keepTop([...into], top).map(([t]) => t));
  const dropped: K[] = [];
  for (const t of into.keys()) {
    if (!kept.has(t)) {
      dropped.push(t);
      into.delete(t);
    }
  }
  return dropped;
}

/** Cosine of a unit vector with a sum whose length is `sumNorm` (known, so not worked out again). */
export function cosWithSum<K>(
  unit: ReadonlyMap<K, number>,
  sum: ReadonlyMap<K, number>,
  sumNorm: number,
): number {
  return sumNorm === 0 ? 0 : dot(unit, sum) / sumNorm;
}

/** The vector divided by `n` (empty when `n` is 0). */
export function scaled<K>(v: ReadonlyMap<K, number>, n: number): Map<K, number> {
  return n === 0 ? new Map() : new Map([...v].map(([t, w]) => [t, w / n]));
}
