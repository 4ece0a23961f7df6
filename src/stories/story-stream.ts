import {
  type ArticleFeatures,
  type ArticleTerms,
  articleTerms,
  TermStats,
  type Vec,
  weighTerms,
} from './article-features.js';
import {
  DEFAULT_MATCH_MODEL,
  type MatchFeatures,
  type MatchModel,
  matchLogit,
  sigmoid,
} from './match-model.js';
import { packVec } from './term-probe.js';
import { twoGroups } from './story-drift.js';
import { addCohesion, COMPARED_MEMBERS, storyFeatures, withMargins } from './story-match.js';
import { addToCentroids, dropVectors, overlapsInTime, type Story } from './stream-story.js';
import { scaled } from './vectors.js';

/** One article as the stream reads it. */
export interface StreamArticle {
  id: number;
  title: string;
  text: string;
  /** Null or missing: undated, placed by text alone. */
  published?: Date | null;
  /** Gazetteer actor ids, when known. */
  actorIds?: readonly string[];
}

/** Knobs of the stream clusterer; the defaults are what the pipeline and the CLI run. */
export interface StreamOptions {
  model?: MatchModel;
  /** An article may join a story only within this many hours of the story's dated articles (default 96). */
  windowHours?: number;
  /** Dates after this are read as this (a clock is not the stories module's to read). */
  now?: Date;
  /** Probability two stories need to be merged into one (default: the model's). */
  mergeThreshold?: number;
  /** IDF of a stream comes from its last one to two epochs of this many articles (default 25,000). */
  epochArticles?: number;
}

/** A story when the stream is finished. */
export interface StreamStory {
  key: number;
  articleIds: number[];
  /** Earliest and latest dated member; null when every member was undated. */
  first: number | null;
  last: number | null;
}

/** What a finished stream found: the stories, and for each merged-away story key the key it now lives in. */
export interface StreamResult {
  stories: StreamStory[];
  redirects: Map<number, number>;
}

/** An article read and ready to place. */
export interface ReadArticle {
  id: number;
  /** Milliseconds, or null when undated. */
  time: number | null;
  features: ArticleFeatures;
}

/** One candidate story for an article, with the model's features and log-odds. */
export interface Candidate {
  key: number;
  features: MatchFeatures;
  logit: number;
}

const HOUR = 3_600_000;
// Stories scored in full per article, chosen by the dot product over rarer terms.
const CANDIDATES = 6;
// Terms in more than this share of the articles (and at least COMMON_FLOOR of them) do not pick candidates.
const COMMON_SHARE = 0.02;
const COMMON_FLOOR = 50;
const SWEEP_EVERY = 64;
// Undated streams close a story after this many articles pass without it growing.
const IDLE_ARTICLES = 20_000;
// Share of an article's sampled shingles found in one story that marks it a reprint of that story.
const REPRINT_SHARE = 0.5;
const SHINGLES_KEPT = 256;
// Log-odds lost per day of gap beyond the first day; a prior, not fitted (the fitting set has no dates).
const TIME_LOGIT_PER_DAY = 0.5;

/**
 * The online story clusterer. Each article is compared with the open stories that share its rarer
 * terms (an inverted index over the stories' centroids, so the cost does not grow with the number of
 * stories), by title, lead, names and its best-matching recent member, combined by a logistic model;
 * it joins the likeliest story when the model says so, else it starts one. A reprint of copy already
 * seen always joins that copy's story. A story that closes is first offered for merging into its
 * closest open story, and split if its members fall in two unrelated halves.
 */
export class StoryStream {
  private readonly stats: TermStats;
  private readonly model: MatchModel;
  private readonly windowMs: number;
  private readonly now: number;
  private readonly mergeThreshold: number;
  private readonly stories: Story[] = [];
  private readonly postings = new Map<number, Map<number, number>>();
  private readonly shingleOwner = new Map<number, number>();
  private readonly redirects = new Map<number, number>();
  // Dot products of one lookup, by story key, and the keys touched (so only those are reset).
  private scratch = new Float64Array(1024);
  private readonly touched: number[] = [];
  private open = new Set<number>();
  private clock: number | null = null;
  private seq = 0;

  constructor(opts: StreamOptions = {}) {
    this.model = opts.model ?? DEFAULT_MATCH_MODEL;
    this.windowMs = (opts.windowHours ?? 96) * HOUR;
    this.now = opts.now?.getTime() ?? Number.POSITIVE_INFINITY;
    this.mergeThreshold = opts.mergeThreshold ?? this.model.mergeThreshold;
    this.stats = new TermStats(opts.epochArticles);
  }

