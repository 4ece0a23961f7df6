/**
 * `npm run bench:extract`: article extraction figures for BENCHMARKS.md.
 * 1. Body text on the Zyte/Scrapinghub benchmark (181 pages) and the WCXB dev split (711 pages),
 *    both with the Zyte metric: Multipolar against @mozilla/readability on linkedom in the same run —
 *    F1, P, R, accuracy, empty bodies, ms/page, peak memory.
 * 2. Metadata field accuracy on our own HTML and plain-text test pages.
 * Flags: --trials N (default 3), --rounds N per trial (default 2), --worst N (failing pages per set),
 * --sets zyte,wcxb (default both),
 * --fields-only, --body-only.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { type BodyResult, emptyBodies, runBodyBench, worstPages } from './body-bench.js';
import { BODY_SETS, type BodySet, datasetDir, datasetPresent } from './dataset.js';
import { fieldTable, runFieldBench } from './field-bench.js';
import { mib, row } from './stats.js';
import { runWcxbFields, wcxbFieldTable, wcxbWorst } from './wcxb-fields.js';

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
    worst: { type: 'string', default: '0' },
    sets: { type: 'string', default: 'zyte,wcxb' },
    'fields-only': { type: 'boolean', default: false },
    'body-only': { type: 'boolean', default: false },
  },
});

const LABEL: Record<string, string> = {
  multipolar: 'Multipolar `extractHtml`',
  readability: '@mozilla/readability 0.6.0 + linkedom 0.18.15',
};

console.log('## Article extraction\n');
console.log(`date: ${new Date().toISOString()}`);
console.log(
  `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n`,
);

const SET_TITLE: Record<BodySet, string> = {
  zyte: 'Zyte article-extraction benchmark',
  wcxb: 'WCXB v1.0 dev split, article pages',
};

/** One set's table, ratios and worst pages, from results measured in this run. */
function reportSet(set: BodySet, results: BodyResult[], worst: number): void {
  console.log(`### Body text, ${SET_TITLE[set]} (${results[0]!.score.pages} pages)\n`);
  console.log(
    row([
      'extractor',
      'F1',
      'precision',
      'recall',
      'accuracy',
      'empty bodies',
      'ms/page median',
      'ms/page p95',
      'ms/page mean',
      'peak RSS Δ (MiB)',
      'peak heap Δ (MiB)',
    ]),
  );
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const r of results) {
    const s = r.score;
    console.log(
      row([
        LABEL[r.tool] ?? r.tool,
        s.f1.toFixed(5),
        s.precision.toFixed(5),
        s.recall.toFixed(5),
        s.accuracy.toFixed(3),
        emptyBodies(r, set).length,
        r.medianMs.toFixed(2),
        r.p95Ms.toFixed(2),
        r.meanMs.toFixed(2),
        mib(r.rssDelta),
        mib(r.heapDelta),
      ]),
    );
  }
  const [mp, rd] = results as [BodyResult, BodyResult];
  console.log(
    `\nRatios, same run: median ms/page Multipolar / Readability = ${(mp.medianMs / rd.medianMs).toFixed(2)} ` +
      `(Readability is ${(rd.medianMs / mp.medianMs).toFixed(1)}× slower); mean ratio ${(mp.meanMs / rd.meanMs).toFixed(2)}; ` +
      `p95 ratio ${(mp.p95Ms / rd.p95Ms).toFixed(2)}; peak RSS Δ ratio ${(mp.rssDelta / rd.rssDelta).toFixed(2)}; ` +
      `F1 ${mp.score.f1.toFixed(3)} vs ${rd.score.f1.toFixed(3)}.`,
  );
  const empty = emptyBodies(mp, set);
  if (empty.length > 0) console.log(`Multipolar empty bodies where the truth has one: ${empty.join(', ')}`);
  console.log('');
  if (worst > 0) {
    for (const r of results) {
      console.log(`Worst ${worst} pages, ${r.tool}, ${set}:`);
      for (const line of worstPages(r, worst, set)) console.log(`  ${line}`);
    }
    console.log('');
  }
  // The WCXB truth also gives each page's title, author and date: scored by wcxb-fields.ts.
  if (set === 'wcxb') {
    const fields = runWcxbFields(datasetDir(set));
    console.log(`Title, author and date on ${set} (Multipolar, ${fields.pages} pages):\n`);
    console.log(`${wcxbFieldTable(fields)}\n`);
    if (worst > 0) for (const line of wcxbWorst(fields, worst)) console.log(`  ${line}`);
  }
}

if (!values['fields-only']) {
  const trials = Math.max(1, Number(values.trials));
  const rounds = Math.max(1, Number(values.rounds));
  const worst = Number(values.worst);
  const sets = values.sets.split(',').map((x) => x.trim()) as BodySet[];
  for (const set of sets) {
    if (!(set in BODY_SETS)) {
      console.log(`Unknown set "${set}"; use ${Object.keys(BODY_SETS).join(', ')}\n`);
      continue;
    }
    if (!datasetPresent(datasetDir(set))) {
      console.log(`Body benchmark on ${set} not run: no data at ${datasetDir(set)}\n`);
      continue;
    }
    reportSet(set, runBodyBench(['multipolar', 'readability'], { trials, rounds, set }), worst);
  }
  console.log(
    'Timing: rounds per trial (the last one timed), trials alternating the order, best of the trials per page. ' +
      'Memory: worst trial. "empty bodies": pages whose truth has a body and whose output is empty.\n',
  );
}

if (!values['body-only']) {
  const fields = runFieldBench();
  console.log(`### Metadata fields, own HTML test pages (${fields.html.cases} pages)\n`);
  console.log(fieldTable(fields.html));
  console.log(`\n### Metadata fields, own plain-text test pages (${fields.text.cases} pages)\n`);
  console.log(fieldTable(fields.text));
  const misses = [...fields.html.misses, ...fields.text.misses];
  if (misses.length > 0) {
    console.log('\nMisses:');
    for (const m of misses) console.log(`- ${m}`);
  }
}
