/**
 * Title, author and date accuracy on the WCXB dev articles (`npm run bench:wcxb-fields`).
 *
 * How a field counts as right:
 * - **title exact**: equal after folding case, Unicode form (NFKC), curly quotes to straight ones,
 *   dashes to "-", runs of white space to one space, and dropping white space and full stops at
 *   either end. Nothing else is forgiven: a site name left on, or a different headline, is a miss.
 * - **author match**: the same set of names, order-free. Both sides are split into names at commas,
 *   semicolons, "and" and "&"; a name is folded as above, diacritics removed, with every mark that is
 *   not a letter or digit dropped ("Dr. Allen" = "Dr Allen"), a title before it ("Dr", "Prof") left
 *   out, and a part that is only a degree or credential ("MD", "PhD", "E-RYT 200") is not a name.
 *   A page whose truth names no author counts as right only when we name no one either.
 * - **same-day date**: the published instant falls on the truth's calendar day in some time zone
 *   of the world (UTC−12 to UTC+14), since we keep an instant and the truth keeps the page's local
 *   day. A page without a date in its truth counts as right only when we give none.
 * Figures are given over all pages and over the pages whose truth states the field.
 *
 * The pages stay in the shared data folder; nothing is copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { extractHtml } from '../../src/extract/index.js';
import { row } from './stats.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** The WCXB dev folder: $MULTIPOLAR_BENCH_DATA/article-extraction-wcxb-dev, else ../shared/data/…. */
export function wcxbDir(): string {
  const base = process.env.MULTIPOLAR_BENCH_DATA ?? path.resolve(repoRoot, '..', 'shared', 'data');
  return path.join(base, 'article-extraction-wcxb-dev');
}

/** True when the WCXB dev truth is present. */
export function wcxbPresent(dir = wcxbDir()): boolean {
  return existsSync(path.join(dir, 'ground-truth.json'));
}

/** The metadata truth of one WCXB page; empty fields are null. */
export interface WcxbMetaTruth {
  id: string;
  url: string;
  title: string;
  author: string | null;
  /** `YYYY-MM-DD` */
  date: string | null;
}

/** Every page's metadata truth, in file order. */
export function readWcxbMetaTruth(dir = wcxbDir()): WcxbMetaTruth[] {
  const raw = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; title?: string | null; author?: string | null; date?: string | null }
  >;
  return Object.entries(raw).map(([id, t]) => ({
    id,
    url: t.url,
    title: t.title ?? '',
    author: t.author?.trim() || null,
    date: t.date?.trim() || null,
  }));
}

/** The page HTML of one WCXB item. */
export function readWcxbPage(id: string, dir = wcxbDir()): string {
  return gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8');
}

/** A title folded for "exact" comparison (see the file header). */
export function foldTitle(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
}

/** The set of folded names in an author string ("A, B and C" → {a, b, c}). */
export function authorNames(s: string | null | undefined): Set<string> {
  const names = new Set<string>();
  for (const part of (s ?? '').split(/\s*(?:,|;|&|\band\b)\s*/i)) {
    const name = part
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const person = name.replace(/^(?:dr|prof|professor|mr|mrs|ms|mx|sir)\s+/, '');
    if (person !== '' && !isCredential(part)) names.add(person);
  }
  return names;
}

// "MD", "PhD", "DVM", "E-RYT 200", "M.D. FACLM": letters after a name, not a name.
function isCredential(part: string): boolean {
  const token =
    /^(?:[A-Z][A-Z.-]+|Ph\.?D\.?|M\.?Sc\.?|B\.?Sc\.?|M\.?Phil\.?|Ed\.?D\.?|Psy\.?D\.?|M\.?Ed\.?|\d+)$/;
  const tokens = part.trim().split(/\s+/);
  return tokens[0] !== '' && tokens.every((t) => token.test(t));
}

/** Same set of names, order-free; two empty sets match. */
export function sameAuthors(truth: string | null, got: string | null): boolean {
  const a = authorNames(truth);
  const b = authorNames(got);
  return a.size === b.size && [...a].every((n) => b.has(n));
}

const HOUR = 3_600_000;

/** True when `got` falls on the calendar day `day` (YYYY-MM-DD) in some zone from UTC−12 to UTC+14. */
export function sameDay(day: string | null, got: Date | null): boolean {
  if (day === null || got === null) return day === null && got === null;
  const start = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(start)) return false;
  const t = got.getTime();
  // Local midnight of `day` in zone +14 is 14 h before UTC midnight; its end in zone −12 is 36 h after.
  return t >= start - 14 * HOUR && t < start + 36 * HOUR;
}