  /** Place one article and return its story's key (stable: a later merge is reported as a redirect). */
  add(article: StreamArticle): number {
    const read = this.read(article);
    return this.place(read, this.choose(read));
  }

  /** Read an article's features, counting its terms (unless primed). */
  read(article: StreamArticle, terms = this.terms(article)): ReadArticle {
    const raw = article.published?.getTime();
    const time = raw === undefined || Number.isNaN(raw) ? null : Math.min(raw, this.now);
    return { id: article.id, time, features: weighTerms(terms, this.stats) };
  }

  /** An article's term counts, for `prime` and `read`. */
  terms(article: StreamArticle): ArticleTerms {
    return articleTerms(article.title, article.text, article.actorIds ?? [], this.stats);
  }

  /**
   * Take IDF from a whole batch known in advance (the pipeline's re-clustering window) instead of
   * from the articles read so far; pass each article's terms back to `read`.
   */
  prime(batch: readonly ArticleTerms[]): void {
    this.stats.prime(batch);
  }

  /** The story an article should join, or null for a new one. */
  choose(read: ReadArticle): number | null {
    const reprint = this.reprintOf(read);
    if (reprint !== null) return reprint;
    let best: Candidate | null = null;
    for (const c of this.candidates(read)) if (best === null || c.logit > best.logit) best = c;
    return best !== null && sigmoid(best.logit) >= this.model.threshold ? best.key : null;
  }

  /** The open stories an article could join, scored. */
  candidates(read: ReadArticle): Candidate[] {
    const f = read.features;
    if (f.empty) return [];
    const keys = this.lookup(f.all, (key) => this.inWindow(this.stories[key]!, read.time));
    const rows = keys.map((key) => ({
      key,
      features: storyFeatures(f, f.title, f.names, [f], this.stories[key]!),
    }));
    withMargins(rows);
    return rows.map(({ key, features }) => ({
      key,
      features,
      logit: matchLogit(this.model, features) - this.timePenalty(this.stories[key]!, read.time),
    }));
  }

  /** Put a read article into story `key` (null: a new story) and return the story's key. */
  place(read: ReadArticle, key: number | null): number {
    this.seq++;
    if (read.time !== null) this.clock = Math.max(this.clock ?? read.time, read.time);
    const story = key === null ? this.newStory() : this.stories[key]!;
    const f = read.features;
    story.articleIds.push(read.id);
    story.members.push({
      id: read.id,
      title: f.title,
      all: f.all,
      names: f.names,
      packed: { title: packVec(f.title), all: packVec(f.all), names: packVec(f.names) },
    });
    addCohesion(story, f.all);
    if (read.time !== null) {
      story.first = Math.min(story.first ?? read.time, read.time);
      story.last = Math.max(story.last ?? read.time, read.time);
    }
    story.lastSeq = this.seq;
    this.repost(story, addToCentroids(story, f), f.all);
    for (const h of f.shingles) {
      if (story.shingles.length >= SHINGLES_KEPT) break;
      if (!this.shingleOwner.has(h)) {
        this.shingleOwner.set(h, story.key);
        story.shingles.push(h);
      }
    }
    // Sweep after placing, so the story just chosen cannot close (or merge away) under the article.
    if (this.seq % SWEEP_EVERY === 0) this.sweep();
    if (this.stats.epochFull) this.stats.endEpoch(this.termsInUse());
    return story.key;
  }

  /** Close every story (merging and splitting as they close) and return what was found. */
  finish(): StreamResult {
    // A merge can leave the older story open again, so close the oldest open story until none is left.
    while (this.open.size > 0) {
      for (const key of [...this.open].sort((a, b) => a - b)) this.close(key);
    }
    const stories = this.stories
      .filter((s) => !this.redirects.has(s.key) && s.articleIds.length > 0)
      .map((s) => ({ key: s.key, articleIds: s.articleIds, first: s.first, last: s.last }));
    return { stories, redirects: new Map([...this.redirects].map(([from]) => [from, this.resolve(from)])) };
  }

  /** How much the stream holds now: what must stay bounded by the window however long it runs. */
  held(): { openStories: number; vocabulary: number; indexedTerms: number; shingles: number } {
    return {
      openStories: this.open.size,
      vocabulary: this.stats.size,
      indexedTerms: this.postings.size,
      shingles: this.shingleOwner.size,
    };
  }

  /** The key a story lives under now, following merges. */
  resolve(key: number): number {
    let k = key;
    for (let next = this.redirects.get(k); next !== undefined; next = this.redirects.get(k)) k = next;
    return k;
  }

