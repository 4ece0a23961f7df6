/**
 * Where the article-extraction data sets live and how to read them: the Zyte/Scrapinghub set
 * (`zyte`, the default) and the WCXB dev split (`wcxb`). The pages stay in the shared data folder;
 * nothing is copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** The body-extraction sets the bench knows, by short name. */
export const BODY_SETS = {
  zyte: 'article-extraction',
  wcxb: 'article-extraction-wcxb-dev',
} as const;

/** A body-extraction set's short name. */
export type BodySet = keyof typeof BODY_SETS;

/** The folder of a set: $MULTIPOLAR_BENCH_DATA/<folder>, else ../shared/data/<folder>. */
export function datasetDir(set: BodySet = 'zyte'): string {
  const base = process.env.MULTIPOLAR_BENCH_DATA ?? path.resolve(repoRoot, '..', 'shared', 'data');
  return path.join(base, BODY_SETS[set]);
}

/** True when the ground truth is present (the data is optional outside the lead's machine). */
export function datasetPresent(dir = datasetDir()): boolean {
  return existsSync(path.join(dir, 'ground-truth.json'));
}

/** One benchmark page: its id, URL and the human-marked article body (plus WCXB's metadata). */
export interface TruthItem {
  id: string;
  url: string;
  body: string;
  /** Title, author and date (`YYYY-MM-DD`) where the set has them (WCXB), else undefined. */
  title?: string;
  author?: string;
  date?: string;
}

/** The ground-truth items of a set folder, in file order. */
export function readTruth(dir = datasetDir()): TruthItem[] {
  const raw = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string; title?: string; author?: string; date?: string }
  >;
  return Object.entries(raw).map(([id, item]) => ({
    id,
    url: item.url,
    body: item.articleBody,
    title: item.title,
    author: item.author,
    date: item.date,
  }));
}

/** The page HTML of one item (gunzipped, UTF-8 as the README states). */
export function readPage(id: string, dir = datasetDir()): string {
  return gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8');
}

/** Names of the published outputs (file stems in output/). */
export function outputNames(dir = datasetDir()): string[] {
  return readdirSync(path.join(dir, 'output'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** The raw JSON of one published output file. */
export function readOutput(name: string, dir = datasetDir()): unknown {
  return JSON.parse(readFileSync(path.join(dir, 'output', `${name}.json`), 'utf8'));
}

/** The published point estimates for one output file. */
export interface PublishedScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy?: number;
}

/** Published scores keyed by output file stem. */
export function readPublished(dir = datasetDir()): Record<string, PublishedScore> {
  const raw = JSON.parse(readFileSync(path.join(dir, 'published-scores.json'), 'utf8')) as {
    files: Record<string, PublishedScore>;
  };
  return raw.files;
}
