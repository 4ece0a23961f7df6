/**
 * The Zyte/Scrapinghub article-body metric, as specified in the data set's README: 4-gram shingles
 * of Python-`\w` tokens compared as multisets per page, macro-averaged precision (over pages with a
 * non-empty prediction) and recall, F1 as the harmonic mean of those averages, and exact-match
 * accuracy on the token sequence.
 */

/** Shingle width the benchmark uses. */
export const SHINGLE_SIZE = 4;

// Python's Unicode `\w` is letters, numbers and underscore; combining marks are not in it.
const WORD = /[\p{L}\p{N}_]+/gu;
// A key separator that no token can contain.
const SEP = '\u0001';

/** Word tokens of a text, case kept, as Python's `re.findall(r'\w+', text)`. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The multiset of n-token shingles; 1–3 tokens make one short shingle, no tokens make none. */
export function shingles(tokens: readonly string[], n = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(SEP);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** True/false positives and false negatives of one page, in shingles. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Compare the shingle multisets of a ground truth and a prediction. */
export function countShingles(truth: string, prediction: string, n = SHINGLE_SIZE): PageCounts {
  const g = shingles(tokenize(truth), n);
  const p = shingles(tokenize(prediction), n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, gc] of g) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (g.get(key) ?? 0));
  return { tp, fp, fn };
}

/** One page's scores; precision is null when the prediction has no shingles (left out of P). */
export interface PageScore {
  precision: number | null;
  recall: number | null;
  /** Same tokens in the same order as the ground truth. */
  exact: boolean;
}

// The upstream helpers: both error terms zero gives 1, an empty denominator gives 0.
function ratio(tp: number, other: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + other === 0 ? 0 : tp / (tp + other);
}

/** Score one page. */
export function scorePage(truth: string, prediction: string): PageScore {
  const { tp, fp, fn } = countShingles(truth, prediction);
  const gt = tokenize(truth);
  const pr = tokenize(prediction);
  const exact = gt.length === pr.length && gt.every((t, i) => t === pr[i]);
  return {
    precision: tp + fp > 0 ? ratio(tp, fp, fp, fn) : null,
    recall: tp + fn > 0 ? ratio(tp, fn, fp, fn) : null,
    exact,
  };
}

/** The benchmark's aggregate figures. */
export interface Aggregate {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

/** Macro-average page scores: P over pages with a prediction, R over pages with a ground truth. */
export function aggregate(pages: readonly PageScore[]): Aggregate {
  const precision = mean(pages.flatMap((p) => (p.precision === null ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === null ? [] : [p.recall])));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = pages.length === 0 ? 0 : pages.filter((p) => p.exact).length / pages.length;
  return { f1, precision, recall, accuracy, pages: pages.length };
}

/** A typed failure for prediction sets that the upstream evaluator would refuse to score. */
export type ScoreResult =
  | { ok: true; value: Aggregate; pages: Map<string, PageScore> }
  | { ok: false; error: string };

/**
 * Score a whole prediction set against the ground truth. The id sets must be equal, as upstream
 * requires; a missing or null body counts as "".
 */
export function scoreAll(
  truth: ReadonlyMap<string, string>,
  predictions: ReadonlyMap<string, string | null | undefined>,
): ScoreResult {
  if (truth.size !== predictions.size || [...truth.keys()].some((id) => !predictions.has(id))) {
    return {
      ok: false,
      error: `prediction ids differ from ground-truth ids (${predictions.size} vs ${truth.size})`,
    };
  }
  const pages = new Map<string, PageScore>();
  for (const [id, body] of truth) pages.set(id, scorePage(body, predictions.get(id) ?? ''));
  return { ok: true, value: aggregate([...pages.values()]), pages };
}

/**
 * Read a prediction file in either format: legacy `{id: {articleBody}}` or wrapped
 * `{version, output: {id: {articleBody}}}` (wrapped only when those are exactly the top-level keys).
 */
export function readPredictions(json: unknown): Map<string, string> {
  let table = json as Record<string, unknown>;
  const keys = Object.keys(table).sort();
  const wrapped =
    keys.length === 2 &&
    keys[0] === 'output' &&
    keys[1] === 'version' &&
    typeof table.output === 'object' &&
    table.output !== null &&
    !Array.isArray(table.output);
  if (wrapped) table = table.output as Record<string, unknown>;
  const out = new Map<string, string>();
  for (const [id, item] of Object.entries(table)) {
    const body = (item as { articleBody?: unknown } | null)?.articleBody;
    out.set(id, typeof body === 'string' ? body : '');
  }
  return out;
}
