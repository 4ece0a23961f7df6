import { readFileSync } from 'node:fs';

/** One hand-labelled headline of `testdata/good-news-headlines.tsv`. */
export interface LabelledHeadline {
  headline: string;
  good: boolean;
  split: 'dev' | 'test';
}

/** The labelled good-news headlines; every third one is the held-out test split. */
export function readLabelledHeadlines(
  file = new URL('./testdata/good-news-headlines.tsv', import.meta.url),
): LabelledHeadline[] {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(1);
  return rows.map((line, i) => {
    const [label, headline] = line.split('\t');
    if ((label !== '0' && label !== '1') || !headline) throw new Error(`bad labelled line ${i + 1}: ${line}`);
    return { headline, good: label === '1', split: (i + 1) % 3 === 0 ? 'test' : 'dev' };
  });
}

/** Precision and recall of a yes/no picker against the labels. */
export function scorePicker(
  rows: readonly LabelledHeadline[],
  pick: (headline: string) => boolean,
): { n: number; picked: number; precision: number; recall: number; falsePicks: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const falsePicks: string[] = [];
  for (const r of rows) {
    const p = pick(r.headline);
    if (p && r.good) tp++;
    else if (p) {
      fp++;
      falsePicks.push(r.headline);
    } else if (r.good) fn++;
  }
  return {
    n: rows.length,
    picked: tp + fp,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    falsePicks,
  };
}
