import type { Cluster, PreviousStory, StoryIdAssignment } from './types.js';

/**
 * Keep story ids stable across re-clustering: each new cluster takes the id of the old story it
 * shares the most articles with, each old id going to one cluster at most (greedy by overlap,
 * larger overlaps first). Clusters left without an id are new stories (storyId null).
 */
export function assignStoryIds(
  clusters: readonly Cluster[],
  previous: readonly PreviousStory[],
): StoryIdAssignment[] {
  const oldStoryOf = new Map<number, number>();
  for (const story of previous) for (const id of story.articleIds) oldStoryOf.set(id, story.storyId);

  const oldSize = new Map(previous.map((s) => [s.storyId, s.articleIds.length]));
  const pairs: { cluster: number; storyId: number; overlap: number; share: number }[] = [];
  clusters.forEach((cluster, index) => {
    const overlap = new Map<number, number>();
    for (const id of cluster.articleIds) {
      const storyId = oldStoryOf.get(id);
      if (storyId !== undefined) overlap.set(storyId, (overlap.get(storyId) ?? 0) + 1);
    }
    for (const [storyId, count] of overlap) {
      // Jaccard share breaks ties between equal overlaps in favour of the closer match.
      const union = cluster.articleIds.length + (oldSize.get(storyId) ?? 0) - count;
      pairs.push({ cluster: index, storyId, overlap: count, share: count / union });
    }
  });
  pairs.sort(
    (a, b) => b.overlap - a.overlap || b.share - a.share || a.storyId - b.storyId || a.cluster - b.cluster,
  );

  const idOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (idOf.has(pair.cluster) || taken.has(pair.storyId)) continue;
    idOf.set(pair.cluster, pair.storyId);
    taken.add(pair.storyId);
  }
  return clusters.map((_, clusterIndex) => ({ clusterIndex, storyId: idOf.get(clusterIndex) ?? null }));
}
