/** Sparse term vectors for TF-IDF similarity: term → weight. */
export type SparseVector = Map<string, number>;

/** Count tokens into `into`, each occurrence adding `weight` (titles count more than bodies). */
export function addCounts(into: Map<string, number>, tokens: readonly string[], weight = 1): Map<string, number> {
  for (const t of tokens) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}

/** Document frequency of every term over a set of documents (each a set of its terms). */
export function documentFrequencies(docs: Iterable<Iterable<string>>): Map<string, number> {
  const df = new Map<string, number>();
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
export function tfidfVector(
  counts: ReadonlyMap<string, number>,
  df: ReadonlyMap<string, number>,
  docCount: number,
  topN = Number.POSITIVE_INFINITY,
): SparseVector {
  const weights: [string, number][] = [];
  for (const [term, tf] of counts) {
    if (tf <= 0) continue;
    weights.push([term, (1 + Math.log(tf)) * idf(df.get(term) ?? 0, docCount)]);
  }
  return normalise(new Map(keepTop(weights, topN)));
}

/** The `n` heaviest entries, heaviest first; ties by term so results never depend on Map order. */
export function keepTop(entries: [string, number][], n: number): [string, number][] {
  if (entries.length <= n) return entries;
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return entries.slice(0, n);
}

/** Euclidean length of a vector. */
export function norm(v: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

/** The vector scaled to unit length (an empty vector stays empty). */
export function normalise(v: SparseVector): SparseVector {
  const n = norm(v);
  if (n === 0) return v;
  for (const [t, w] of v) v.set(t, w / n);
  return v;
}

/** Dot product, iterating the smaller vector. */
export function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

/** Cosine similarity of two vectors of any length (0 when either is empty). */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const na = norm(a);
  const nb = norm(b);
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}
