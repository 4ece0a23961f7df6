/**
 * Quote attribution on PolNeAR: `npm run bench:quotes` prints, for dev and test, the attribution-level table
 * (GenderGapTracker-style matching at τ 0.3 and 0.8) and the per-role table (exact span and overlap), plus
 * articles per second for actors + quotes on one core. `-- --split dev` limits the run to one split.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { polnearDir, polnearPresent, readSplit, type Split } from './polnear.js';
import { cliSpeed } from './cli-speed.js';
import { runExtractor } from './run-extractor.js';
import { isShown, SHOWN_THRESHOLD } from '../../src/quotes/index.js';
import { scoreAttributions, scoreShown } from './score-attributions.js';
import { scoreRoles } from './score-roles.js';

const { values } = parseArgs({
  options: { split: { type: 'string', multiple: true }, 'no-cli': { type: 'boolean' } },
});
const splits = (values.split ?? ['dev', 'test']) as Split[];

const pct = (x: number) => (100 * x).toFixed(1);
const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

if (!polnearPresent()) {
  console.log(`PolNeAR not found at ${polnearDir()}; set MULTIPOLAR_BENCH_DATA. Nothing was run.`);
  process.exit(0);
}
console.log(
  `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
);
for (const split of splits) {
  const articles = readSplit(split);
  // Warm-up passes so the timing measures steady-state code, not the JIT; then the best of three timed passes.
  runExtractor(articles);
  const { docs } = runExtractor(articles);
  const seconds = Math.min(...[0, 1, 2].map(() => runExtractor(articles).seconds));
  const gold = docs.reduce((n, d) => n + d.gold.length, 0);
  const pred = docs.reduce((n, d) => n + d.pred.length, 0);
  console.log(
    `\nPolNeAR ${split}: ${articles.length} articles, ${gold} gold attributions, ${pred} predicted`,
  );
  console.log(`speed: ${(articles.length / seconds).toFixed(0)} articles/s (actors + quotes, one core)\n`);
  console.log(line(['τ', 'quote P', 'quote R', 'quote F1', 'speaker acc.', 'cue acc.']));
  console.log(line(['---', '---:', '---:', '---:', '---:', '---:']));
  for (const tau of [0.3, 0.8]) {
    const s = scoreAttributions(docs, tau);
    console.log(
      line([tau, pct(s.precision), pct(s.recall), pct(s.f1), pct(s.speakerAccuracy), pct(s.cueAccuracy)]),
    );
  }
  // What a reader sees: only attributions at or above the display threshold, right when content and speaker are.
  const all = scoreShown(docs, 0.3, () => true);
  const shown = scoreShown(docs, 0.3, (p) => isShown(p.confidence));
  console.log(
    `\nshown to readers (confidence ≥ ${SHOWN_THRESHOLD}; right = content at τ 0.3 and speaker right)\n`,
  );
  console.log(line(['attributions', 'count', 'right', 'P', 'R']));
  console.log(line(['---', '---:', '---:', '---:', '---:']));
  console.log(line(['all', all.shown, all.right, pct(all.precision), pct(all.recall)]));
  console.log(line(['shown', shown.shown, shown.right, pct(shown.precision), pct(shown.recall)]));
  console.log('');
  console.log(line(['role', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1']));
  console.log(line(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  const roles = scoreRoles(docs);
  for (const role of ['source', 'cue', 'content'] as const) {
    const r = roles[role];
    console.log(
      line([
        role,
        pct(r.exact.precision),
        pct(r.exact.recall),
        pct(r.exact.f1),
        pct(r.overlap.precision),
        pct(r.overlap.recall),
        pct(r.overlap.f1),
      ]),
    );
  }
}

// The CLI as researchers run it, over the train texts (read for timing only, never scored here), against the warm
// in-process rate on the same texts in the same run: the machine is shared, so the ratio is the figure to quote.
if (!values['no-cli']) {
  const texts = readSplit('train').map((a) => a.text);
  const gold = texts.map((text) => ({ name: '', annotator: '', text, attributions: [] }));
  runExtractor(gold);
  const warm = texts.length / Math.min(...[0, 1].map(() => runExtractor(gold).seconds));
  const cli = cliSpeed(texts);
  console.log(
    `\nCLI speed: multipolar quotes --jsonl over ${cli.articles} articles as one process, start-up excluded\n`,
  );
  console.log(line(['path', 'articles/s', 'ratio to warm']));
  console.log(line(['---', '---:', '---:']));
  console.log(line(['warm in-process (actors + quotes)', warm.toFixed(0), '1.00']));
  console.log(
    line(['multipolar quotes --jsonl', cli.perSecond.toFixed(0), (cli.perSecond / warm).toFixed(2)]),
  );
}