  private newStory(): Story {
    const story: Story = {
      key: this.stories.length,
      articleIds: [],
      members: [],
      first: null,
      last: null,
      lastSeq: this.seq,
      title: new Map(),
      body: new Map(),
      all: new Map(),
      names: new Map(),
      norms: { title: 0, body: 0, all: 0, names: 0 },
      shingles: [],
      open: true,
      cohesion: { sum: 0, pairs: 0 },
    };
    this.stories.push(story);
    this.open.add(story.key);
    return story;
  }

  private reprintOf(read: ReadArticle): number | null {
    const shingles = read.features.shingles;
    if (shingles.size === 0) return null;
    const hits = new Map<number, number>();
    for (const h of shingles) {
      const key = this.shingleOwner.get(h);
      if (key !== undefined) hits.set(key, (hits.get(key) ?? 0) + 1);
    }
    let best: number | null = null;
    let bestHits = 0;
    for (const [key, count] of hits) {
      const story = this.stories[key]!;
      if (
        (count > bestHits || (count === bestHits && best !== null && key < best)) &&
        story.open &&
        this.inWindow(story, read.time)
      ) {
        [best, bestHits] = [key, count];
      }
    }
    const needed = Math.max(Math.min(2, shingles.size), shingles.size * REPRINT_SHARE);
    return bestHits >= needed ? best : null;
  }

  /** Open stories sharing rarer terms with `vector`, the CANDIDATES best by dot product. */
  private lookup(vector: Vec, admit: (key: number) => boolean, exclude = -1): number[] {
    const common = Math.max(COMMON_FLOOR, this.stats.docs * COMMON_SHARE);
    if (this.scratch.length < this.stories.length) {
      this.scratch = new Float64Array(Math.max(this.stories.length, this.scratch.length * 2));
    }
    const scratch = this.scratch;
    const touched = this.touched;
    for (const [t, w] of vector) {
      if (this.stats.frequency(t) > common) continue;
      const list = this.postings.get(t);
      if (list === undefined) continue;
      for (const [key, cw] of list) {
        if (scratch[key] === 0) touched.push(key);
        scratch[key] = scratch[key]! + w * cw;
      }
    }
    // The CANDIDATES best admitted, best first (ties to the older story), kept by insertion.
    const keys: number[] = [];
    const scores: number[] = [];
    for (const key of touched) {
      const d = scratch[key]!;
      scratch[key] = 0;
      if (key === exclude) continue;
      const score = d / (this.stories[key]!.norms.all || 1);
      const n = keys.length;
      if (n === CANDIDATES && !better(score, key, scores[n - 1]!, keys[n - 1]!)) continue;
      if (!admit(key)) continue;
      // A full list loses its last entry; a shorter one grows by one.
      let at = Math.min(n, CANDIDATES - 1);
      while (at > 0 && better(score, key, scores[at - 1]!, keys[at - 1]!)) {
        keys[at] = keys[at - 1]!;
        scores[at] = scores[at - 1]!;
        at--;
      }
      keys[at] = key;
      scores[at] = score;
    }
    touched.length = 0;
    return keys;
  }

  private inWindow(story: Story, time: number | null): boolean {
    if (!story.open) return false;
    if (time === null || story.first === null || story.last === null) return true;
    return time >= story.first - this.windowMs && time <= story.last + this.windowMs;
  }

  private timePenalty(story: Story, time: number | null): number {
    if (time === null || story.first === null || story.last === null) return 0;
    const gap = time < story.first ? story.first - time : time > story.last ? time - story.last : 0;
    return (TIME_LOGIT_PER_DAY * Math.max(0, gap - 24 * HOUR)) / (24 * HOUR);
  }

  /** Whether a term id is held by an open story (its centroids or members), so it must not be reused. */
  private termsInUse(): (id: number) => boolean {
    const held = new Set<number>();
    const hold = (v: Vec) => {
      for (const t of v.keys()) held.add(t);
    };
    for (const key of this.open) {
      const s = this.stories[key]!;
      for (const v of [s.title, s.body, s.all, s.names]) hold(v);
      for (const m of s.members) for (const v of [m.title, m.all, m.names]) hold(v);
    }
    return (id) => held.has(id);
  }

  /** Close stories that can no longer grow: past the window, or idle for many articles. */
  private sweep(): void {
    const cutoff = this.clock === null ? null : this.clock - this.windowMs;
    const expired: number[] = [];
    for (const key of this.open) {
      const s = this.stories[key]!;
      if ((cutoff !== null && s.last !== null && s.last < cutoff) || this.seq - s.lastSeq > IDLE_ARTICLES) {
        expired.push(key);
      }
    }
    for (const key of expired.sort((a, b) => a - b)) this.close(key);
  }

