/**
 * How far an attribution can be trusted: a logistic model over the evidence features and their pairs, its weights
 * fitted on PolNeAR train and its display threshold chosen on dev by `bench/quotes/calibrate.ts`, which writes
 * them as data to `weights.json`.
 */
import { NAMED_BODY_HEADS } from '../lexicon/lexicon.js';
import { colonSpeakerStands, speakerStandsInText } from '../speakers/speaker-in-text.js';
import { readableSpeaker } from '../speakers/speaker-shape.js';
import { CROSSED, type EvidenceInput } from './evidence.js';
import fitted from './weights.json' with { type: 'json' };

/** What `weights.json` holds: one weight per feature or pair ("a&b"), and the threshold readers see from. */
export interface FittedConfidence {
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

/** The fitted model from the data file, checked: a broken file stops the program at start. */
export function checkedConfidence(data: { threshold: unknown; weights: unknown }): FittedConfidence {
  const { threshold, weights } = data;
  // A hand-edited or truncated file should stop the program at start, not show readers everything or nothing.
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1))
    throw new Error(`quotes/confidence/weights.json: threshold ${String(threshold)} is not in (0, 1)`);
  if (typeof weights !== 'object' || weights === null)
    throw new Error('quotes/confidence/weights.json: weights missing');
  for (const [name, w] of Object.entries(weights))
    if (typeof w !== 'number' || !Number.isFinite(w))
      throw new Error(`quotes/confidence/weights.json: weight of "${name}" is not a number`);
  return { threshold, weights: weights as Record<string, number> };
}

const FITTED = checkedConfidence(fitted);

/** Attributions at or above this confidence are shown to readers. */
export const SHOWN_THRESHOLD = FITTED.threshold;

/**
 * The ceiling for an attribution whose speaker cannot be shown (unresolved pronoun, quantifier, fragment, none):
 * PolNeAR counts "he said" as a right source, a reader told "he" learns nothing, so the model's word is overruled.
 */
const UNREADABLE_CEILING = 0.2;

/**
 * The weights as lookups that build no strings per attribution: one id per feature, the weight of a single
 * feature by id, the weight of a pair by both ids (joining feature names for every pair was the slowest step of
 * the whole extractor).
 */
export interface ConfidenceModel {
  ids: Map<string, number>;
  single: Map<number, number>;
  pairs: Map<number, number>;
  /** By id: whether the feature is one of the crossed kinds (tested once here, not once per attribution). */
  crossed: boolean[];
}

const PAIR_BASE = 1 << 16;

/** The weights as the scorer reads them. */
export function compileModel(weights: Readonly<Record<string, number>>): ConfidenceModel {
  const ids = new Map<string, number>();
  const id = (f: string) => {
    const known = ids.get(f);
    if (known !== undefined) return known;
    ids.set(f, ids.size);
    return ids.size - 1;
  };
  const single = new Map<number, number>();
  const pairs = new Map<number, number>();
  for (const [name, w] of Object.entries(weights)) {
    const cut = name.indexOf('&');
    if (cut < 0) single.set(id(name), w);
    else pairs.set(id(name.slice(0, cut)) * PAIR_BASE + id(name.slice(cut + 1)), w);
  }
  const crossed: boolean[] = [];
  for (const [name, n] of ids) crossed[n] = CROSSED.test(name);
  return { ids, single, pairs, crossed };
}

const MODEL = compileModel(FITTED.weights);

/** The model's probability that speaker and content are both right, from the base features (pairs added here). */
export function scoreFeatures(features: readonly string[], model: ConfidenceModel = MODEL): number {
  let z = 0;
  const crossed: number[] = [];
  for (const f of features) {
    const n = model.ids.get(f);
    if (n === undefined) {
      // A crossed feature the model never saw still holds its place, so pairs keep their order.
      if (CROSSED.test(f)) crossed.push(-1);
      continue;
    }
    z += model.single.get(n) ?? 0;
    if (model.crossed[n]) crossed.push(n);
  }
  for (let i = 0; i < crossed.length; i++) {
    const a = crossed[i]!;
    if (a < 0) continue;
    for (let j = i + 1; j < crossed.length; j++) {
      const b = crossed[j]!;
      if (b >= 0) z += model.pairs.get(a * PAIR_BASE + b) ?? 0;
    }
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * The confidence in [0, 1] of one attribution from the model's probability: held under the threshold when the
 * speaker cannot be shown, rounded to three places so stored and printed values agree.
 */
export function finalConfidence(p: number, unshowable: boolean): number {
  return Math.round((unshowable ? Math.min(p, UNREADABLE_CEILING) : p) * 1000) / 1000;
}

/**
 * True when no confidence may show the attribution: its speaker is unreadable, not a name by the article's own
 * evidence, or a misresolved body.
 */
export function unshowableSpeaker(e: EvidenceInput): boolean {
  return !readableSpeaker(e.speaker?.speaker ?? null) || !standsInText(e) || misresolvedBody(e);
}

/** The article's own evidence that the speaker is a name (and, for "Name: …" lines, someone speaking). */
const standsInText = (e: EvidenceInput) =>
  !e.speaker ||
  (speakerStandsInText(e.speaker, e.text) &&
    (e.origin !== 'colon-speech' || colonSpeakerStands(e.speaker, e.text)));

/** "The ministry said" resolved to a body whose name has no "Ministry": a guess a reader must not be shown. */
function misresolvedBody(e: EvidenceInput): boolean {
  const guess = e.a.speaker;
  const name = e.speaker?.speaker;
  if (guess?.anaphor !== 'organisation' || !guess.head || !name) return false;
  return NAMED_BODY_HEADS.has(guess.head) && !name.toLowerCase().includes(guess.head);
}

/** True when an attribution of this confidence is shown to readers. */
export function isShown(confidence: number | null | undefined): boolean {
  return confidence != null && confidence >= SHOWN_THRESHOLD;
}
