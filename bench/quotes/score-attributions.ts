/**
 * The attribution-level scorer, GenderGapTracker style: each gold attribution (in text order) is matched
 * one-to-one to the unmatched prediction whose content covers the largest share of the gold content
 * (|gold ∩ pred| / |gold|, in characters), if that share reaches τ. Matched pairs then score the speaker
 * (the predicted source overlaps the gold source by a character; both absent also counts) and the cue
 * (the lower-cased cue words are equal).
 */
import { type AttributionSpans, overlap, type Prf, prf, type ScoredDoc, size } from './spans.js';

/** Quote P/R/F1 at one threshold, with speaker and cue accuracy over the matched pairs. */
export interface AttributionScore extends Prf {
  tau: number;
  tp: number;
  fp: number;
  fn: number;
  speakerAccuracy: number;
  cueAccuracy: number;
}

/** The matched (gold index, predicted index) pairs of one document at threshold τ. */
export function matchAttributions(
  gold: readonly AttributionSpans[],
  pred: readonly AttributionSpans[],
  tau: number,
): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  gold.forEach((g, gi) => {
    const goldSize = size(g.content);
    if (goldSize === 0) return;
    let best = -1;
    let bestScore = 0;
    pred.forEach((p, pi) => {
      if (used.has(pi)) return;
      const score = overlap(g.content, p.content) / goldSize;
      if (score > bestScore) {
        best = pi;
        bestScore = score;
      }
    });
    if (best >= 0 && bestScore >= tau) {
      used.add(best);
      pairs.push([gi, best]);
    }
  });
  return pairs;
}

const cueWords = (text: string, a: AttributionSpans): string =>
  a.cue
    .map((s) => text.slice(s.start, s.end))
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The predicted speaker is right: its source overlaps the gold source, or both are absent. */
export function speakerRight(g: AttributionSpans, p: AttributionSpans): boolean {
  if (!g.source || g.source.length === 0) return !p.source || p.source.length === 0;
  return !!p.source && overlap(g.source, p.source) > 0;
}

/** Score documents at threshold τ (0.3 and 0.8 are the published ones). */
export function scoreAttributions(docs: readonly ScoredDoc[], tau: number): AttributionScore {
  let tp = 0;
  let predicted = 0;
  let goldCount = 0;
  let speakers = 0;
  let cues = 0;
  for (const d of docs) {
    predicted += d.pred.length;
    goldCount += d.gold.length;
    for (const [gi, pi] of matchAttributions(d.gold, d.pred, tau)) {
      const g = d.gold[gi]!;
      const p = d.pred[pi]!;
      tp++;
      if (speakerRight(g, p)) speakers++;
      if (cueWords(d.text, g) === cueWords(d.text, p)) cues++;
    }
  }
  return {
    tau,
    tp,
    fp: predicted - tp,
    fn: goldCount - tp,
    ...prf(tp, predicted, goldCount),
    speakerAccuracy: tp > 0 ? speakers / tp : 0,
    cueAccuracy: tp > 0 ? cues / tp : 0,
  };
}

/** Precision and recall of the attributions shown to readers (speaker and content right, at τ). */
export interface ShownScore extends Prf {
  shown: number;
  right: number;
}

/** Score only the predictions `shown` keeps: right means matched at τ with the speaker right. */
export function scoreShown(
  docs: readonly ScoredDoc[],
  tau: number,
  shown: (p: AttributionSpans) => boolean,
): ShownScore {
  let right = 0;
  let count = 0;
  let goldCount = 0;
  for (const d of docs) {
    goldCount += d.gold.length;
    const kept = d.pred.filter(shown);
    count += kept.length;
    for (const [gi, pi] of matchAttributions(d.gold, kept, tau))
      if (speakerRight(d.gold[gi]!, kept[pi]!)) right++;
  }
  return { shown: count, right, ...prf(right, count, goldCount) };
}

/** Each prediction labelled right (matched at τ, speaker right) or not, in document order. */
export function labelPredictions(doc: ScoredDoc, tau: number): boolean[] {
  const out = doc.pred.map(() => false);
  for (const [gi, pi] of matchAttributions(doc.gold, doc.pred, tau))
    out[pi] = speakerRight(doc.gold[gi]!, doc.pred[pi]!);
  return out;
}