  /** Offer a closing story for a merge, split it if it drifted, and take it out of the index. */
  private close(key: number): void {
    const story = this.stories[key]!;
    if (!story.open) return;
    const into = this.mergeTarget(story);
    if (into !== null) {
      // The older story keeps its key, so a story's id never changes because a newer one joined it;
      // it stays open (its window now reaches as far as the newer one's).
      const other = this.stories[into]!;
      const [older, newer] = story.key < other.key ? [story, other] : [other, story];
      this.merge(newer, older);
      return;
    }
    this.unindex(story);
    this.splitIfDrifted(story);
  }

  private mergeTarget(story: Story): number | null {
    if (story.articleIds.length === 0) return null;
    const title = scaled(story.title, story.norms.title);
    const names = scaled(story.names, story.norms.names);
    const pseudo = {
      title,
      body: scaled(story.body, story.norms.body),
      all: scaled(story.all, story.norms.all),
      names,
    };
    const members = story.members.slice(-COMPARED_MEMBERS);
    const admit = (k: number) => {
      const other = this.stories[k]!;
      return other.open && overlapsInTime(story, other, this.windowMs);
    };
    const rows = this.lookup(pseudo.all, admit, story.key).map((key) => ({
      key,
      features: storyFeatures(pseudo, title, names, members, this.stories[key]!),
    }));
    withMargins(rows);
    let best: number | null = null;
    let bestLogit = Number.NEGATIVE_INFINITY;
    for (const { key, features } of rows) {
      const logit = matchLogit(this.model, features);
      if (logit > bestLogit) [best, bestLogit] = [key, logit];
    }
    return best !== null && sigmoid(bestLogit) >= this.mergeThreshold ? best : null;
  }

  /** Fold `from` into `into`; `from`'s key redirects to `into`'s. */
  private merge(from: Story, into: Story): void {
    this.unindex(from);
    for (const [i, id] of from.articleIds.entries()) {
      const m = from.members[i]!;
      into.articleIds.push(id);
      into.members.push(m);
    }
    if (from.first !== null) into.first = Math.min(into.first ?? from.first, from.first);
    if (from.last !== null) into.last = Math.max(into.last ?? from.last, from.last);
    this.repost(into, addToCentroids(into, from), from.all);
    into.lastSeq = Math.max(into.lastSeq, from.lastSeq);
    into.cohesion.sum += from.cohesion.sum;
    into.cohesion.pairs += from.cohesion.pairs;
    from.articleIds = [];
    from.members = [];
    this.redirects.set(from.key, into.key);
  }

  /** Bring the index up to date after `added` was summed into the story's centroid and `dropped` pruned from it. */
  private repost(story: Story, dropped: readonly number[], added: Vec): void {
    for (const t of dropped) {
      const list = this.postings.get(t);
      if (list === undefined) continue;
      list.delete(story.key);
      if (list.size === 0) this.postings.delete(t);
    }
    // Only the added terms changed weight; the rest of the centroid is indexed as it was.
    for (const t of added.keys()) {
      const w = story.all.get(t);
      if (w === undefined) continue;
      let list = this.postings.get(t);
      if (list === undefined) {
        list = new Map();
        this.postings.set(t, list);
      }
      list.set(story.key, w);
    }
  }

  private unindex(story: Story): void {
    story.open = false;
    this.open.delete(story.key);
    for (const t of story.all.keys()) {
      const list = this.postings.get(t);
      if (list === undefined) continue;
      list.delete(story.key);
      if (list.size === 0) this.postings.delete(t);
    }
    for (const h of story.shingles) if (this.shingleOwner.get(h) === story.key) this.shingleOwner.delete(h);
    story.shingles = [];
  }

  /**
   * A story that drifted holds two events: seed two groups with the members least alike, put each
   * member with the seed it is closer to, and split off the group without the first member when
   * the two groups have almost nothing in common. The first member's group keeps the key.
   */
  private splitIfDrifted(story: Story): void {
    const members = story.members;
    const groups = twoGroups(members);
    if (groups !== null) {
      const [stay, leave] = groups;
      const split = this.newStory();
      split.open = false;
      this.open.delete(split.key);
      dropVectors(split);
      const leaving = new Set(leave.map((i) => members[i]!.id));
      story.articleIds = story.articleIds.filter((id) => !leaving.has(id));
      story.members = stay.map((i) => members[i]!);
      split.articleIds = leave.map((i) => members[i]!.id);
      // Times stay those of the whole story: member times are not kept.
      split.first = story.first;
      split.last = story.last;
    }
    story.members = [];
    dropVectors(story);
  }
}

/** Ranks candidate a above b: higher score, ties to the lower key. */
function better(scoreA: number, keyA: number, scoreB: number, keyB: number): boolean {
  return scoreA > scoreB || (scoreA === scoreB && keyA < keyB);
}
