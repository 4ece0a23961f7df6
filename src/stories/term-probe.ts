import type { SparseVector } from './vectors.js';

/**
 * A vector's terms and weights in two parallel arrays: read in one pass, no hashing. Plain arrays,
 * not typed ones: every article packs three, and small typed arrays cost the collector far more.
 */
export interface PackedVec {
  ids: number[];
  weights: number[];
}

/** Pack a term-id vector (once, when an article is read), keeping its order. */
export function packVec(v: SparseVector<number>): PackedVec {
  const ids: number[] = [];
  const weights: number[] = [];
  for (const [t, w] of v) {
    ids.push(t);
    weights.push(w);
  }
  return { ids, weights };
}

/**
 * One vector spread over a dense array indexed by term id. Dotting it with many others (an article
 * against each candidate's recent members) then costs one array read per term of the other
 * vector instead of a hash lookup. Loading the same vector again is free, so callers may load on
 * every use; a loaded vector must not change while it is loaded.
 */
export class TermProbe {
  private values = new Float64Array(1024);
  private ids = new Int32Array(0);
  private count = 0;
  private loaded: SparseVector<number> | null = null;

  /** Spread `v` over the array (a no-op when `v` is the vector loaded last). */
  load(v: SparseVector<number>): void {
    if (this.loaded === v) return;
    this.clear();
    if (this.ids.length < v.size) this.ids = new Int32Array(Math.max(v.size, this.ids.length * 2));
    let n = 0;
    for (const [t, w] of v) {
      if (t >= this.values.length) this.grow(t);
      this.values[t] = w;
      this.ids[n++] = t;
    }
    this.count = n;
    this.loaded = v;
  }

  /** Dot product of the loaded vector with a packed one. */
  dotPacked(v: PackedVec): number {
    const values = this.values;
    const len = values.length;
    const { ids, weights } = v;
    let sum = 0;
    for (let i = 0; i < ids.length; i++) {
      const t = ids[i]!;
      if (t < len) sum += weights[i]! * values[t]!;
    }
    return sum;
  }

  /** Forget the loaded vector (zero only the cells it set). */
  clear(): void {
    for (let i = 0; i < this.count; i++) this.values[this.ids[i]!] = 0;
    this.count = 0;
    this.loaded = null;
  }

  private grow(t: number): void {
    let size = this.values.length * 2;
    while (size <= t) size *= 2;
    const next = new Float64Array(size);
    next.set(this.values);
    this.values = next;
  }
}
