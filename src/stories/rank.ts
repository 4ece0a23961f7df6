import type { RankableStory } from './types.js';

const HALF_LIFE_HOURS = 24;
// Extra articles from the same outlets count a little: a story followed up all day is livelier.
const ARTICLE_WEIGHT = 0.1;

/** How prominent a story is at `now`: breadth of coverage (log of outlets) × recency (24 h half-life). */
export function storyScore(story: RankableStory, now: Date): number {
  const ageHours = Math.max(0, (now.getTime() - story.lastPublished.getTime()) / 3_600_000);
  const breadth = Math.log2(1 + story.outletCount) + ARTICLE_WEIGHT * Math.log2(1 + story.articleCount);
  return breadth * 0.5 ** (ageHours / HALF_LIFE_HOURS);
}

/** Stories most prominent first (see storyScore); ties by latest article, then input order. */
export function rankStories<T extends RankableStory>(stories: readonly T[], now: Date): T[] {
  return stories
    .map((story, index) => ({ story, index, score: storyScore(story, now) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.story.lastPublished.getTime() - a.story.lastPublished.getTime() ||
        a.index - b.index,
    )
    .map((s) => s.story);
}
