/**
 * `npm run bench:extract`: article extraction figures for BENCHMARKS.md.
 * 1. Body text on the Zyte/Scrapinghub benchmark (181 pages, its own metric): Multipolar against
 *    @mozilla/readability on linkedom in the same run — F1, P, R, accuracy, ms/page, peak memory.
 * 2. Metadata field accuracy on our own HTML and plain-text test pages.
 * Flags: --trials N (default 3), --rounds N per trial (default 2), --worst N (list failing pages),
 * --fields-only, --body-only.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { runBodyBench, worstPages } from './body-bench.js';
import { datasetDir, datasetPresent } from './dataset.js';
import { fieldTable, runFieldBench } from './field-bench.js';
import { mib, row } from './stats.js';

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
    worst: { type: 'string', default: '0' },
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

if (!values['fields-only']) {
  if (!datasetPresent()) {
    console.log(`Body benchmark not run: no data at ${datasetDir()}\n`);
  } else {
    const trials = Math.max(1, Number(values.trials));
    const rounds = Math.max(1, Number(values.rounds));
    const results = runBodyBench(['multipolar', 'readability'], { trials, rounds });
    console.log(`### Body text, Zyte article-extraction benchmark (${results[0]!.score.pages} pages)\n`);
    console.log(
      row([
        'extractor',
        'F1',
        'precision',
        'recall',
        'accuracy',
        'ms/page median',
        'ms/page p95',
        'ms/page mean',
        'peak RSS Δ (MiB)',
        'peak heap Δ (MiB)',
      ]),
    );
    console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const r of results) {
      const s = r.score;
      console.log(
        row([
          LABEL[r.tool] ?? r.tool,
          s.f1.toFixed(3),
          s.precision.toFixed(3),
          s.recall.toFixed(3),
          s.accuracy.toFixed(3),
          r.medianMs.toFixed(2),
          r.p95Ms.toFixed(2),
          r.meanMs.toFixed(2),
          mib(r.rssDelta),
          mib(r.heapDelta),
        ]),
      );
    }
    const [mp, rd] = results as [(typeof results)[0], (typeof results)[0]];
    console.log(
      `\nRatios, same run: median ms/page Multipolar / Readability = ${(mp.medianMs / rd.medianMs).toFixed(2)} ` +
        `(Readability is ${(rd.medianMs / mp.medianMs).toFixed(1)}× slower); p95 ratio ${(mp.p95Ms / rd.p95Ms).toFixed(2)}; ` +
        `peak RSS Δ ratio ${(mp.rssDelta / rd.rssDelta).toFixed(2)}; F1 ${mp.score.f1.toFixed(3)} vs ${rd.score.f1.toFixed(3)}.`,
    );
    console.log(
      `Timing: ${rounds} rounds per trial (the last one timed), ${trials} trials alternating the order, ` +
        'best of the trials per page. Memory: worst trial.\n',
    );
    const worst = Number(values.worst);
    if (worst > 0) {
      for (const r of results) {
        console.log(`Worst ${worst} pages, ${r.tool}:`);
        for (const line of worstPages(r, worst)) console.log(`  ${line}`);
      }
      console.log('');
    }
  }
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
