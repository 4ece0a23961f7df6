/**
 * How far an attribution can be trusted: a logistic model over the evidence features, its weights fitted on
 * PolNeAR train (`bench/quotes/calibrate.ts` writes `weights.ts`), and the display threshold chosen on dev.
 */
import { readableSpeaker } from '../speakers/speaker-shape.js';
import { type EvidenceInput, evidenceFeatures } from './evidence.js';
import { SHOWN_THRESHOLD, WEIGHTS } from './weights.js';

export { SHOWN_THRESHOLD };

/**
 * The ceiling for an attribution whose speaker cannot be shown (unresolved pronoun, quantifier, fragment, none):
 * PolNeAR counts "he said" as a right source, a reader told "he" learns nothing, so the model's word is overruled.
 */
const UNREADABLE_CEILING = 0.2;

/** The model's probability that speaker and content are both right, from named features. */
export function scoreFeatures(
  features: readonly string[],
  weights: Readonly<Record<string, number>> = WEIGHTS,
): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Confidence in [0, 1] of one attribution, rounded to three places so stored and printed values agree. */
export function confidenceOf(e: EvidenceInput, features = evidenceFeatures(e)): number {
  let p = scoreFeatures(features);
  if (!readableSpeaker(e.speaker?.speaker ?? null)) p = Math.min(p, UNREADABLE_CEILING);
  return Math.round(p * 1000) / 1000;
}

/** True when an attribution of this confidence is shown to readers. */
export function isShown(confidence: number | null | undefined): boolean {
  return confidence != null && confidence >= SHOWN_THRESHOLD;
}
