/**
 * Where the Zyte article-extraction data lives and how to read it. The pages stay in the shared
 * data folder; nothing is copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** The benchmark folder: $MULTIPOLAR_BENCH_DATA/article-extraction, else ../shared/data/article-extraction. */
export function datasetDir(): string {
  const base = process.env.MULTIPOLAR_BENCH_DATA ?? path.resolve(repoRoot, '..', 'shared', 'data');
  return path.join(base, 'article-extraction');
}

/** True when the ground truth is present (the data is optional outside the lead's machine). */
export function datasetPresent(dir = datasetDir()): boolean {
  return existsSync(path.join(dir, 'ground-truth.json'));
}

/** One benchmark page: its id, URL and the human-marked article body. */
export interface TruthItem {
  id: string;
  url: string;
  body: string;
}

/** The 181 ground-truth items, in file order. */
export function readTruth(dir = datasetDir()): TruthItem[] {
  const raw = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(raw).map(([id, item]) => ({ id, url: item.url, body: item.articleBody }));
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
