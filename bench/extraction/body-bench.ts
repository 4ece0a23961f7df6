/**
 * The article-body part of `npm run bench:extract`: runs Multipolar and Readability-on-linkedom
 * in worker processes (alternating, best of N trials per page), scores both with the benchmark's
 * metric and returns the table rows.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { PageFields, WorkerReport } from './body-worker.js';
import { type BodySet, datasetDir, readTruth } from './dataset.js';
import { type Aggregate, type PageScore, scoreAll } from './metric.js';
import { median, quantile } from './stats.js';

/** One extractor's figures on the body benchmark. */
export interface BodyResult {
  tool: string;
  score: Aggregate;
  pages: Map<string, PageScore>;
  bodies: Record<string, string>;
  /** Multipolar's title, byline and date per page (for the WCXB field report). */
  fields?: Record<string, PageFields>;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  rssDelta: number;
  heapDelta: number;
}

const worker = path.join(import.meta.dirname, 'body-worker.ts');

function runWorker(tool: string, rounds: number, set: BodySet): WorkerReport {
  const args = ['--expose-gc', '--import', 'tsx', worker, tool, String(rounds), set];
  const res = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`${tool} worker failed: ${res.stderr || res.error?.message}`);
  return JSON.parse(res.stdout) as WorkerReport;
}

/** Run every tool `trials` times on one set (alternating order) and score the last run of each. */
export function runBodyBench(
  tools: readonly string[],
  opts: { trials: number; rounds: number; set: BodySet },
): BodyResult[] {
  const truth = readTruth(datasetDir(opts.set));
  const reports = new Map<string, WorkerReport[]>();
  for (let t = 0; t < opts.trials; t++) {
    const order = t % 2 === 0 ? tools : [...tools].reverse();
    for (const tool of order) {
      process.stderr.write(`  ${opts.set} body trial ${t + 1}/${opts.trials}: ${tool}…\n`);
      reports.set(tool, [...(reports.get(tool) ?? []), runWorker(tool, opts.rounds, opts.set)]);
    }
  }
  return tools.map((tool) => {
    const runs = reports.get(tool)!;
    // Best of the trials per page: the machine's other load only ever adds time.
    const ms = truth.map((_, i) => Math.min(...runs.map((r) => r.ms[i]!)));
    const last = runs[runs.length - 1]!;
    const res = scoreAll(new Map(truth.map((t) => [t.id, t.body])), new Map(Object.entries(last.bodies)));
    if (!res.ok) throw new Error(`${tool}: ${res.error}`);
    return {
      tool,
      score: res.value,
      pages: res.pages,
      bodies: last.bodies,
      ...(last.fields ? { fields: last.fields } : {}),
      medianMs: median(ms),
      p95Ms: quantile(ms, 0.95),
      meanMs: ms.reduce((a, b) => a + b, 0) / ms.length,
      rssDelta: Math.max(...runs.map((r) => r.rssDelta)),
      heapDelta: Math.max(...runs.map((r) => r.heapDelta)),
    };
  });
}

/** The pages a result scored worst on (lowest precision + recall), for learning from failures. */
export function worstPages(result: BodyResult, count: number, set: BodySet): string[] {
  const truth = new Map(readTruth(datasetDir(set)).map((t) => [t.id, t.url]));
  return [...result.pages]
    .map(([id, p]) => ({ id, p: p.precision ?? 0, r: p.recall ?? 0 }))
    .sort((a, b) => a.p + a.r - (b.p + b.r))
    .slice(0, count)
    .map((x) => `${x.id.slice(0, 12)}  P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  ${truth.get(x.id)}`);
}

/** Pages whose truth has a body but whose prediction is empty (the "lost whole body"). */
export function emptyBodies(result: BodyResult, set: BodySet): string[] {
  return readTruth(datasetDir(set))
    .filter((t) => t.body.trim() !== '' && (result.bodies[t.id] ?? '').trim() === '')
    .map((t) => t.id);
}
