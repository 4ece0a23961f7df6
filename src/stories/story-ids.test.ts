import { describe, expect, it } from 'vitest';
import { assignStoryIds, storyRedirects } from './story-ids.js';
import { clusterArticles } from './cluster.js';
import { hours, input } from './test-harness.js';
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

  it('redirects the id that lost a merge to the merged story', () => {
    const previous = [
      { storyId: 10, articleIds: [1] },
      { storyId: 11, articleIds: [2, 3] },
    ];
    const clusters = [cluster(1, 2, 3)];
    const ids = assignStoryIds(clusters, previous);
    expect(storyRedirects(clusters, previous, ids)).toEqual(new Map([[10, 11]]));
  });

  it('redirects nothing when every old story keeps its id, or when a lost story left the window', () => {
    const previous = [
      { storyId: 10, articleIds: [1, 2] },
      { storyId: 11, articleIds: [3] },
    ];
    const clusters = [cluster(1, 2), cluster(3, 4)];
    expect(storyRedirects(clusters, previous, assignStoryIds(clusters, previous))).toEqual(new Map());
    const gone = [cluster(1, 2)];
    expect(storyRedirects(gone, previous, assignStoryIds(gone, previous))).toEqual(new Map());
  });

  it('keeps every story id when the real clusterer re-runs after each new article', () => {
    const quake =
      'A 7.1 earthquake struck Chile near Valparaíso on Monday, killing 12 people and damaging homes.';
    const budget =
      'Parliament approved the national budget after a late vote, raising school and hospital spending.';
    const articles = [
      input(1, 'Chile earthquake kills 12', quake),
      input(2, 'Parliament passes budget', budget),
      input(3, 'Quake in Chile: 12 dead near Valparaíso', quake.replace('Monday', 'Monday night')),
      input(4, 'Budget approved after late vote', budget.replace('late', 'late-night')),
      input(5, 'Valparaíso earthquake toll stands at 12', `${quake} Rescue work goes on.`),
    ];
    let previous: { storyId: number; articleIds: number[] }[] = [];
    let next = 100;
    const idOfArticle = new Map<number, number>();
    for (let pass = 1; pass <= articles.length; pass++) {
      const clusters = clusterArticles(articles.slice(0, pass));
      previous = assignStoryIds(clusters, previous).map(({ clusterIndex, storyId }) => ({
        storyId: storyId ?? next++,
        articleIds: clusters[clusterIndex]!.articleIds,
      }));
      for (const s of previous) {
        for (const id of s.articleIds) {
          expect(idOfArticle.get(id) ?? s.storyId).toBe(s.storyId);
          idOfArticle.set(id, s.storyId);
        }
      }
    }
    expect(previous.map((s) => [s.storyId, s.articleIds])).toEqual([
      [100, [1, 3, 5]],
      [101, [2, 4]],
    ]);
  });
});
