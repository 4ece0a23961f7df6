import { describe, expect, it } from 'vitest';
import { rankStories, storyScore } from './rank.js';
import { hours } from './test-harness.js';

const now = hours(48);

function story(name: string, outletCount: number, hoursAgo: number, articleCount = outletCount) {
  return { name, outletCount, articleCount, lastPublished: hours(48 - hoursAgo) };
}

describe('rankStories', () => {
  it('puts a broad, recent story above a narrow recent one and a broad old one', () => {
    const ranked = rankStories([story('narrow', 1, 1), story('old', 8, 72), story('broad', 8, 1)], now);
    expect(ranked.map((s) => s.name)).toEqual(['broad', 'narrow', 'old']);
  });

  it('halves a story’s score every 24 hours', () => {
    const fresh = storyScore(story('a', 4, 0), now);
    expect(storyScore(story('a', 4, 24), now)).toBeCloseTo(fresh / 2, 10);
    expect(storyScore(story('a', 4, 48), now)).toBeCloseTo(fresh / 4, 10);
  });

  it('gives each extra outlet less weight than the one before', () => {
    const s = (n: number) => storyScore(story('x', n, 0), now);
    expect(s(2) - s(1)).toBeGreaterThan(s(3) - s(2));
    expect(s(10) - s(9)).toBeGreaterThan(0);
  });

  it('prefers more outlets over more articles from the same outlets', () => {
    const ranked = rankStories([story('busy', 2, 0, 12), story('wide', 4, 0, 4)], now);
    expect(ranked[0]!.name).toBe('wide');
  });

  it('is deterministic for ties and does not reorder its input array', () => {
    const input = [story('first', 3, 2), story('second', 3, 2)];
    expect(rankStories(input, now).map((s) => s.name)).toEqual(['first', 'second']);
    expect(rankStories([...input].reverse(), now).map((s) => s.name)).toEqual(['second', 'first']);
    expect(input.map((s) => s.name)).toEqual(['first', 'second']);
  });

  it('treats articles stamped in the future as brand new', () => {
    expect(storyScore(story('a', 3, -5), now)).toBe(storyScore(story('a', 3, 0), now));
  });
});
