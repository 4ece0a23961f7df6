/**
 * The clusterer as it was before issue 13 (TF-IDF centroid cosine, threshold 0.27 chosen on AllSides),
 * kept unchanged so every benchmark run measures "before" and its speed in the same run.
 */
import { contentTokensOf, wordTokens } from '../../src/lib/text-tokens.js';
import { shingleSample } from '../../src/stories/shingles.js';
import type { Cluster, ClusterInput, ClusterOptions } from '../../src/stories/types.js';
import {
  addCounts,
  dot,
  idf,
  keepTop,
  norm,
  type SparseVector,
  tfidfVector,
} from '../../src/stories/vectors.js';

/** Defaults of the clusterer; the threshold was chosen on the AllSides gold set (see README.md here). */
const CLUSTER_DEFAULTS = { threshold: 0.27, windowHours: 96 } as const;

const TITLE_WEIGHT = 3;
// News puts the event first; the lead is enough to place an article and bounds the cost of long pages.
const LEAD_CHARS = 1500;
const ARTICLE_TERMS = 80;
const CENTROID_TERMS = 100;
// Shared actors can lift a borderline match over the threshold, never carry one alone.
const ACTOR_WEIGHT = 0.1;
// An article at the far edge of the window needs this much more similarity (linear in between).
const TIME_DECAY_AT_EDGE = 0.25;
// Share of an article's sampled shingles found in one story that marks it as a reprint.
const REPRINT_SHARE = 0.5;
const PURGE_EVERY = 64;
// Terms in more documents than this (or 2% of the input, if larger) only count when rescoring:
// their posting lists span most open stories and their low IDF rarely decides a match.
const COMMON_DF_FLOOR = 50;
const RESCORED = 8;

type Vector = SparseVector<number>;

interface OpenStory {
  articleIds: number[];
  first: number;
  last: number;
  /** Sum of member vectors, pruned to the heaviest terms. */
  centroid: Vector;
  centroidNorm: number;
  actors: Map<string, number>;
  actorNorm: number;
  open: boolean;
}

interface Prepared {
  input: ClusterInput;
  time: number;
  counts: Map<number, number>;
  actors: string[];
  /** Sampled shingles of title and lead, for reprint detection. */
  shingles: Set<number>;
}

/** The online clusterer's running state. */
interface State {
  stories: OpenStory[];
  /** Term id → (story index → that story's centroid weight), for stories still open. */
  postings: (Map<number, number> | undefined)[];
  df: number[];
  commonDf: number;
  /** Dot-product accumulator per story, all zeros between articles. */
  scratch: number[];
  windowMs: number;
  threshold: number;
}

/**
 * Group articles into stories: one pass in time order, each article joining the most similar
 * open story (TF-IDF cosine to the story centroid, plus shared actors, less a time decay) or
 * starting a new one. Reprints of the same copy always join the story of the original.
 */
export function baselineClusters(articles: readonly ClusterInput[], opts: ClusterOptions = {}): Cluster[] {
  // Term ids are handed out in time order, so ties between equal weights (broken by id) never
  // depend on the order the caller listed the articles in.
  const vocabulary = new Map<string, number>();
  const prepared = [...articles]
    .sort((a, b) => timeOf(a) - timeOf(b) || a.id - b.id)
    .map((a) => prepare(a, vocabulary));
  const n = prepared.length;
  const df = new Array<number>(vocabulary.size).fill(0);
  const actorDf = new Map<string, number>();
  for (const p of prepared) {
    for (const t of p.counts.keys()) df[t]!++;
    for (const a of p.actors) actorDf.set(a, (actorDf.get(a) ?? 0) + 1);
  }
  const dfMap = new Map(df.map((d, t) => [t, d]));
  const state: State = {
    stories: [],
    postings: [],
    df,
    commonDf: Math.max(COMMON_DF_FLOOR, Math.ceil(n * 0.02)),
    scratch: [],
    windowMs: (opts.windowHours ?? CLUSTER_DEFAULTS.windowHours) * 3_600_000,
    threshold: opts.threshold ?? CLUSTER_DEFAULTS.threshold,
  };
  const shingleOwner = new Map<number, number>();
  let open: number[] = [];

  prepared.forEach((p, i) => {
    if (i % PURGE_EVERY === 0) open = closeExpired(open, state, p.time - state.windowMs);
    const vector = tfidfVector(p.counts, dfMap, n, ARTICLE_TERMS);
    const actorVector = actorWeights(p.actors, actorDf, n);
    const inWindow = (s: number) => {
      const story = state.stories[s];
      return story?.open === true && p.time - story.last <= state.windowMs;
    };
    let target =
      reprintOf(p.shingles, shingleOwner, inWindow) ??
      bestMatch(vector, actorVector, p.time, state, inWindow);
    if (target === undefined) {
      target = state.stories.length;
      state.stories.push(newStory(p.time));
      state.scratch.push(0);
      open.push(target);
    }
    join(state, target, p, vector, actorVector);
    for (const h of p.shingles) shingleOwner.set(h, target);
  });

  return state.stories
    .map((s) => ({
      articleIds: s.articleIds,
      firstPublished: new Date(s.first),
      lastPublished: new Date(s.last),
    }))
    .sort(
      (a, b) =>
        a.firstPublished.getTime() - b.firstPublished.getTime() || a.articleIds[0]! - b.articleIds[0]!,
    );
}

