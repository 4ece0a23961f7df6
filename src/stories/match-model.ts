import fitted from './data/match-weights.json' with { type: 'json' };

/** The similarities an arriving article has with one candidate story, each in 0..1. */
export const MATCH_FEATURES = [
  'titleCentroid',
  'bodyCentroid',
  'namesCentroid',
  'allBestMember',
  'titleBestMember',
  'namesBestMember',
  'allMeanMember',
  'allMargin',
  'titleToLead',
  'leadToTitle',
  'belowCohesion',
] as const;

/** One feature row, in MATCH_FEATURES order. */
export type MatchFeatures = number[];

/** A logistic model: P(same story) = σ(bias + Σ weight·feature). */
export interface MatchModel {
  bias: number;
  weights: number[];
  /** Probability at which an article joins its best candidate rather than starting a story. */
  threshold: number;
  /** Probability at which a closing story is merged into its likeliest open story. */
  mergeThreshold: number;
}

/** The model fitted by bench/stories/fit-weights.ts (see the data file for what it was fitted on). */
export const DEFAULT_MATCH_MODEL: MatchModel = {
  bias: fitted.bias,
  weights: fitted.weights,
  threshold: fitted.threshold,
  mergeThreshold: fitted.mergeThreshold,
};

/** The model's log-odds that the features describe the same story. */
export function matchLogit(model: MatchModel, features: MatchFeatures): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += model.weights[i]! * features[i]!;
  return z;
}

/** Logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
