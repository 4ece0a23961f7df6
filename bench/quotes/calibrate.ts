/**
 * Fit the attribution confidence: a logistic model over the extractor's evidence features, fitted on PolNeAR
 * train (label: matched at τ 0.3 with the speaker right), then the display threshold chosen on dev as the lowest
 * one whose shown precision reaches the target. Writes src/quotes/confidence/weights.ts; test is never read here.
 * `npx tsx bench/quotes/calibrate.ts [--target 0.95]`
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGazetteer, findMentions } from '../../src/actors/index.js';
import { readableSpeaker } from '../../src/quotes/speakers/speaker-shape.js';
import { withPairs } from '../../src/quotes/confidence/evidence.js';
import { extractAttributions } from '../../src/quotes/index.js';
import { polnearPresent, readSplit, type Split } from './polnear.js';
import { quoteSpans } from './run-extractor.js';
import { labelPredictions, scoreShown } from './score-attributions.js';
import type { ScoredDoc } from './spans.js';

const { values } = parseArgs({
  options: { target: { type: 'string' }, l2: { type: 'string' }, 'dry-run': { type: 'boolean' } },
});
const TARGET = Number(values.target ?? 0.95);
const L2 = Number(values.l2 ?? 1);
const TAU = 0.3;

interface Example {
  features: string[];
  label: boolean;
  readable: boolean;
}

function examples(split: Split): { rows: Example[]; docs: ScoredDoc[] } {
  const g = createGazetteer();
  const rows: Example[] = [];
  const docs: ScoredDoc[] = [];
  for (const a of readSplit(split)) {
    const mentions = findMentions(a.text, g);
    const atts = extractAttributions(a.text, { mentions, gazetteer: g });
    const doc: ScoredDoc = { text: a.text, gold: a.attributions, pred: atts.map((x) => quoteSpans(x.quote)) };
    const labels = labelPredictions(doc, TAU);
    atts.forEach((x, i) => {
      rows.push({
        features: withPairs(x.features),
        label: labels[i]!,
        readable: readableSpeaker(x.quote.speaker),
      });
    });
    docs.push(doc);
  }
  return { rows, docs };
}

/** L2-regularised logistic regression by full-batch gradient descent with Adam steps (small, sparse, 0/1). */
function fitLogistic(rows: Example[]): Record<string, number> {
  const names = [...new Set(rows.flatMap((r) => r.features))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const xs = rows.map((r) => r.features.map((f) => index.get(f)!));
  const ys = rows.map((r) => (r.label ? 1 : 0));
  const w = new Float64Array(names.length);
  const m = new Float64Array(names.length);
  const v = new Float64Array(names.length);
  const lr = 0.05;
  for (let step = 1; step <= 1500; step++) {
    const grad = new Float64Array(names.length);
    xs.forEach((x, i) => {
      let z = 0;
      for (const j of x) z += w[j]!;
      const err = 1 / (1 + Math.exp(-z)) - ys[i]!;
      for (const j of x) grad[j]! += err;
    });
    for (let j = 0; j < names.length; j++) {
      const gj = grad[j]! / rows.length + (names[j] === 'bias' ? 0 : (L2 * w[j]!) / rows.length);
      m[j] = 0.9 * m[j]! + 0.1 * gj;
      v[j] = 0.999 * v[j]! + 0.001 * gj * gj;
      const mh = m[j]! / (1 - 0.9 ** step);
      const vh = v[j]! / (1 - 0.999 ** step);
      w[j]! -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return Object.fromEntries(names.map((n, j) => [n, Math.round(w[j]! * 1000) / 1000]));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
function confidence(features: string[], readable: boolean, weights: Record<string, number>): number {
  const p = sigmoid(features.reduce((z, f) => z + (weights[f] ?? 0), 0));
  return Math.round((readable ? p : Math.min(p, 0.2)) * 1000) / 1000;
}

if (!polnearPresent()) {
  console.log('PolNeAR not found; set MULTIPOLAR_BENCH_DATA. Nothing was run.');
  process.exit(0);
}
const train = examples('train');
console.log(
  `train: ${train.docs.length} articles, ${train.rows.length} predictions, ${train.rows.filter((r) => r.label).length} right`,
);
const weights = fitLogistic(train.rows);
const dev = examples('dev');
// Put the fitted confidence on each dev prediction, then walk thresholds from high to low.
let k = 0;
for (const d of dev.docs)
  for (const p of d.pred) {
    const row = dev.rows[k++]!;
    p.confidence = confidence(row.features, row.readable, weights);
  }
const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
console.log(line(['threshold', 'dev shown', 'dev shown P', 'dev shown R']));
console.log(line(['---:', '---:', '---:', '---:']));
let chosen = 1;
for (let t = 0.98; t >= 0.2; t = Math.round((t - 0.02) * 100) / 100) {
  const s = scoreShown(dev.docs, TAU, (p) => (p.confidence ?? 0) >= t);
  if (Math.round(t * 100) % 10 === 0 || s.precision >= TARGET) {
    console.log(line([t.toFixed(2), s.shown, (100 * s.precision).toFixed(1), (100 * s.recall).toFixed(1)]));
  }
  if (s.precision >= TARGET) chosen = t;
}
console.log(`\nchosen on dev: threshold ${chosen} (lowest with shown precision ≥ ${TARGET})`);
if (!values['dry-run']) {
  const out = path.resolve(import.meta.dirname, '../../src/quotes/confidence/weights.ts');
  const body = Object.entries(weights)
    .filter(([, w]) => Math.abs(w) >= 0.01)
    .map(([f, w]) => `  ${JSON.stringify(f)}: ${w},`)
    .join('\n');
  writeFileSync(
    out,
    `/**\n * Written by \`bench/quotes/calibrate.ts\`: weights fitted on PolNeAR train (L2 ${L2}), threshold chosen on dev for\n * shown precision ≥ ${TARGET}. Do not edit by hand; rerun the script after changing the evidence features.\n */\n\n/** Attributions at or above this confidence are shown to readers. */\nexport const SHOWN_THRESHOLD = ${chosen};\n\n/** One weight per evidence feature (absent features weigh 0). */\nexport const WEIGHTS: Readonly<Record<string, number>> = {\n${body}\n};\n`,
  );
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
