import { describe, expect, it } from 'vitest';
import { demoOutlets } from '../outlets.js';
import { demoStories } from '../stories.js';
import type { DemoArticle } from '../types.js';
import { articlesA, partAStories } from './part-a.js';

const DIRECT_QUOTE = /[“"][^“”"]{15,}[”"]/;
const REPORTED_SPEECH =
  /\b(said that|says that|told [A-Z][\w ]*? that|according to|warned|argues|argued|noted that|said in a statement)\b/i;

const ownershipOf = new Map(demoOutlets.map((o) => [o.slug, o.ownership]));

/** Every invariant breach of a content part, as readable lines; empty when the part is sound. */
function partProblems(articles: readonly DemoArticle[], stories: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const a of articles) {
    const id = `${a.outlet}/${a.slug}`;
    if (!ownershipOf.has(a.outlet)) problems.push(`${id}: unknown outlet`);
    if (seen.has(id)) problems.push(`${id}: duplicate slug`);
    seen.add(id);
    const body = a.paragraphs.join('\n');
    if (!DIRECT_QUOTE.test(body)) problems.push(`${id}: no direct quote`);
    if (!REPORTED_SPEECH.test(body)) problems.push(`${id}: no reported-speech cue`);
  }
  for (const story of stories) {
    const mine = articles.filter((a) => a.story === story);
    const outlets = new Set(mine.map((a) => a.outlet));
    const kinds = new Set(mine.flatMap((a) => ownershipOf.get(a.outlet) ?? []));
    if (outlets.size < 3) problems.push(`${story}: only ${outlets.size} outlets`);
    if (kinds.size < 2) problems.push(`${story}: only ${kinds.size} ownership kinds`);
  }
  return problems;
}

const words = (a: DemoArticle): number => a.paragraphs.join(' ').split(/\s+/).length;

describe('content part A', () => {
  it('meets every part invariant: outlets, slugs, quotes, reported speech, coverage', () => {
    expect(partProblems(articlesA, partAStories)).toEqual([]);
  });

  it('flags an article without a direct quote, an unknown outlet, a duplicate slug and thin coverage', () => {
    const first = articlesA[0]!;
    const broken: DemoArticle[] = [
      { ...first, paragraphs: ['Nobody spoke.', 'Officials said that nothing happened.'] },
      { ...first, outlet: 'no-such-outlet' },
    ];
    expect(partProblems(broken, [first.story])).toEqual([
      `${first.outlet}/${first.slug}: no direct quote`,
      `no-such-outlet/${first.slug}: unknown outlet`,
      `${first.story}: only 2 outlets`,
      `${first.story}: only 1 ownership kinds`,
    ]);
    expect(partProblems([first, first], [])).toEqual([`${first.outlet}/${first.slug}: duplicate slug`]);
  });

  it('covers only known story keys, and covers each of them', () => {
    const known = new Set(demoStories.map((s) => s.key));
    expect(partAStories.filter((k) => !known.has(k))).toEqual([]);
    expect(new Set(articlesA.map((a) => a.story))).toEqual(new Set(partAStories));
  });

  it('keeps each story within 48 hours and every article between 2 and 160 hours old', () => {
    for (const story of partAStories) {
      const hours = articlesA.filter((a) => a.story === story).map((a) => a.hoursAgo);
      expect(Math.max(...hours) - Math.min(...hours), story).toBeLessThanOrEqual(48);
    }
    for (const a of articlesA) {
      expect(a.hoursAgo, a.slug).toBeGreaterThanOrEqual(2);
      expect(a.hoursAgo, a.slug).toBeLessThanOrEqual(160);
    }
  });

  it('gives every article 5 to 9 paragraphs, 2 to 4 tags, a byline and a news-length body', () => {
    for (const a of articlesA) {
      expect(a.paragraphs.length, a.slug).toBeGreaterThanOrEqual(5);
      expect(a.paragraphs.length, a.slug).toBeLessThanOrEqual(9);
      expect(a.tags.length, a.slug).toBeGreaterThanOrEqual(2);
      expect(a.tags.length, a.slug).toBeLessThanOrEqual(4);
      expect(a.byline, a.slug).toMatch(/^(By \S|Staff reporter$|.+ staff$|Meridian Wire$)/);
      expect(words(a), a.slug).toBeGreaterThanOrEqual(240);
      expect(words(a), a.slug).toBeLessThanOrEqual(480);
    }
  });

  it('gives every article a distinct title', () => {
    const titles = articlesA.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('balances quote marks in every paragraph and uses only typographic apostrophes', () => {
    for (const a of articlesA) {
      for (const p of [a.title, a.standfirst, ...a.paragraphs]) {
        expect(p.split('“').length, p).toBe(p.split('”').length);
        expect((p.split('"').length - 1) % 2, p).toBe(0);
        expect(p, a.slug).not.toContain("'");
      }
    }
  });

  it('reprints the Meridian Wire rate story nearly word for word in at least three outlets', () => {
    const rates = articlesA.filter((a) => a.story === 'central-bank-rates');
    const original = rates.find((a) => a.outlet === 'meridian-wire')!;
    const wire = new Set(original.paragraphs);
    const reprints = rates.filter(
      (a) => a !== original && a.paragraphs.filter((p) => wire.has(p)).length >= 6,
    );
    expect(reprints.length).toBeGreaterThanOrEqual(3);
    for (const r of reprints) {
      expect(r.paragraphs.filter((p) => !wire.has(p)).length, r.slug).toBeLessThanOrEqual(2);
      expect(r.title).not.toBe(original.title);
      expect(r.byline).toMatch(/Meridian Wire/);
    }
    const originals = rates.filter((a) => a.paragraphs.every((p) => !wire.has(p)));
    expect(originals.length).toBeGreaterThanOrEqual(1);
  });
});
