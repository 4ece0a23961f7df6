import { contentTokens } from '../lib/text-tokens.js';
import { shingleSample } from './shingles.js';
import type { Cluster, ClusterInput, ClusterOptions } from './types.js';
import { addCounts, documentFrequencies, dot, idf, keepTop, norm, type SparseVector, tfidfVector } from './vectors.js';

/** Defaults of the clusterer; the threshold was chosen on the AllSides gold set (see README in docs). */
export const CLUSTER_DEFAULTS = { threshold: 0.3, windowHours: 96 } as const;

const TITLE_WEIGHT = 3;
const ARTICLE_TERMS = 120;
const CENTROID_TERMS = 100;
// Shared actors can lift a borderline match over the threshold, never carry one alone.
const ACTOR_WEIGHT = 0.1;
// An article at the far edge of the window needs this much more similarity (linear in between).
const TIME_DECAY_AT_EDGE = 0.25;
// Share of an article's sampled shingles found in one story that marks it as a reprint.
const REPRINT_SHARE = 0.5;
const PURGE_EVERY = 64;
// Terms in more documents than this (or 2% of the input, if larger) only count when rescoring.
const COMMON_DF_FLOOR = 50;
const RESCORED = 8;

interface MatchContext {
  stories: readonly OpenStory[];
  postings: ReadonlyMap<string, Set<number>>;
  df: ReadonlyMap<string, number>;
  commonDf: number;
  windowMs: number;
  threshold: number;
}

interface OpenStory {
  articleIds: number[];
  first: number;
  last: number;
  /** Sum of member vectors, pruned to the heaviest terms. */
  centroid: SparseVector;
  centroidNorm: number;
  actors: Map<string, number>;
  actorNorm: number;
  open: boolean;
}

interface Prepared {
  input: ClusterInput;
  time: number;
  counts: Map<string, number>;
  actors: string[];
}

/**
 * Group articles into stories: one pass in time order, each article joining the most similar
 * open story (TF-IDF cosine to the story centroid, plus shared actors, less a time decay) or
 * starting a new one. Reprints of the same copy always join the story of the original.
 */
export function clusterArticles(articles: readonly ClusterInput[], opts: ClusterOptions = {}): Cluster[] {
  const threshold = opts.threshold ?? CLUSTER_DEFAULTS.threshold;
  const windowMs = (opts.windowHours ?? CLUSTER_DEFAULTS.windowHours) * 3_600_000;
  const prepared = articles.map(prepare).sort((a, b) => a.time - b.time || a.input.id - b.input.id);
  const n = prepared.length;
  const df = documentFrequencies(prepared.map((p) => p.counts.keys()));
  const actorDf = documentFrequencies(prepared.map((p) => p.actors));

  const stories: OpenStory[] = [];
  const postings = new Map<string, Set<number>>();
  const shingleOwner = new Map<number, number>();
  let open: number[] = [];
  const commonDf = Math.max(COMMON_DF_FLOOR, Math.ceil(n * 0.02));
  const ctx: MatchContext = { stories, postings, df, commonDf, windowMs, threshold };

  prepared.forEach((p, i) => {
    if (i % PURGE_EVERY === 0) open = closeExpired(open, stories, postings, p.time - windowMs);
    const vector = tfidfVector(p.counts, df, n, ARTICLE_TERMS);
    const actorVector = actorWeights(p.actors, actorDf, n);
    const shingles = shingleSample(`${p.input.title} ${p.input.text}`);

    const inWindow = (s: number) => stories[s]?.open === true && p.time - stories[s].last <= windowMs;
    let target = reprintOf(shingles, shingleOwner, inWindow);
    if (target === undefined) {
      target = bestMatch(vector, actorVector, p.time, ctx, inWindow);
    }
    if (target === undefined) {
      target = stories.length;
      stories.push(newStory(p.time));
      open.push(target);
    }
    join(stories[target]!, target, p, vector, actorVector, postings);
    for (const h of shingles) shingleOwner.set(h, target);
  });

  return stories
    .map((s) => ({ articleIds: s.articleIds, firstPublished: new Date(s.first), lastPublished: new Date(s.last) }))
    .sort((a, b) => a.firstPublished.getTime() - b.firstPublished.getTime() || a.articleIds[0]! - b.articleIds[0]!);
}

function prepare(input: ClusterInput): Prepared {
  const time = input.published.getTime();
  const counts = addCounts(new Map(), contentTokens(input.title), TITLE_WEIGHT);
  addCounts(counts, contentTokens(input.text));
  return { input, time: Number.isNaN(time) ? 0 : time, counts, actors: [...new Set(input.actorIds)] };
}

