/** The metadata part of `npm run bench:extract`: per-field accuracy on our own HTML and text pages. */
import path from 'node:path';
import { extractHtml, extractText } from '../../src/extract/index.js';
import { checkFields, type FieldCase, type FieldCheck, loadFieldCases, perField } from './field-accuracy.js';
import { row } from './stats.js';

const testdata = path.resolve(import.meta.dirname, '..', '..', 'src', 'extract', 'testdata');

/** Folders holding the HTML field pages and the plain-text pages. */
export const FIELD_DIRS = {
  html: [path.join(testdata, 'fields')],
  text: [testdata, path.join(testdata, 'text')],
};

/** Field results for one set of pages. */
export interface FieldSetResult {
  cases: number;
  checks: FieldCheck[];
  misses: string[];
}

/** Extract one test page the way its kind says. */
export function extractCase(c: FieldCase) {
  return c.kind === 'html'
    ? extractHtml(c.input, { url: c.expected.url })
    : extractText(c.input, { url: c.expected.url });
}

function runSet(dirs: readonly string[], kind: 'html' | 'text'): FieldSetResult {
  const cases = loadFieldCases(dirs).filter((c) => c.kind === kind);
  const checks = cases.flatMap((c) => checkFields(c.name, extractCase(c), c.expected));
  const misses = checks
    .filter((c) => !c.ok)
    .map((c) => `${c.page} ${c.field}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.got)}`);
  return { cases: cases.length, checks, misses };
}

/** Run both sets. */
export function runFieldBench(): { html: FieldSetResult; text: FieldSetResult } {
  return { html: runSet(FIELD_DIRS.html, 'html'), text: runSet(FIELD_DIRS.text, 'text') };
}

/** A markdown table of per-field accuracy, with the overall figure last. */
export function fieldTable(result: FieldSetResult): string {
  const lines = [row(['field', 'correct / checked', 'accuracy']), row(['---', '---:', '---:'])];
  for (const r of perField(result.checks)) {
    lines.push(row([r.field, `${r.correct} / ${r.checked}`, (r.correct / r.checked).toFixed(3)]));
  }
  const ok = result.checks.filter((c) => c.ok).length;
  const all = result.checks.length;
  lines.push(row(['**all fields**', `**${ok} / ${all}**`, `**${all ? (ok / all).toFixed(3) : '–'}**`]));
  return lines.join('\n');
}
