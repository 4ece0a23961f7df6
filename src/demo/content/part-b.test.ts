import { describe, expect, it } from 'vitest';
import { demoOutlets } from '../outlets.js';
import { demoStories } from '../stories.js';
import type { DemoArticle } from '../types.js';
import { articlesB } from './part-b.js';

const ourStories = [
  'arctic-shipping',
  'kenya-solar-schools',
  'india-chip-plant',
  'gaza-aid-talks',
  'asean-sea-code',
  'g20-debt-relief',
];
const outletBySlug = new Map(demoOutlets.map((o) => [o.slug, o]));
const directQuote = /[“"][^”"]{12,}[”"]/;
const reportedCue =
  /\b(said that|told|warned|according to|argues|argued|said in a statement|added that|described)\b/i;

// Each rule returns the problems it finds, so a test can show the rule catches a broken copy.
function storyProblems(articles: readonly DemoArticle[]): string[] {
  const problems: string[] = [];
  for (const story of ourStories) {
    const own = articles.filter((a) => a.story === story);
    const outlets = new Set(own.map((a) => a.outlet));
    const kinds = new Set(own.map((a) => outletBySlug.get(a.outlet)?.ownership));
    if (own.length < 3 || own.length > 5) problems.push(`${story}: ${own.length} articles`);
    if (outlets.size !== own.length) problems.push(`${story}: an outlet covers it twice`);
    if (kinds.size < 2) problems.push(`${story}: only ${kinds.size} ownership kind`);
    const hours = own.map((a) => a.hoursAgo);
    if (Math.max(...hours) - Math.min(...hours) > 48)
      problems.push(`${story}: spread over more than 48 hours`);
  }
  return problems;
}

function outletProblems(articles: readonly DemoArticle[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const a of articles) {
    if (!outletBySlug.has(a.outlet)) problems.push(`unknown outlet ${a.outlet}`);
    const key = `${a.outlet}/${a.slug}`;
    if (seen.has(key)) problems.push(`duplicate slug ${key}`);
    seen.add(key);
  }
  return problems;
}

function articleProblems(articles: readonly DemoArticle[]): string[] {
  const problems: string[] = [];
  for (const a of articles) {
    const body = a.paragraphs.join('\n');
    const id = `${a.outlet}/${a.slug}`;
    if (!directQuote.test(body)) problems.push(`${id}: no direct quote`);
    if (!reportedCue.test(body)) problems.push(`${id}: no reported-speech cue`);
    if (a.paragraphs.length < 5 || a.paragraphs.length > 9) problems.push(`${id}: paragraph count`);
    if (a.tags.length < 2 || a.tags.length > 4) problems.push(`${id}: tag count`);
    if (a.hoursAgo < 2 || a.hoursAgo > 160) problems.push(`${id}: hoursAgo out of range`);
    if (!a.standfirst || !a.byline || !a.section || !a.image.caption || !a.image.motif) {
      problems.push(`${id}: missing standfirst, byline, section or image text`);
    }
  }
  return problems;
}

describe('content part B', () => {
  it('covers only its own six stories, all of which exist', () => {
    const known = new Set(demoStories.map((s) => s.key));
    expect(ourStories.every((s) => known.has(s))).toBe(true);
    expect(new Set(articlesB.map((a) => a.story))).toEqual(new Set(ourStories));
  });

  it('gives every story three to five outlets of at least two ownership kinds within 48 hours', () => {
    expect(storyProblems(articlesB)).toEqual([]);
  });

  it('flags a story told by a single ownership kind', () => {
    const broken = articlesB.map((a) =>
      a.story === 'india-chip-plant' ? { ...a, outlet: 'huaxia-herald', slug: `${a.slug}-x` } : a,
    );
    expect(storyProblems(broken)).toContain('india-chip-plant: only 1 ownership kind');
  });

  it('uses only known outlets and never repeats a slug within an outlet', () => {
    expect(outletProblems(articlesB)).toEqual([]);
  });

  it('flags an unknown outlet and a repeated slug', () => {
    const first = articlesB[0]!;
    const problems = outletProblems([first, first, { ...first, outlet: 'no-such-outlet' }]);
    expect(problems).toContain(`duplicate slug ${first.outlet}/${first.slug}`);
    expect(problems).toContain('unknown outlet no-such-outlet');
  });

  it('gives every article a direct quote, a reported-speech cue and complete page furniture', () => {
    expect(articleProblems(articlesB)).toEqual([]);
  });

  it('flags an article without quotes or reported speech', () => {
    const first = articlesB[0]!;
    const flat = { ...first, paragraphs: Array(5).fill('The ships sailed north.') };
    const problems = articleProblems([flat]);
    expect(problems.some((p) => p.endsWith('no direct quote'))).toBe(true);
    expect(problems.some((p) => p.endsWith('no reported-speech cue'))).toBe(true);
  });

  it('leaves arctic shipping to state and state-backed media only', () => {
    const kinds = articlesB
      .filter((a) => a.story === 'arctic-shipping')
      .map((a) => outletBySlug.get(a.outlet)?.ownership);
    expect(kinds.length).toBe(3);
    expect(kinds.every((k) => k === 'state' || k === 'state-backed')).toBe(true);
  });

  it('keeps titles distinct within each outlet', () => {
    const titles = articlesB.map((a) => `${a.outlet}|${a.title}`);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
