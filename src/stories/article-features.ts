import { contentTokensOf, wordTokens } from '../lib/text-tokens.js';
import { capitalisedNames } from './names.js';
import { shingleSample } from './shingles.js';
import { idf, keepTop, type SparseVector } from './vectors.js';

/** A term-id vector; ids come from one clusterer's vocabulary. */
export type Vec = SparseVector<number>;

// News puts the event first; the lead places an article and bounds the cost of long pages.
const LEAD_CHARS = 1500;
const BODY_TERMS = 80;
const NAME_TERMS = 30;
// In the combined vector the title counts as much as this many lead words per title word.
const TITLE_WEIGHT = 2;

/** What the clusterer compares: separate unit TF-IDF vectors per field, and reprint shingles. */
export interface ArticleFeatures {
  title: Vec;
  body: Vec;
  /** Title and lead together: the vector stories are indexed and members compared by. */
  all: Vec;
  /** Capitalised names from title and lead, and the article's actors. */
  names: Vec;
  shingles: Set<number>;
  /** True when nothing in the article can be compared (no words at all). */
  empty: boolean;
}

// A stream's IDF comes from its last one to two epochs of this many articles: enough to know which
// words are common, and the vocabulary stays bounded however long the stream runs.
const EPOCH_ARTICLES = 25_000;

/**
 * Running term statistics of one stream: the vocabulary and each term's document frequency so
 * far. IDF is read as articles arrive (as a stream clusterer must), never from the future. The
 * counts cover the current epoch and the one before it; when an epoch ends the older one is
 * forgotten, and terms no longer counted nor in use give their ids back for new terms.
 */
export class TermStats {
  private readonly ids = new Map<string, number>();
  private readonly terms: (string | null)[] = [];
  // df: both epochs; recent: the current epoch only.
  private df: number[] = [];
  private recent: number[] = [];
  private readonly free: number[] = [];
  /** Articles counted in the epochs IDF is read from. */
  docs = 0;
  private recentDocs = 0;
  private frozen = false;

  /** `epochArticles`: how many articles an epoch holds (IDF comes from the last one to two epochs). */
  constructor(private readonly epochArticles = EPOCH_ARTICLES) {}

  /** Count a whole batch up front and stop counting: IDF then comes from the batch, not the arrivals so far. */
  prime(batch: Iterable<ArticleTerms>): void {
    for (const terms of batch) this.count(terms.distinct);
    this.frozen = true;
  }

  /** The id of a term, new terms getting a free id or the next one. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.free.pop() ?? this.df.length;
      this.ids.set(term, id);
      this.terms[id] = term;
      this.df[id] = 0;
      this.recent[id] = 0;
    }
    return id;
  }

  /** Terms in the vocabulary now (live ids). */
  get size(): number {
    return this.ids.size;
  }

  /** True when the current epoch is full and `endEpoch` should run before the next article. */
  get epochFull(): boolean {
    return !this.frozen && this.recentDocs >= this.epochArticles;
  }

  /**
   * Forget the older epoch: counts drop to the current epoch's, which starts afresh as the older
   * one. Terms left uncounted give their ids back unless `inUse` says a story still holds them.
   */
  endEpoch(inUse: (id: number) => boolean): void {
    const [df, recent] = [this.df, this.recent];
    for (let t = 0; t < df.length; t++) {
      df[t] = recent[t]!;
      recent[t] = 0;
      const term = this.terms[t];
      if (df[t] === 0 && term != null && !inUse(t)) {
        this.ids.delete(term);
        this.terms[t] = null;
        this.free.push(t);
      }
    }
    this.docs = this.recentDocs;
    this.recentDocs = 0;
  }

  /** Count one article's distinct terms (unless the statistics were primed with a batch). */
  count(terms: Iterable<number>): void {
    if (this.frozen) return;
    this.docs++;
    this.recentDocs++;
    for (const t of terms) {
      this.df[t]!++;
      this.recent[t]!++;
    }
  }

