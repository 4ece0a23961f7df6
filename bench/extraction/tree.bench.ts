/**
 * `npx tsx bench/extraction/tree.bench.ts`: the cost of building the page tree content is chosen
 * from, on every page of both body sets. Our spec-structured tree (htmlparser2's tokenizer plus
 * the document rules in `src/extract/html-tree.ts`) against htmlparser2's own DOM builder (no
 * spec tree rules) and, when a parse5 install is named by MULTIPOLAR_PARSE5 (a path to its
 * package entry; parse5 is not a dependency), parse5's spec tree builder. Best of 3 rounds.
 */
import { pathToFileURL } from 'node:url';
import { parseDocument as htmlparser2Dom } from 'htmlparser2';
import { parseDocument } from '../../src/extract/html-tree.js';
import { BODY_SETS, type BodySet, datasetDir, datasetPresent, readPage, readTruth } from './dataset.js';
import { row } from './stats.js';

type Parse = (html: string) => unknown;

async function parsers(): Promise<Record<string, Parse>> {
  const out: Record<string, Parse> = {
    'ours (htmlparser2 tokenizer + spec document rules)': parseDocument,
    'htmlparser2 parseDocument (no spec tree rules)': (html) => htmlparser2Dom(html),
  };
  const entry = process.env.MULTIPOLAR_PARSE5;
  if (entry) {
    const p5 = (await import(pathToFileURL(entry).href)) as { parse: Parse };
    out['parse5 parse (spec tree)'] = (html) => p5.parse(html);
  } else {
    console.log('parse5 not measured: set MULTIPOLAR_PARSE5 to its dist/index.js\n');
  }
  return out;
}

const all = await parsers();
for (const set of Object.keys(BODY_SETS) as BodySet[]) {
  const dir = datasetDir(set);
  if (!datasetPresent(dir)) {
    console.log(`${set}: not run, no data at ${dir}\n`);
    continue;
  }
  const pages = readTruth(dir).map((t) => readPage(t.id, dir));
  const mb = pages.reduce((n, p) => n + p.length, 0) / 1e6;
  console.log(`### Tree building, ${set} (${pages.length} pages, ${mb.toFixed(1)} M chars)\n`);
  console.log(row(['parser', 'ms/page (best of 3)', 'ratio to ours']));
  console.log(row(['---', '---:', '---:']));
  const times: [string, number][] = [];
  for (const [name, parse] of Object.entries(all)) {
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      for (const html of pages) parse(html);
      best = Math.min(best, performance.now() - t0);
    }
    times.push([name, best / pages.length]);
  }
  const anchor = times[0]![1];
  for (const [name, ms] of times) console.log(row([name, ms.toFixed(2), (ms / anchor).toFixed(2)]));
  console.log('');
}
