import { describe, expect, it } from 'vitest';
import { emptyArticle } from '../../src/extract/empty-article.js';
import {
  authorNames,
  foldTitle,
  sameAuthors,
  sameDay,
  scoreWcxbFields,
  wcxbDir,
  wcxbPresent,
} from './wcxb-fields.js';

describe('WCXB field scoring', () => {
  it('folds case, quotes, dashes and spacing for the title, nothing else', () => {
    expect(foldTitle('Why “Tide” Tables — Matter ')).toBe(foldTitle('why "tide" tables - matter'));
    expect(foldTitle('Tide tables | Harbour Light')).not.toBe(foldTitle('Tide tables'));
  });

  it('matches authors as a set of names, without titles or credentials', () => {
    expect(sameAuthors('Ana Ruiz and Li Wei', 'Li Wei, Ana Ruiz')).toBe(true);
    expect(sameAuthors('Dr. Allen Hart, MD', 'Allen Hart')).toBe(true);
    expect(sameAuthors('Ana Ruiz', 'Ana Ruiz and Li Wei')).toBe(false);
    expect(sameAuthors(null, null)).toBe(true);
    expect(sameAuthors(null, 'Tom')).toBe(false);
    expect([...authorNames('Tom & Amy')]).toEqual(['tom', 'amy']);
  });

  it('counts a date as the same day in some zone of the world, and an empty truth wants no date', () => {
    expect(sameDay('2026-03-17', new Date('2026-03-17T23:30:00Z'))).toBe(true);
    expect(sameDay('2026-03-17', new Date('2026-03-18T03:00:00Z'))).toBe(true);
    expect(sameDay('2026-03-17', new Date('2026-03-19T01:00:00Z'))).toBe(false);
    expect(sameDay(null, null)).toBe(true);
    expect(sameDay(null, new Date())).toBe(false);
  });

  it('tallies all pages and the pages that state each field', () => {
    const truth = { id: '1', url: 'https://x.example/a', title: 'A', author: null, date: '2026-01-02' };
    const r = scoreWcxbFields([{ truth, article: { ...emptyArticle(), title: 'A', byline: 'Jo Ray' } }]);
    expect(r.title).toEqual({ correct: 1, pages: 1, statedCorrect: 1, stated: 1 });
    expect(r.author).toEqual({ correct: 0, pages: 1, statedCorrect: 0, stated: 0 });
    expect(r.date).toEqual({ correct: 0, pages: 1, statedCorrect: 0, stated: 1 });
    expect(r.misses.map((m) => m.field)).toEqual(['author', 'date']);
  });

  it.runIf(wcxbPresent())('reads the WCXB dev truth when the data is present', async () => {
    const { readWcxbMetaTruth } = await import('./wcxb-fields.js');
    expect(readWcxbMetaTruth().length).toBeGreaterThan(700);
  });
  if (!wcxbPresent()) console.log(`WCXB truth test did not run: no data at ${wcxbDir()}`);
});
