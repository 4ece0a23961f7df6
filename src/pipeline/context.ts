import type { Logger } from 'pino';
import type { Gazetteer } from '../actors/index.js';
import type { Config } from '../config/index.js';
import type { AllowList, HostLimiter } from '../net/index.js';
import type { Store } from '../storage/index.js';

/** Everything a pipeline step needs from the outside world, built once by the composition root. */
export interface PipelineContext {
  store: Store;
  config: Readonly<Config>;
  gazetteer: Gazetteer;
  allowList: AllowList;
  limiter: HostLimiter;
  log: Logger;
  now: () => Date;
  /** Called once per stage with the time it took, for the benchmark's per-stage table. */
  onStage?: (stage: Stage, ms: number) => void;
}

/** The stages whose time the benchmark reports. */
export type Stage =
  | 'fetch-feed'
  | 'parse-feed'
  | 'fetch-page'
  | 'extract'
  | 'actors'
  | 'quotes'
  | 'store'
  | 'cluster';

/** Run `work`, reporting its duration under `stage`. */
export async function timed<T>(ctx: PipelineContext, stage: Stage, work: () => Promise<T> | T): Promise<T> {
  if (!ctx.onStage) return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    ctx.onStage(stage, performance.now() - start);
  }
}
