import { describe, expect, it } from 'vitest';
import { assignStoryIds } from './story-ids.js';
import { hours } from './test-harness.js';
import type { Cluster } from './types.js';

function cluster(...articleIds: number[]): Cluster {
  return { articleIds, firstPublished: hours(0), lastPublished: hours(1) };
}

describe('assignStoryIds', () => {
  it('keeps every story id when a new article joins an existing story', () => {
    const previous = [
      { storyId: 10, articleIds: [1, 2, 3] },
      { storyId: 11, articleIds: [4, 5] },
    ];
    const clusters = [cluster(4, 5), cluster(1, 2, 3, 6)];
    expect(assignStoryIds(clusters, previous)).toEqual([
      { clusterIndex: 0, storyId: 11 },
      { clusterIndex: 1, storyId: 10 },
    ]);
  });

  it('gives a cluster of unseen articles no id, so it becomes a new story', () => {
    const previous = [{ storyId: 10, articleIds: [1, 2] }];
    expect(assignStoryIds([cluster(1, 2), cluster(7, 8)], previous)).toEqual([
      { clusterIndex: 0, storyId: 10 },
      { clusterIndex: 1, storyId: null },
    ]);
  });

  it('hands an old id to the cluster with the greatest overlap when a story splits, and only once', () => {
    const previous = [{ storyId: 10, articleIds: [1, 2, 3, 4, 5] }];
    const result = assignStoryIds([cluster(1, 2), cluster(3, 4, 5)], previous);
    expect(result).toEqual([
      { clusterIndex: 0, storyId: null },
      { clusterIndex: 1, storyId: 10 },
    ]);
  });

  it('keeps the larger old story id when two stories merge', () => {
    const previous = [
      { storyId: 10, articleIds: [1] },
      { storyId: 11, articleIds: [2, 3] },
    ];
    expect(assignStoryIds([cluster(1, 2, 3)], previous)).toEqual([{ clusterIndex: 0, storyId: 11 }]);
  });

  it('settles equal overlaps by the closer match, then the older id', () => {
    const previous = [
      { storyId: 10, articleIds: [1, 9, 8] },
      { storyId: 11, articleIds: [2] },
    ];
    // Cluster 0 overlaps each old story by one article; story 11 is its exact match.
    expect(assignStoryIds([cluster(1, 2)], previous)).toEqual([{ clusterIndex: 0, storyId: 11 }]);
    const twins = [
      { storyId: 12, articleIds: [3] },
      { storyId: 11, articleIds: [4] },
    ];
    expect(assignStoryIds([cluster(3, 4)], twins)).toEqual([{ clusterIndex: 0, storyId: 11 }]);
  });
});
