import { describe, expect, it } from 'vitest';
import { openSources } from './paragraphs.js';
import { formatScore, KINDS, rates, readAnnotations, scoreActors } from './score.js';

const sources = openSources();
const annotations = readAnnotations();

describe('actors on our annotated paragraphs', () => {
  it('has a test split of 40 or more real-page paragraphs from 8 or more pages, and annotations that fit their text', () => {
    const real = annotations.filter((p) => p.source === 'article-extraction');
    expect(real.length).toBeGreaterThanOrEqual(80);
    const test = real.filter((p) => p.split === 'test');
    expect(test.length).toBeGreaterThanOrEqual(40);
    expect(new Set(test.map((p) => p.page)).size).toBeGreaterThanOrEqual(8);
    const tuningPages = new Set(annotations.filter((p) => p.split !== 'test').map((p) => p.page));
    expect(test.filter((p) => tuningPages.has(p.page))).toEqual([]);
    expect(annotations.some((p) => p.source === 'demo')).toBe(true);
    for (const p of annotations) {
      const keys = p.actors.map(([kind, , name]) => `${kind}:${name}`);
      expect(new Set(keys).size, `${p.page}#${p.paragraph} lists an actor twice`).toBe(keys.length);
      const article = sources.get(p.source, p.page);
      if (!article) continue; // a real page while the shared data is absent
      const span = article.paragraphs[p.paragraph]!;
      const text = article.text.slice(span.start, span.end);
      for (const [, surface] of p.actors) expect(text, `${p.page}#${p.paragraph}`).toContain(surface);
    }
  });

  it('has a held-out test2 split of 40 or more paragraphs from 6 or more pages no other split uses', () => {
    const test2 = annotations.filter((p) => p.split === 'test2');
    expect(test2.length).toBeGreaterThanOrEqual(40);
    expect(new Set(test2.map((p) => p.page)).size).toBeGreaterThanOrEqual(6);
    const otherPages = new Set(annotations.filter((p) => p.split !== 'test2').map((p) => p.page));
    expect(test2.filter((p) => otherPages.has(p.page))).toEqual([]);
  });

  if (!sources.realPagesPresent)
    console.log(
      'actors-in-text: the real pages did not run (../shared/data/article-extraction is absent); only the demo paragraphs are scored',
    );

  it('reaches precision 0.95 and recall 0.90 for people, organisations and countries on the tuning paragraphs (dev and tune)', () => {
    const s = scoreActors(['dev', 'tune'], sources);
    console.log(formatScore('dev + tune', s));
    for (const kind of KINDS) {
      const r = rates(s.tally[kind].all);
      expect(r.precision, `${kind} precision`).toBeGreaterThanOrEqual(0.95);
      expect(r.recall, `${kind} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('holds on the test paragraphs (looked at once) what was first measured there', () => {
    const s = scoreActors('test', sources);
    console.log(formatScore('test', s));
    // The one look at test (2026-12-07, 64 paragraphs of 9 pages, after tuning on dev and tune):
    // person 0.983 / 0.881, organisation 0.833 / 0.682, country 0.977 / 0.988 (precision / recall).
    // The targets (0.95 / 0.90) are not met for organisations, nor for people's recall; these floors
    // keep what was measured, a little below it, so a change that loses ground there is seen.
    const floor = {
      person: { precision: 0.95, recall: 0.85 },
      organisation: { precision: 0.8, recall: 0.65 },
      country: { precision: 0.95, recall: 0.95 },
    };
    for (const kind of KINDS) {
      const r = rates(s.tally[kind].all);
      expect(r.precision, `${kind} precision`).toBeGreaterThanOrEqual(floor[kind].precision);
      expect(r.recall, `${kind} recall`).toBeGreaterThanOrEqual(floor[kind].recall);
    }
  });

  it('holds on test2 (a tuning split since its one look) what round 3 reached there', () => {
    const s = scoreActors('test2', sources);
    console.log(formatScore('test2', s));
    // The one look at test2 (2026-12-08, BENCHMARKS.md round 2): person 0.971 / 0.567, organisation 0.784 / 0.806,
    // country 0.946 / 1.000. Its errors were read in round 3, which tuned on it and reached person
    // 1.000 / 1.000, organisation 0.919 / 0.944, country 0.946 / 1.000; the floors keep that, a little below.
    const floor = {
      person: { precision: 0.97, recall: 0.95 },
      organisation: { precision: 0.88, recall: 0.9 },
      country: { precision: 0.92, recall: 0.97 },
    };
    for (const kind of KINDS) {
      const r = rates(s.tally[kind].all);
      expect(r.precision, `${kind} precision`).toBeGreaterThanOrEqual(floor[kind].precision);
      expect(r.recall, `${kind} recall`).toBeGreaterThanOrEqual(floor[kind].recall);
    }
  });

  it('has a held-out test3 split of 40 or more paragraphs from 6 or more pages no other split uses', () => {
    const test3 = annotations.filter((p) => p.split === 'test3');
    expect(test3.length).toBeGreaterThanOrEqual(40);
    expect(new Set(test3.map((p) => p.page)).size).toBeGreaterThanOrEqual(6);
    const otherPages = new Set(annotations.filter((p) => p.split !== 'test3').map((p) => p.page));
    expect(test3.filter((p) => otherPages.has(p.page))).toEqual([]);
  });

  it('holds on test3 (a tuning split since its one look) what round 5 reached there', () => {
    const s = scoreActors('test3', sources);
    console.log(formatScore('test3', s));
    // The one look at test3 (2026-12-08, 54 paragraphs of 6 pages, after round 3's tuning):
    // person 0.905 / 0.684, organisation 0.459 / 0.567, country 0.966 / 1.000 (precision / recall).
    // Round 5 tuned on it and reached person 1.000 / 0.918, organisation 0.929 / 0.867, country
    // 0.966 / 1.000; the floors keep that, a little below.
    const floor = {
      person: { precision: 0.97, recall: 0.89 },
      organisation: { precision: 0.9, recall: 0.84 },
      country: { precision: 0.93, recall: 0.97 },
    };
    for (const kind of KINDS) {
      const r = rates(s.tally[kind].all);
      expect(r.precision, `${kind} precision`).toBeGreaterThanOrEqual(floor[kind].precision);
      expect(r.recall, `${kind} recall`).toBeGreaterThanOrEqual(floor[kind].recall);
    }
  });

  it('has a held-out test4 split of 45 or more paragraphs from 6 or more pages no other split uses', () => {
    const test4 = annotations.filter((p) => p.split === 'test4');
    expect(test4.length).toBeGreaterThanOrEqual(45);
    expect(new Set(test4.map((p) => p.page)).size).toBeGreaterThanOrEqual(6);
    const otherPages = new Set(annotations.filter((p) => p.split !== 'test4').map((p) => p.page));
    expect(test4.filter((p) => otherPages.has(p.page))).toEqual([]);
  });

  it('holds on test4 (looked at once) what was first measured there', () => {
    const s = scoreActors('test4', sources);
    console.log(formatScore('test4', s));
    // The one look at test4 (2026-12-08, 57 paragraphs of 7 pages, after round 5's tuning, commit 58d31ae):
    // person 0.987 / 0.893, organisation 0.754 / 0.765, country 0.850 / 1.000 (precision / recall).
    // Below the targets for organisations and countries' precision; the floors keep what was measured, a little below.
    const floor = {
      person: { precision: 0.96, recall: 0.87 },
      organisation: { precision: 0.72, recall: 0.73 },
      country: { precision: 0.82, recall: 0.97 },
    };
    for (const kind of KINDS) {
      const r = rates(s.tally[kind].all);
      expect(r.precision, `${kind} precision`).toBeGreaterThanOrEqual(floor[kind].precision);
      expect(r.recall, `${kind} recall`).toBeGreaterThanOrEqual(floor[kind].recall);
    }
  });
});
