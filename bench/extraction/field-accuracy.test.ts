import { describe, expect, it } from 'vitest';
import { emptyArticle } from '../../src/extract/empty-article.js';
import { checkFields, loadFieldCases, perField } from './field-accuracy.js';
import { extractCase, FIELD_DIRS } from './field-bench.js';

const htmlCases = loadFieldCases(FIELD_DIRS.html).filter((c) => c.kind === 'html');
const textCases = loadFieldCases(FIELD_DIRS.text).filter((c) => c.kind === 'text');

describe('metadata test pages', () => {
  it('include at least 12 varied HTML pages and 4 plain-text pages of our own', () => {
    expect(htmlCases.length).toBeGreaterThanOrEqual(12);
    expect(textCases.filter((c) => c.name.startsWith('text/')).length).toBeGreaterThanOrEqual(4);
  });

  for (const c of [...htmlCases, ...textCases]) {
    it(`extracts the stated fields of ${c.name}`, () => {
      const checks = checkFields(c.name, extractCase(c), c.expected);
      const known = new Set(c.expected.knownMisses ?? []);
      const unexpected = checks.filter((k) => !k.ok && !known.has(k.field as never));
      expect(unexpected.map((k) => `${k.field}: ${JSON.stringify(k.got)}`)).toEqual([]);
      // A known miss that starts passing must come off the list, so the list stays true.
      const fixed = checks.filter((k) => k.ok && known.has(k.field as never));
      expect(fixed.map((k) => k.field)).toEqual([]);
    });
  }

  it('finds the lead image credit wherever the page states one', () => {
    const stated = [...htmlCases, ...textCases].filter(
      (c) => typeof c.expected.fields['image.credit'] === 'string',
    );
    expect(stated.length).toBeGreaterThanOrEqual(12);
    const missed = stated.filter((c) => {
      const got = extractCase(c).image?.credit ?? null;
      return got !== c.expected.fields['image.credit'];
    });
    expect(missed.map((c) => c.name)).toEqual([]);
  });
});

describe('field checks', () => {
  it('fail a field that differs, pass one that matches, and compare tags as a set', () => {
    const article = { ...emptyArticle(), title: 'A headline', tags: ['b', 'a'], bodyText: 'One. Two.' };
    const checks = checkFields('page', article, {
      url: 'https://e.example/',
      fields: { title: 'Another headline', tags: ['a', 'B'], byline: null },
      body: { startsWith: 'One.', excludes: ['Two'] },
    });
    expect(checks.map((c) => [c.field, c.ok])).toEqual([
      ['title', false],
      ['byline', true],
      ['tags', true],
      ['body', false],
    ]);
    expect(perField(checks).find((r) => r.field === 'title')).toEqual({
      field: 'title',
      correct: 0,
      checked: 1,
    });
  });
});
