import { describe, expect, it } from 'vitest';
import { demoArticles } from './content/index.js';
import { demoOutlets } from './outlets.js';
import { scaleUpNewsroom } from './scale.js';
import { startDemoNewsroom } from './server.js';
import { fixtureArticle } from './test-fixtures.js';

function outletsPerStory(articles: { story: string; outlet: string }[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const a of articles) map.set(a.story, (map.get(a.story) ?? new Set()).add(a.outlet));
  return map;
}

describe('scaleUpNewsroom', () => {
  it('gives the same newsroom for the same seed and a different one for another seed', () => {
    const a = scaleUpNewsroom({ outlets: 12, articlesPerOutlet: 6, seed: 42 });
    const b = scaleUpNewsroom({ outlets: 12, articlesPerOutlet: 6, seed: 42 });
    const c = scaleUpNewsroom({ outlets: 12, articlesPerOutlet: 6, seed: 43 });
    expect(b).toEqual(a);
    expect(c.outlets.map((o) => o.name)).not.toEqual(a.outlets.map((o) => o.name));
  });

  it('gives exactly the requested number of outlets and articles per outlet', () => {
    for (const [outlets, perOutlet] of [
      [3, 1],
      [4, 7],
      [17, 5],
      [100, 50],
    ] as const) {
      const scaled = scaleUpNewsroom({ outlets, articlesPerOutlet: perOutlet, seed: 7 });
      expect(scaled.outlets).toHaveLength(outlets);
      expect(scaled.articles).toHaveLength(outlets * perOutlet);
      const counts = new Map<string, number>();
      for (const a of scaled.articles) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
      expect([...counts.values()].every((n) => n === perOutlet)).toBe(true);
      expect(counts.size).toBe(outlets);
    }
  });

  it('covers every generated story by at least three different outlets', () => {
    for (const outlets of [3, 4, 5, 8, 13, 30, 100]) {
      const scaled = scaleUpNewsroom({ outlets, articlesPerOutlet: 9, seed: outlets });
      const perStory = outletsPerStory(scaled.articles);
      for (const set of perStory.values()) expect(set.size).toBeGreaterThanOrEqual(3);
      expect(new Set(scaled.stories.map((s) => s.key))).toEqual(new Set(perStory.keys()));
    }
  });

  it('gives outlets unique names and slugs unlike the written demo outlets, and unique article slugs per outlet', () => {
    const scaled = scaleUpNewsroom({ outlets: 100, articlesPerOutlet: 20, seed: 3 });
    const slugs = new Set(scaled.outlets.map((o) => o.slug));
    expect(slugs.size).toBe(100);
    expect(new Set(scaled.outlets.map((o) => o.name)).size).toBe(100);
    for (const o of demoOutlets) expect(slugs.has(o.slug)).toBe(false);
    const keys = scaled.articles.map((a) => `${a.outlet}/${a.slug}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(scaled.outlets.map((o) => o.ownership)).size).toBe(5);
    expect(new Set(scaled.outlets.map((o) => o.feedFormat)).size).toBe(3);
    expect(new Set(scaled.outlets.map((o) => o.country)).size).toBeGreaterThan(15);
  });

  it('keeps the first variant of a story close to the written text and varies later ones', () => {
    const scaled = scaleUpNewsroom({ outlets: 10, articlesPerOutlet: 30, seed: 11 });
    const firsts = scaled.articles.filter((a) => a.story.endsWith('-1'));
    const written = new Set(demoArticles.flatMap((a) => a.paragraphs));
    expect(firsts.every((a) => written.has(a.paragraphs[0]!))).toBe(true);
    const later = scaled.articles.filter((a) => !a.story.endsWith('-1'));
    const changed = later.filter((a) => a.paragraphs.some((p) => !written.has(p)));
    expect(changed.length / later.length).toBeGreaterThan(0.5);
  });

  it('replaces the written outlet’s own name with the new outlet’s in bylines, keeping wire credits', () => {
    const nameOf = (slug: string) => demoOutlets.find((o) => o.slug === slug)!.name;
    const own = demoArticles.filter((a) => a.byline.includes(nameOf(a.outlet))).map((a) => a.byline);
    const credited = new Set(
      demoArticles.filter((a) => !a.byline.includes(nameOf(a.outlet))).map((a) => a.byline),
    );
    const ownOnly = new Set(own.filter((b) => !credited.has(b)));
    expect(ownOnly.size).toBeGreaterThan(0);
    const scaled = scaleUpNewsroom({ outlets: 20, articlesPerOutlet: 10, seed: 5 });
    for (const a of scaled.articles) expect(ownOnly.has(a.byline)).toBe(false);
    const names = scaled.outlets.map((o) => o.name);
    expect(scaled.articles.some((a) => names.some((n) => a.byline.includes(n)))).toBe(true);
  });

  it('builds 100 outlets × 50 articles in under a second', () => {
    const started = performance.now();
    const scaled = scaleUpNewsroom({ outlets: 100, articlesPerOutlet: 50, seed: 1 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(scaled.articles).toHaveLength(5000);
  });

  it('refuses fewer than three outlets and works from any base articles', () => {
    expect(() => scaleUpNewsroom({ outlets: 2, articlesPerOutlet: 5, seed: 1 })).toThrow(RangeError);
    const base = [
      fixtureArticle({ outlet: 'x', slug: 'one', story: 'alpha' }),
      fixtureArticle({ outlet: 'y', slug: 'two', story: 'beta' }),
    ];
    const scaled = scaleUpNewsroom({ outlets: 5, articlesPerOutlet: 4, seed: 9, base });
    expect(scaled.articles).toHaveLength(20);
    expect(new Set(scaled.articles.map((a) => a.story.replace(/-\d+$/, '')))).toEqual(
      new Set(['alpha', 'beta']),
    );
  });

  it('produces a newsroom the server can play', async () => {
    const { outlets, articles } = scaleUpNewsroom({ outlets: 6, articlesPerOutlet: 4, seed: 2 });
    const nr = await startDemoNewsroom({ now: new Date('2026-11-27T12:00:00Z'), outlets, articles });
    try {
      expect(nr.feedUrls).toHaveLength(6);
      expect(nr.articleUrls).toHaveLength(24);
      for (const { url } of nr.feedUrls) expect((await fetch(url)).status).toBe(200);
      const res = await fetch(nr.articleUrls[5]!.url);
      expect(await res.text()).toContain(
        nr.articleUrls[5]!.article.paragraphs[0]!.slice(0, 30).replaceAll('&', '&amp;'),
      );
    } finally {
      await nr.close();
    }
  });
});
