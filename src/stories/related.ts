import { contentTokens } from '../lib/text-tokens.js';
import type { RelatedInput, RelatedOptions } from './types.js';
import { addCounts, documentFrequencies, idf, norm, type SparseVector, tfidfVector } from './vectors.js';

const STORY_TERMS = 60;
const TERM_SHARE = 0.6;
const ACTOR_SHARE = 0.4;
// Below this a pair has too little in common to offer as "explore more".
const MIN_RELATED = 0.12;
// At or above this the texts are near copies: the same event split in two, not a related one.
const SAME_EVENT = 0.6;
// Terms in more stories than this (or a tenth of them) say nothing about relatedness; skipping them
// also keeps the posting lists short.
const COMMON_DF_FLOOR = 20;

/**
 * For each story, the keys of up to `max` (default 4) related stories, most related first:
 * stories sharing topic words and actors (IDF-weighted, so "United States" counts for little)
 * without being near copies of the same event.
 */
export function relatedStories(
  stories: readonly RelatedInput[],
  opts: RelatedOptions = {},
): Map<number, number[]> {
  const max = opts.max ?? 4;
  const n = stories.length;
  const counts = stories.map((s) => addCounts<string>(new Map(), contentTokens(s.text)));
  const df = documentFrequencies<string>(counts.map((c) => c.keys()));
  const actorLists = stories.map((s) => [...new Set(s.actorIds)]);
  const actorDf = documentFrequencies(actorLists);
  const commonDf = Math.max(COMMON_DF_FLOOR, Math.ceil(n / 10));

  const termVectors = counts.map((c) => tfidfVector<string>(c, df, n, STORY_TERMS));
  // An actor only one story names links it to nothing, yet would dilute the vector of the actors it
  // shares (a story naming ten people of its own besides two countries); such actors are left out.
  const actorVectors = actorLists.map((list) =>
    unitIdfVector(
      list.filter((a) => (actorDf.get(a) ?? 0) >= 2),
      actorDf,
      n,
    ),
  );
  const termIndex = invert(termVectors, (t) => (df.get(t) ?? 0) <= commonDf);
  const actorIndex = invert(actorVectors, () => true);

  // Dense accumulators, reset after each story: far cheaper than a Map per story.
  const termDots = new Float64Array(n);
  const actorDots = new Float64Array(n);
  const seen = new Uint8Array(n);
  const result = new Map<number, number[]>();
  stories.forEach((story, i) => {
    const touched: number[] = [];
    accumulate(termVectors[i]!, termIndex, termDots, seen, touched);
    accumulate(actorVectors[i]!, actorIndex, actorDots, seen, touched);
    const scored: [number, number][] = [];
    for (const j of touched) {
      const termCos = termDots[j]!;
      const score = TERM_SHARE * termCos + ACTOR_SHARE * actorDots[j]!;
      termDots[j] = 0;
      actorDots[j] = 0;
      seen[j] = 0;
      if (j !== i && termCos < SAME_EVENT && score >= MIN_RELATED) scored.push([j, score]);
    }
    const keyOf = (j: number) => stories[j]!.key;
    scored.sort((a, b) => b[1] - a[1] || keyOf(a[0]) - keyOf(b[0]));
    result.set(
      story.key,
      scored.slice(0, max).map(([j]) => keyOf(j)),
    );
  });
  return result;
}

function unitIdfVector(items: readonly string[], df: ReadonlyMap<string, number>, n: number): SparseVector {
  const v: SparseVector = new Map(items.map((a) => [a, idf(df.get(a) ?? 0, n)]));
  const len = norm(v);
  for (const [a, w] of v) v.set(a, w / len);
  return v;
}

/** Term → the stories holding it (parallel arrays of story index and weight). */
type Postings = Map<string, { ids: number[]; weights: number[] }>;

function invert(vectors: readonly SparseVector[], keep: (term: string) => boolean): Postings {
  const index: Postings = new Map();
  vectors.forEach((v, i) => {
    for (const [term, w] of v) {
      if (!keep(term)) continue;
      const list = index.get(term);
      if (list === undefined) index.set(term, { ids: [i], weights: [w] });
      else {
        list.ids.push(i);
        list.weights.push(w);
      }
    }
  });
  return index;
}

function accumulate(
  vector: SparseVector,
  index: Postings,
  dots: Float64Array,
  seen: Uint8Array,
  touched: number[],
): void {
  for (const [term, w] of vector) {
    const list = index.get(term);
    if (list === undefined) continue;
    const { ids, weights } = list;
    for (let k = 0; k < ids.length; k++) {
      const j = ids[k]!;
      dots[j]! += w * weights[k]!;
      if (seen[j] === 0) {
        seen[j] = 1;
        touched.push(j);
      }
    }
  }
}