/** One field's tally: over all pages, and over the pages whose truth states it. */
export interface FieldTally {
  correct: number;
  pages: number;
  statedCorrect: number;
  stated: number;
}

/** The outcome of the three fields on the WCXB set. */
export interface WcxbFieldResult {
  pages: number;
  title: FieldTally;
  author: FieldTally;
  date: FieldTally;
  /** One line per miss: field, page id, truth and what we gave. */
  misses: { field: 'title' | 'author' | 'date'; id: string; url: string; want: string; got: string }[];
}

function tally(): FieldTally {
  return { correct: 0, pages: 0, statedCorrect: 0, stated: 0 };
}

function count(t: FieldTally, ok: boolean, stated: boolean): void {
  t.pages++;
  if (ok) t.correct++;
  if (stated) {
    t.stated++;
    if (ok) t.statedCorrect++;
  }
}

/** Score extracted articles against the WCXB truth (the main bench passes its own extractions). */
export function scoreWcxbFields(
  items: readonly { truth: WcxbMetaTruth; article: ExtractedArticle }[],
): WcxbFieldResult {
  const result: WcxbFieldResult = {
    pages: items.length,
    title: tally(),
    author: tally(),
    date: tally(),
    misses: [],
  };
  for (const { truth, article } of items) {
    const checks = [
      {
        field: 'title' as const,
        ok: foldTitle(truth.title) === foldTitle(article.title),
        stated: truth.title !== '',
        want: truth.title,
        got: article.title,
      },
      {
        field: 'author' as const,
        ok: sameAuthors(truth.author, article.byline),
        stated: truth.author !== null,
        want: truth.author,
        got: article.byline,
      },
      {
        field: 'date' as const,
        ok: sameDay(truth.date, article.published),
        stated: truth.date !== null,
        want: truth.date,
        got: article.published?.toISOString() ?? null,
      },
    ];
    for (const c of checks) {
      count(result[c.field], c.ok, c.stated);
      if (!c.ok)
        result.misses.push({
          field: c.field,
          id: truth.id,
          url: truth.url,
          want: c.want || '(none)',
          got: c.got ?? '(none)',
        });
    }
  }
  return result;
}

/** Extract every WCXB dev page and score its title, author and date. */
export function runWcxbFields(dir = wcxbDir()): WcxbFieldResult {
  const items = readWcxbMetaTruth(dir).map((truth) => ({
    truth,
    article: extractHtml(readWcxbPage(truth.id, dir), { url: truth.url }),
  }));
  return scoreWcxbFields(items);
}

const ratio = (a: number, b: number): string => (b === 0 ? '–' : (a / b).toFixed(3));

/** A markdown table of the three fields. */
export function wcxbFieldTable(r: WcxbFieldResult): string {
  const lines = [
    row(['field', 'all pages', 'accuracy', 'pages stating it', 'accuracy there']),
    row(['---', '---:', '---:', '---:', '---:']),
  ];
  const fields: [string, FieldTally][] = [
    ['title exact', r.title],
    ['author match', r.author],
    ['same-day date', r.date],
  ];
  for (const [name, t] of fields) {
    lines.push(
      row([
        name,
        `${t.correct} / ${t.pages}`,
        ratio(t.correct, t.pages),
        `${t.statedCorrect} / ${t.stated}`,
        ratio(t.statedCorrect, t.stated),
      ]),
    );
  }
  return lines.join('\n');
}

/** The first `n` misses of each field, one line each. */
export function wcxbWorst(r: WcxbFieldResult, n: number): string[] {
  const out: string[] = [];
  for (const field of ['title', 'author', 'date'] as const) {
    const mine = r.misses.filter((m) => m.field === field);
    out.push(`${field}: ${mine.length} misses${mine.length > n ? `, first ${n}` : ''}`);
    for (const m of mine.slice(0, n))
      out.push(`  ${m.id} ${m.url}\n    want ${JSON.stringify(m.want)}\n    got  ${JSON.stringify(m.got)}`);
  }
  return out;
}

function main(): void {
  const { values } = parseArgs({
    options: { worst: { type: 'string', default: '0' }, only: { type: 'string' } },
  });
  if (!wcxbPresent()) {
    console.log(`WCXB field benchmark not run: no data at ${wcxbDir()} (set MULTIPOLAR_BENCH_DATA).`);
    return;
  }
  const result = runWcxbFields();
  console.log(`### Title, author and date, WCXB dev articles (${result.pages} pages)\n`);
  console.log(wcxbFieldTable(result));
  const worst = Number(values.worst);
  if (worst > 0) {
    if (values.only) result.misses = result.misses.filter((m) => m.field === values.only);
    console.log('');
    for (const line of wcxbWorst(result, worst)) console.log(line);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
