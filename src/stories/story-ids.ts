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

/**
 * Where the readers of a story that did not keep its id should go: an old id that no cluster kept
 * redirects to the id of the cluster now holding most of its articles (when that cluster has one).
 * Old ids whose articles all left the window redirect nowhere.
 */
export function storyRedirects(
  clusters: readonly Cluster[],
  previous: readonly PreviousStory[],
  assigned: readonly StoryIdAssignment[],
): Map<number, number> {
  const idOf = new Map(assigned.map((a) => [a.clusterIndex, a.storyId]));
  const redirects = new Map<number, number>();
  for (const [from, cluster] of redirectHomes(clusters, previous, assigned)) {
    const target = idOf.get(cluster);
    if (target != null) redirects.set(from, target);
  }
  return redirects;
}

/**
 * The cluster (by index) that an old id no cluster kept now lives in: the one holding most of its
 * articles, ties to the earlier cluster. Unlike `storyRedirects` this names clusters still without
 * an id, so a story merged into a brand-new one can redirect once the new one is stored.
 */
export function redirectHomes(
  clusters: readonly Cluster[],
  previous: readonly PreviousStory[],
  assigned: readonly StoryIdAssignment[],
): Map<number, number> {
  const kept = new Set(assigned.flatMap((a) => (a.storyId === null ? [] : [a.storyId])));
  const clusterOf = new Map<number, number>();
  clusters.forEach((c, i) => {
    for (const id of c.articleIds) clusterOf.set(id, i);
  });
  const homes = new Map<number, number>();
  for (const story of previous) {
    if (kept.has(story.storyId)) continue;
    const counts = new Map<number, number>();
    for (const id of story.articleIds) {
      const c = clusterOf.get(id);
      if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let best: number | undefined;
    let bestCount = 0;
    for (const [c, n] of counts)
      if (n > bestCount || (n === bestCount && c < best!)) [best, bestCount] = [c, n];
    if (best !== undefined) homes.set(story.storyId, best);
  }
  return homes;
}