function timeOf(input: ClusterInput): number {
  const time = input.published.getTime();
  return Number.isNaN(time) ? 0 : time;
}

function prepare(input: ClusterInput, vocabulary: Map<string, number>): Prepared {
  const lead = input.text.length > LEAD_CHARS ? input.text.slice(0, LEAD_CHARS) : input.text;
  const titleWords = wordTokens(input.title);
  const leadWords = wordTokens(lead);
  const counts = addCounts(new Map(), intern(contentTokensOf(titleWords), vocabulary), TITLE_WEIGHT);
  addCounts(counts, intern(contentTokensOf(leadWords), vocabulary));
  return {
    input,
    time: timeOf(input),
    counts,
    actors: [...new Set(input.actorIds)],
    shingles: shingleSample(titleWords.concat(leadWords)),
  };
}

function intern(tokens: string[], vocabulary: Map<string, number>): number[] {
  return tokens.map((t) => {
    let id = vocabulary.get(t);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(t, id);
    }
    return id;
  });
}

function actorWeights(actors: readonly string[], df: ReadonlyMap<string, number>, n: number): SparseVector {
  const v: SparseVector = new Map();
  for (const a of actors) v.set(a, idf(df.get(a) ?? 0, n));
  const len = norm(v);
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
  vector: Vector,
  actorVector: SparseVector,
  time: number,
  state: State,
  inWindow: (s: number) => boolean,
): number | undefined {
  const { stories, postings, scratch } = state;
  const touched: number[] = [];
  const common: [number, number][] = [];
  for (const [term, w] of vector) {
    const list = postings[term];
    if (list === undefined || list.size === 0) continue;
    if (state.df[term]! > state.commonDf) {
      common.push([term, w]);
      continue;
    }
    for (const [s, cw] of list) {
      if (scratch[s] === 0) touched.push(s);
      scratch[s]! += w * cw;
    }
  }
  const candidates: Candidate[] = [];
  for (const s of touched) {
    const d = scratch[s]!;
    scratch[s] = 0;
    const partial = d / stories[s]!.centroidNorm;
    if (common.length === 0) {
      if (inWindow(s)) candidates.push({ story: s, dot: d, partial });
    } else keepBest(candidates, s, d, partial, inWindow);
  }
  // The rarer terms only chose the leaders; add the common terms' share to their scores.
  for (const c of candidates) {
    const centroid = stories[c.story]!.centroid;
    for (const [term, w] of common) c.dot += w * (centroid.get(term) ?? 0);
  }

  let best: number | undefined;
  let bestScore = state.threshold;
  for (const { story: s, dot: d } of candidates) {
    const story = stories[s]!;
    let score = d / story.centroidNorm;
    if (actorVector.size > 0 && story.actorNorm > 0) {
      score += (ACTOR_WEIGHT * dot(actorVector, story.actors)) / story.actorNorm;
    }
    score *= 1 - (TIME_DECAY_AT_EDGE * (time - story.last)) / state.windowMs;
    // Equal scores go to the older story so the outcome never depends on iteration order.
    if (score > bestScore || (score === bestScore && (best === undefined || s < best))) {
      [best, bestScore] = [s, score];
    }
  }
  return best;
}

interface Candidate {
  story: number;
  dot: number;
  /** Cosine over the rarer terms only, used to pick which stories to score in full. */
  partial: number;
}

/** Keep the RESCORED best stories by partial score (ties to the older story), best first. */
function keepBest(
  top: Candidate[],
  story: number,
  dot: number,
  partial: number,
  inWindow: (s: number) => boolean,
): void {
  let i = top.length;
  while (i > 0) {
    const prev = top[i - 1]!;
    if (prev.partial > partial || (prev.partial === partial && prev.story < story)) break;
    i--;
  }
  // The window test is the dearer one, so it runs only for stories that would make the cut.
  if (i >= RESCORED || !inWindow(story)) return;
  top.splice(i, 0, { story, dot, partial });
  if (top.length > RESCORED) top.pop();
}

function join(state: State, index: number, p: Prepared, vector: Vector, actorVector: SparseVector): void {
  const story = state.stories[index]!;
  story.articleIds.push(p.input.id);
  story.last = Math.max(story.last, p.time);
  for (const [term, w] of vector) {
    const weight = (story.centroid.get(term) ?? 0) + w;
    story.centroid.set(term, weight);
    let list = state.postings[term];
    if (list === undefined) {
      list = new Map();
      state.postings[term] = list;
    }
    list.set(index, weight);
  }
  // Prune with slack so the sort runs once every few joins, not on every one.
  if (story.centroid.size > CENTROID_TERMS * 1.5) {
    const kept = new Map(keepTop([...story.centroid], CENTROID_TERMS));
    for (const term of story.centroid.keys()) if (!kept.has(term)) state.postings[term]?.delete(index);
    story.centroid = kept;
  }
  story.centroidNorm = norm(story.centroid);
  for (const [a, w] of actorVector) story.actors.set(a, (story.actors.get(a) ?? 0) + w);
  story.actorNorm = norm(story.actors);
}

/** Take stories whose latest article is older than `cutoff` out of the index; they can no longer grow. */
function closeExpired(open: number[], state: State, cutoff: number): number[] {
  const still: number[] = [];
  for (const s of open) {
    const story = state.stories[s]!;
    if (story.last >= cutoff) {
      still.push(s);
      continue;
    }
    story.open = false;
    for (const term of story.centroid.keys()) state.postings[term]?.delete(s);
  }
  return still;
}
