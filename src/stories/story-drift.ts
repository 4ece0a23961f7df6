/** Whether a story that closes held two unrelated events, and which of its members go with which. */
import type { Member } from './stream-story.js';
import { addPruned, cosWithSum, dot, norm } from './vectors.js';

// Drift: a story of SPLIT_MIN to SPLIT_MAX members splits when its two halves have less than this cosine.
const SPLIT_MIN = 4;
const SPLIT_MAX = 400;
const SPLIT_CROSS = 0.1;

/**
 * Split members into two groups when they hold two unrelated events, else null; the group holding the first member
 * comes first. Seeds are the members least alike; each member joins the seed it is closer to.
 */
export function twoGroups(members: readonly Member[]): [number[], number[]] | null {
  if (members.length < SPLIT_MIN || members.length > SPLIT_MAX) return null;
  const farFrom = (i: number) => {
    let worst = i;
    let worstSim = Number.POSITIVE_INFINITY;
    for (let j = 0; j < members.length; j++) {
      const sim = dot(members[i]!.all, members[j]!.all);
      if (j !== i && sim < worstSim) [worst, worstSim] = [j, sim];
    }
    return worst;
  };
  const a = farFrom(0);
  const b = farFrom(a);
  const groupA: number[] = [];
  const groupB: number[] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!.all;
    (dot(m, members[a]!.all) >= dot(m, members[b]!.all) ? groupA : groupB).push(i);
  }
  if (groupA.length < 2 || groupB.length < 2) return null;
  const centroid = (g: number[]) => {
    const sum = new Map<number, number>();
    for (const i of g) addPruned(sum, members[i]!.all, Number.POSITIVE_INFINITY);
    return sum;
  };
  const ca = centroid(groupA);
  const cb = centroid(groupB);
  if (cosWithSum(ca, cb, norm(cb)) / (norm(ca) || 1) >= SPLIT_CROSS) return null;
  return groupA.includes(0) ? [groupA, groupB] : [groupB, groupA];
}
