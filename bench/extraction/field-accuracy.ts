/**
 * Metadata field checks for our own test pages. Each page `NAME.html` or `NAME.txt` has a sibling
 * `NAME.expected.json` giving the page URL and the fields it states; only listed fields are
 * checked, and `null` means the extractor must report nothing (a "By Staff" byline, a lead image
 * without a caption).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractedArticle } from '../../src/domain/article.js';

/** The fields a page's expectations may list, in report order. */
export const FIELDS = [
  'title',
  'standfirst',
  'byline',
  'published',
  'updated',
  'language',
  'canonicalUrl',
  'siteName',
  'section',
  'tags',
  'image.url',
  'image.caption',
  'image.credit',
] as const;

/** A field name as listed in FIELDS. */
export type FieldName = (typeof FIELDS)[number];

/** Checks on the body text, reported as the pseudo-field "body". */
export interface BodyExpectation {
  startsWith?: string;
  endsWith?: string;
  includes?: string[];
  excludes?: string[];
}

/** The contents of one `NAME.expected.json`. */
export interface PageExpectation {
  url: string;
  fields: Partial<Record<FieldName, string | string[] | null>>;
  body?: BodyExpectation;
  /** Fields the page states that the extractor is known to miss: still counted, not failed in tests. */
  knownMisses?: FieldName[];
}

/** One test page and what should come out of it. */
export interface FieldCase {
  name: string;
  file: string;
  kind: 'html' | 'text';
  input: string;
  expected: PageExpectation;
}

/** The outcome of one checked field on one page. */
export interface FieldCheck {
  page: string;
  field: FieldName | 'body';
  ok: boolean;
  expected: unknown;
  got: unknown;
}

/** Load every page with an expectation file from the given folders (not recursive). */
export function loadFieldCases(dirs: readonly string[]): FieldCase[] {
  const cases: FieldCase[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).sort()) {
      const m = /^(.+)\.(html|txt)$/.exec(file);
      if (!m) continue;
      const expectedPath = path.join(dir, `${m[1]}.expected.json`);
      let expected: PageExpectation;
      try {
        expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as PageExpectation;
      } catch {
        continue;
      }
      cases.push({
        name: path.relative(path.dirname(dir), path.join(dir, file)),
        file: path.join(dir, file),
        kind: m[2] === 'html' ? 'html' : 'text',
        input: readFileSync(path.join(dir, file), 'utf8'),
        expected,
      });
    }
  }
  return cases;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function actual(article: ExtractedArticle, field: FieldName): string | string[] | null {
  switch (field) {
    case 'published':
    case 'updated':
      return article[field]?.toISOString() ?? null;
    case 'image.url':
      return article.image?.url ?? null;
    case 'image.caption':
      return article.image?.caption ?? null;
    case 'image.credit':
      return article.image?.credit ?? null;
    case 'tags':
      return article.tags;
    default:
      return article[field];
  }
}

function same(field: FieldName, want: string | string[] | null, got: string | string[] | null): boolean {
  if (want === null || got === null)
    return want === got || (Array.isArray(got) && got.length === 0 && want === null);
  if (Array.isArray(want) || Array.isArray(got)) {
    const a = (Array.isArray(want) ? want : [want]).map((t) => norm(t).toLowerCase()).sort();
    const b = (Array.isArray(got) ? got : [got]).map((t) => norm(t).toLowerCase()).sort();
    return a.length === b.length && a.every((t, i) => t === b[i]);
  }
  if (field === 'published' || field === 'updated')
    return new Date(want).getTime() === new Date(got).getTime();
  return norm(want) === norm(got);
}

function bodyOk(body: string, want: BodyExpectation): boolean {
  const text = norm(body);
  if (want.startsWith !== undefined && !text.startsWith(norm(want.startsWith))) return false;
  if (want.endsWith !== undefined && !text.endsWith(norm(want.endsWith))) return false;
  if (want.includes?.some((s) => !text.includes(norm(s)))) return false;
  if (want.excludes?.some((s) => text.includes(norm(s)))) return false;
  return true;
}

/** Check one extraction against a page's expectations, field by field. */
export function checkFields(
  page: string,
  article: ExtractedArticle,
  expected: PageExpectation,
): FieldCheck[] {
  const checks: FieldCheck[] = [];
  for (const field of FIELDS) {
    if (!(field in expected.fields)) continue;
    const want = expected.fields[field] ?? null;
    const got = actual(article, field);
    checks.push({ page, field, ok: same(field, want, got), expected: want, got });
  }
  if (expected.body) {
    const ok = bodyOk(article.bodyText, expected.body);
    checks.push({
      page,
      field: 'body',
      ok,
      expected: expected.body,
      got: ok ? '(as expected)' : article.bodyText,
    });
  }
  return checks;
}

/** Correct / checked per field, in FIELDS order then "body". */
export function perField(
  checks: readonly FieldCheck[],
): { field: string; correct: number; checked: number }[] {
  return [...FIELDS, 'body' as const]
    .map((field) => {
      const mine = checks.filter((c) => c.field === field);
      return { field, correct: mine.filter((c) => c.ok).length, checked: mine.length };
    })
    .filter((r) => r.checked > 0);
}