function actorWeights(actors: readonly string[], df: ReadonlyMap<string, number>, n: number): SparseVector {
  const v: SparseVector = new Map();
  let sum = 0;
  for (const a of actors) {
    const w = idf(df.get(a) ?? 0, n);
    v.set(a, w);
    sum += w * w;
  }
  const len = Math.sqrt(sum);
  for (const [a, w] of v) v.set(a, w / len);
  return v;
}

function newStory(time: number): OpenStory {
  return {
    articleIds: [],
    first: time,
    last: time,
    centroid: new Map(),
    centroidNorm: 0,
    actors: new Map(),
    actorNorm: 0,
    open: true,
  };
}

function reprintOf(
  shingles: ReadonlySet<number>,
  owner: ReadonlyMap<number, number>,
  inWindow: (s: number) => boolean,
): number | undefined {
  if (shingles.size === 0) return undefined;
  const hits = new Map<number, number>();
  for (const h of shingles) {
    const s = owner.get(h);
    if (s !== undefined) hits.set(s, (hits.get(s) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestHits = 0;
  for (const [s, count] of hits) {
    if (count > bestHits && inWindow(s)) [best, bestHits] = [s, count];
  }
  const needed = Math.max(Math.min(2, shingles.size), shingles.size * REPRINT_SHARE);
  return bestHits >= needed ? best : undefined;
}

function bestMatch(
  vector: SparseVector,
  actorVector: SparseVector,
  time: number,
  ctx: MatchContext,
  inWindow: (s: number) => boolean,
): number | undefined {
  const { stories, postings } = ctx;
  // Partial dot products over the rarer terms only: a common term's posting list spans most open
  // stories, and its low IDF weight rarely decides the match. The leaders are then rescored in full.
  const partial = new Map<number, number>();
  let skipped = false;
  for (const [term, w] of vector) {
    const list = postings.get(term);
    if (list === undefined) continue;
    if ((ctx.df.get(term) ?? 0) > ctx.commonDf) {
      skipped = true;
      continue;
    }
    for (const s of list) partial.set(s, (partial.get(s) ?? 0) + w * stories[s]!.centroid.get(term)!);
  }
  let candidates = [...partial].filter(([s]) => inWindow(s));
  if (skipped) {
    candidates = candidates
      .map(([s, d]): [number, number] => [s, d / stories[s]!.centroidNorm])
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, RESCORED)
      .map(([s]): [number, number] => [s, dot(vector, stories[s]!.centroid)]);
  }
  let best: number | undefined;
  let bestScore = ctx.threshold;
  for (const [s, d] of candidates) {
    const story = stories[s]!;
    let score = d / story.centroidNorm;
    if (actorVector.size > 0 && story.actorNorm > 0) {
      score += (ACTOR_WEIGHT * dot(actorVector, story.actors)) / story.actorNorm;
    }
    score *= 1 - (TIME_DECAY_AT_EDGE * (time - story.last)) / ctx.windowMs;
    // Equal scores go to the older story so the outcome never depends on Map order.
    if (score > bestScore || (score === bestScore && (best === undefined || s < best))) {
      [best, bestScore] = [s, score];
    }
  }
  return best;
}

function join(
  story: OpenStory,
  index: number,
  p: Prepared,
  vector: SparseVector,
  actorVector: SparseVector,
  postings: Map<string, Set<number>>,
): void {
  story.articleIds.push(p.input.id);
  story.last = Math.max(story.last, p.time);
  for (const [term, w] of vector) {
    const had = story.centroid.get(term);
    story.centroid.set(term, (had ?? 0) + w);
    if (had === undefined) addPosting(postings, term, index);
  }
  // Prune with slack so the sort runs once every few joins, not on every one.
  if (story.centroid.size > CENTROID_TERMS * 1.5) {
    const kept = new Map(keepTop([...story.centroid], CENTROID_TERMS));
    for (const term of story.centroid.keys()) if (!kept.has(term)) postings.get(term)?.delete(index);
    story.centroid = kept;
  }
  story.centroidNorm = norm(story.centroid);
  for (const [a, w] of actorVector) story.actors.set(a, (story.actors.get(a) ?? 0) + w);
  story.actorNorm = norm(story.actors);
}

function addPosting(postings: Map<string, Set<number>>, term: string, index: number): void {
  const list = postings.get(term);
  if (list === undefined) postings.set(term, new Set([index]));
  else list.add(index);
}

/** Take stories whose latest article is older than `cutoff` out of the index; they can no longer grow. */
function closeExpired(
  open: number[],
  stories: OpenStory[],
  postings: Map<string, Set<number>>,
  cutoff: number,
): number[] {
  const still: number[] = [];
  for (const s of open) {
    const story = stories[s]!;
    if (story.last >= cutoff) {
      still.push(s);
      continue;
    }
    story.open = false;
    for (const term of story.centroid.keys()) postings.get(term)?.delete(s);
  }
  return still;
}
