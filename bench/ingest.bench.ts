/**
 * End-to-end ingest benchmark: the demo newsroom scaled up by the generator (default 100 outlets × 50
 * articles) served over loopback HTTP, ingested through the real pipeline into a fresh SQLite file.
 * Prints articles/s and where the time went, per stage. `npm run bench -- --outlets 20 --articles 10` for a quick run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runIngestBench } from './ingest-run.js';

const { values } = parseArgs({
  options: {
    outlets: { type: 'string', default: '100' },
    articles: { type: 'string', default: '50' },
    seed: { type: 'string', default: '7' },
    postgres: { type: 'string' },
  },
});

const dir = mkdtempSync(path.join(os.tmpdir(), 'multipolar-bench-'));
try {
  const result = await runIngestBench({
    outlets: Number(values.outlets),
    articlesPerOutlet: Number(values.articles),
    seed: Number(values.seed),
    sqlitePath: path.join(dir, 'bench.db'),
    databaseUrl: values.postgres,
  });
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  console.log(`\nEnd-to-end ingest: ${result.outlets} outlets × ${result.articlesPerOutlet} articles on ${result.dialect}`);
  console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n`);
  console.log(line(['measure', 'value']));
  console.log(line(['---', '---:']));
  console.log(line(['feed entries', result.stored + result.duplicates + result.skipped]));
  console.log(line(['articles stored', result.stored]));
  console.log(line(['duplicates recognised (not stored)', result.duplicates]));
  console.log(line(['entries skipped (with a reason)', result.skipped]));
  console.log(line(['stories', result.stories]));
  console.log(line(['wall time (s)', result.seconds.toFixed(2)]));
  console.log(line(['**throughput (articles/s)**', `**${(result.stored / result.seconds).toFixed(1)}**`]));
  console.log(`\n${line(['stage', 'total ms', 'ms / article', 'share of stage time'])}`);
  console.log(line(['---', '---:', '---:', '---:']));
  const total = [...result.stages.values()].reduce((a, b) => a + b, 0);
  for (const [stage, ms] of [...result.stages].sort((a, b) => b[1] - a[1])) {
    console.log(line([stage, ms.toFixed(0), (ms / Math.max(result.stored, 1)).toFixed(2), `${((ms / total) * 100).toFixed(1)} %`]));
  }
  console.log('\n(stage times overlap: fetches of several feeds run concurrently, so they add up to more than wall time)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
