/**
 * The match features of an article (or a story read as one) against a candidate story, in the order of
 * `MATCH_FEATURES`: cosines with the story's centroids, the best and mean similarity to its latest members, and
 * the margin over the other candidates.
 */
import type { Vec } from './article-features.js';
import { MATCH_FEATURES, type MatchFeatures } from './match-model.js';
import type { Story } from './stream-story.js';
import { TermProbe } from './term-probe.js';
import { cosWithSum } from './vectors.js';

// Members an article is compared with one by one: the latest, since a story moves on.
export const COMPARED_MEMBERS = 10;

// Dense copies of the vectors being compared (one thread, one comparison at a time).
const probes = {
  memberAll: new TermProbe(),
  memberTitle: new TermProbe(),
  memberNames: new TermProbe(),
};

/** Features of an article (or a story read as one) against a candidate story. */
export function storyFeatures(
  f: { title: Vec; body: Vec; all: Vec; names: Vec },
  title: Vec,
  names: Vec,
  compared: readonly { title: Vec; all: Vec; names: Vec }[],
  story: Story,
): MatchFeatures {
  let allBest = 0;
  let allSum = 0;
  let pairs = 0;
  let titleBest = 0;
  let namesBest = 0;
  const members = story.members;
  const from = Math.max(0, members.length - COMPARED_MEMBERS);
  for (const c of compared) {
    probes.memberAll.load(c.all);
    probes.memberTitle.load(c.title);
    probes.memberNames.load(c.names);
    for (let i = from; i < members.length; i++) {
      const m = members[i]!.packed;
      const all = probes.memberAll.dotPacked(m.all);
      allBest = Math.max(allBest, all);
      allSum += all;
      pairs++;
      titleBest = Math.max(titleBest, probes.memberTitle.dotPacked(m.title));
      namesBest = Math.max(namesBest, probes.memberNames.dotPacked(m.names));
    }
  }
  // Centroids change with every article, so they are read by hash from the (smaller) article side.
  return [
    cosWithSum(title, story.title, story.norms.title),
    cosWithSum(f.body, story.body, story.norms.body),
    cosWithSum(names, story.names, story.norms.names),
    allBest,
    titleBest,
    namesBest,
    pairs === 0 ? 0 : allSum / pairs,
    0,
    cosWithSum(title, story.body, story.norms.body),
    cosWithSum(f.body, story.title, story.norms.title),
    belowCohesion(story, pairs === 0 ? 0 : allSum / pairs),
  ];
}

/**
 * How far the article's mean similarity to the story's members falls short of how alike those
 * members are to each other: a close-knit story asks more of a newcomer than a loose one, and a
 * large story whose members drift apart is not held against a newcomer as much as the raw mean
 * would hold it. Zero while the story has a single member (no cohesion to compare with yet).
 */
function belowCohesion(story: Story, mean: number): number {
  const { sum, pairs } = story.cohesion;
  return pairs === 0 ? 0 : Math.max(0, sum / pairs - mean);
}

/** Record a member just added to `story`: its combined cosines to the latest members before it. */
export function addCohesion(story: Story, all: Vec): void {
  const members = story.members;
  const last = members.length - 1;
  if (last < 1) return;
  probes.memberAll.load(all);
  for (let i = Math.max(0, last - COMPARED_MEMBERS); i < last; i++) {
    story.cohesion.sum += probes.memberAll.dotPacked(members[i]!.packed.all);
    story.cohesion.pairs++;
  }
}

// Index of the margin feature in MATCH_FEATURES, filled in once all candidates are scored.
const MARGIN = MATCH_FEATURES.indexOf('allMargin');
const BEST_MEMBER = MATCH_FEATURES.indexOf('allBestMember');

/**
 * How far each candidate's best-member similarity stands above the best of the other candidates
 * (negative for all but the leader): an article close to two stories is less sure of either, the
 * ratio test of nearest-neighbour matching.
 */
export function withMargins(rows: readonly { features: MatchFeatures }[]): void {
  let first = 0;
  let second = 0;
  for (const { features } of rows) {
    const v = features[BEST_MEMBER]!;
    if (v > first) [first, second] = [v, first];
    else if (v > second) second = v;
  }
  for (const { features } of rows) {
    const v = features[BEST_MEMBER]!;
    features[MARGIN] = v - (v === first ? second : first);
  }
}
