import { describe, expect, it } from 'vitest';
import { TermStats } from './article-features.js';
import { StoryStream } from './story-stream.js';
import { packVec, TermProbe } from './term-probe.js';
import { hours } from './test-harness.js';

// A made-up word per number (base-9 digits as syllables), so no two events share words by chance.
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vor', 'el', 'quin'];
function word(n: number): string {
  let w = '';
  let k = n;
  do {
    w += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  } while (k > 0);
  return w;
}

/** Event `e` told by three articles an hour apart, `perDay` events a day, each in its own words. */
function eventArticles(e: number, perDay: number) {
  const words = Array.from({ length: 8 }, (_, i) => word(1000 + e * 8 + i));
  const at = (e / perDay) * 24;
  return [0, 1, 2].map((a) => ({
    id: e * 3 + a,
    title: `${words[0]} ${words[1]} ${words[2 + a]} officials`,
    text: `The ${words.join(' ')} report said officials met on ${words[a]} and ${words[7 - a]}.`,
    published: hours(at + a),
  }));
}

describe('TermStats epochs', () => {
  it('reads IDF from the last two epochs and gives unused ids to new terms, never held ones', () => {
    const stats = new TermStats(2);
    const a = stats.id('alpha');
    const b = stats.id('beta');
    stats.count([a]);
    stats.count([a, b]);
    expect(stats.epochFull).toBe(true);
    stats.endEpoch(() => false);
    // Both terms were counted in the epoch that just ended, so they stay.
    expect(stats.frequency(a)).toBe(2);
    expect(stats.size).toBe(2);
    const c = stats.id('gamma');
    stats.count([c]);
    stats.count([c]);
    stats.endEpoch((id) => id === b);
    // alpha and beta were not counted since: alpha's id is free, beta's is held by a story.
    expect(stats.frequency(a)).toBe(0);
    expect(stats.size).toBe(2);
    expect(stats.id('beta')).toBe(b);
    expect(stats.id('delta')).toBe(a);
    expect(stats.id('alpha')).not.toBe(a);
    expect(stats.docs).toBe(2);
  });

  it('keeps counting nothing once primed with a batch', () => {
    const stats = new TermStats(1);
    stats.prime([{ distinct: new Set([stats.id('x')]) } as never]);
    stats.count([stats.id('y')]);
    expect(stats.epochFull).toBe(false);
    expect(stats.docs).toBe(1);
  });
});

describe('TermProbe', () => {
  it('dots a loaded vector with packed vectors, and forgets it on the next load', () => {
    const probe = new TermProbe();
    const u = new Map([
      [3, 0.6],
      [5000, 0.8],
    ]);
    const v = new Map([
      [5000, 0.5],
      [7, 1],
      [90_000, 2],
    ]);
    probe.load(u);
    expect(probe.dotPacked(packVec(v))).toBeCloseTo(0.4);
    probe.load(new Map([[7, 1]]));
    expect(probe.dotPacked(packVec(v))).toBeCloseTo(1);
    expect(probe.dotPacked(packVec(u))).toBe(0);
  });
});

describe('StoryStream state over a long stream', () => {
  it('holds state bounded by the window, not by the stream, and still groups each event', () => {
    const stream = new StoryStream({ epochArticles: 600 });
    const perDay = 100;
    const seen: ReturnType<StoryStream['held']>[] = [];
    const storyOf = new Map<number, number>();
    for (let e = 0; e < 1_500; e++) {
      for (const a of eventArticles(e, perDay)) storyOf.set(a.id, stream.add(a));
      if (e % 300 === 299) seen.push(stream.held());
    }
    // 4,500 articles in 15 days, 12,000 distinct words: what is held levels off at what four days
    // of stories (about 400) and one to two epochs of words need, instead of growing with the stream.
    const peak = (k: keyof (typeof seen)[number]) => Math.max(...seen.map((h) => h[k]));
    expect(peak('vocabulary')).toBeLessThan(5_000);
    expect(peak('openStories')).toBeLessThan(500);
    expect(peak('indexedTerms')).toBeLessThan(4_000);
    expect(peak('shingles')).toBeLessThan(12_000);
    const { stories } = stream.finish();
    const whole = stories.filter((s) => s.articleIds.length === 3 && s.articleIds[0]! % 3 === 0).length;
    expect(whole).toBeGreaterThan(1_400);
  }, 60_000);
});