  /** Documents seen with term `t`. */
  frequency(t: number): number {
    return this.df[t] ?? 0;
  }

  /** Smoothed IDF of `t` over the articles seen, counting the one being read. */
  idf(t: number): number {
    return idf(this.df[t] ?? 0, this.docs + 1);
  }
}

const NAME_PREFIX = '\u0001';

/** An article's term counts per field, before weighting. */
export interface ArticleTerms {
  title: Map<number, number>;
  body: Map<number, number>;
  all: Map<number, number>;
  names: Map<number, number>;
  distinct: Set<number>;
  shingles: Set<number>;
}

/** Read one article into term counts per field (interning its terms in `stats`, not counting them). */
export function articleTerms(
  title: string,
  text: string,
  actorIds: readonly string[],
  stats: TermStats,
): ArticleTerms {
  const lead = text.length > LEAD_CHARS ? text.slice(0, LEAD_CHARS) : text;
  const titleWords = wordTokens(title);
  const leadWords = wordTokens(lead);
  const titleCounts = countIds(contentTokensOf(titleWords), stats);
  const bodyCounts = countIds(contentTokensOf(leadWords), stats);
  const titleNames = isTitleCase(title) ? [] : capitalisedNames(title);
  const nameCounts = countIds(
    [...new Set([...titleNames, ...capitalisedNames(lead)]), ...actorIds].map((n) => NAME_PREFIX + n),
    stats,
  );
  const allCounts = new Map(bodyCounts);
  for (const [t, c] of titleCounts) allCounts.set(t, (allCounts.get(t) ?? 0) + TITLE_WEIGHT * c);

  return {
    title: titleCounts,
    body: bodyCounts,
    all: allCounts,
    names: nameCounts,
    distinct: new Set([...allCounts.keys(), ...nameCounts.keys()]),
    shingles: shingleSample(titleWords.concat(leadWords)),
  };
}

/** Weigh an article's terms into unit vectors, first counting them into `stats` unless it was primed. */
export function weighTerms(terms: ArticleTerms, stats: TermStats): ArticleFeatures {
  stats.count(terms.distinct);
  return {
    title: weigh(terms.title, stats, BODY_TERMS),
    body: weigh(terms.body, stats, BODY_TERMS),
    all: weigh(terms.all, stats, BODY_TERMS),
    names: weigh(terms.names, stats, NAME_TERMS),
    shingles: terms.shingles,
    empty: terms.distinct.size === 0,
  };
}

function countIds(terms: readonly string[], stats: TermStats): Map<number, number> {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const id = stats.id(term);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Unit vector of sublinear tf × IDF, the `top` heaviest terms kept. */
function weigh(counts: ReadonlyMap<number, number>, stats: TermStats, top: number): Vec {
  if (counts.size <= top) return weighAll(counts, stats);
  const weights: [number, number][] = [];
  for (const [t, tf] of counts) weights.push([t, (1 + Math.log(tf)) * stats.idf(t)]);
  const kept = keepTop(weights, top);
  let sum = 0;
  for (const [, w] of kept) sum += w * w;
  const len = Math.sqrt(sum);
  return new Map(len === 0 ? [] : kept.map(([t, w]) => [t, w / len]));
}

/** `weigh` when every term is kept: the same vector, without the pairs and the sort (most titles and names). */
function weighAll(counts: ReadonlyMap<number, number>, stats: TermStats): Vec {
  const out: Vec = new Map();
  let sum = 0;
  for (const [t, tf] of counts) {
    const w = (1 + Math.log(tf)) * stats.idf(t);
    out.set(t, w);
    sum += w * w;
  }
  const len = Math.sqrt(sum);
  if (len === 0) return new Map();
  for (const [t, w] of out) out.set(t, w / len);
  return out;
}

/** "Biden Pushes Carbon Plan": a headline whose capitals say nothing about names. */
function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised / words.length > 0.6;
}
