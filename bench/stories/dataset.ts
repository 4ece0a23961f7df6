/**
 * The news-clustering gold sets (AllSides roundups and NeuS), read from the shared data folder;
 * nothing is copied into the repository. See that folder's README for the fields.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRng } from '../../src/demo/prng.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** $MULTIPOLAR_BENCH_DATA/news-clustering, else ../shared/data/news-clustering. */
export function clusteringDataDir(): string {
  const base = process.env.MULTIPOLAR_BENCH_DATA ?? path.resolve(repoRoot, '..', 'shared', 'data');
  return path.join(base, 'news-clustering');
}

/** True when both flat files are there. */
export function clusteringDataPresent(dir = clusteringDataDir()): boolean {
  return (
    existsSync(path.join(dir, 'allsides-roundups', 'articles.jsonl')) &&
    existsSync(path.join(dir, 'neus', 'articles.jsonl'))
  );
}

/** One gold article as the benchmark streams it. */
export interface GoldArticle {
  id: string;
  story: string;
  title: string;
  text: string;
  /** Null when the set has no dates (NeuS) or the run is text-only. */
  published: Date | null;
}

interface AllSidesLine {
  article_id: string;
  story_id: string;
  story_date: string;
  title: string;
  text: string;
}

interface NeusLine {
  article_id: string;
  story_id: string;
  split: 'train' | 'val' | 'test';
  title: string;
  text: string;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** AllSides roundups in file order (story date, then story id), each with its story's date. */
export function readAllSides(dir = clusteringDataDir()): GoldArticle[] {
  return readJsonl<AllSidesLine>(path.join(dir, 'allsides-roundups', 'articles.jsonl')).map((l) => ({
    id: l.article_id,
    story: l.story_id,
    title: l.title,
    text: l.text,
    published: new Date(l.story_date),
  }));
}

/** NeuS articles of one split, in file order, undated. */
export function readNeus(split: NeusLine['split'], dir = clusteringDataDir()): GoldArticle[] {
  return readJsonl<NeusLine>(path.join(dir, 'neus', 'articles.jsonl'))
    .filter((l) => l.split === split)
    .map((l) => ({ id: l.article_id, story: l.story_id, title: l.title, text: l.text, published: null }));
}

const normalisedTitle = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * NeuS articles without the stories AllSides also holds (matched on normalised title, as the
 * README asks), so weights fitted on NeuS say nothing about the AllSides answers.
 */
export function withoutAllSidesStories(neus: GoldArticle[], allSides: GoldArticle[]): GoldArticle[] {
  const titles = new Set(allSides.map((a) => normalisedTitle(a.title)));
  const shared = new Set(neus.filter((a) => titles.has(normalisedTitle(a.title))).map((a) => a.story));
  return neus.filter((a) => !shared.has(a.story));
}

const HOUR = 3_600_000;

/**
 * AllSides gives only the story's date, shared by its articles: move each article by a seeded
 * uniform offset of up to ±`hours`, then stream in the new order (ties by id).
 */
export function spreadDates(articles: GoldArticle[], seed: number, hours = 36): GoldArticle[] {
  const rng = createRng(seed);
  return articles
    .map((a) => ({
      ...a,
      published: a.published && new Date(a.published.getTime() + (rng.next() * 2 - 1) * hours * HOUR),
    }))
    .sort((a, b) => (a.published?.getTime() ?? 0) - (b.published?.getTime() ?? 0) || (a.id < b.id ? -1 : 1));
}

/** The same stream with every date taken away (text-only clustering). */
export function undated(articles: GoldArticle[]): GoldArticle[] {
  return articles.map((a) => ({ ...a, published: null }));
}

/** A fixed seeded shuffle, for a harder NeuS stream than file order (a story's articles no longer adjacent). */
export function shuffled(articles: GoldArticle[], seed: number): GoldArticle[] {
  return createRng(seed).shuffle(articles);
}
