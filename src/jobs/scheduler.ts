import type { PassReport, PipelineContext } from '../pipeline/index.js';
import { ingestDueFeeds } from '../pipeline/index.js';

/** A running in-process scheduler. */
export interface Scheduler {
  /** Run one pass now (or wait for the one in progress) and return its report. */
  runNow(): Promise<PassReport>;
  stop(): Promise<void>;
}

/**
 * The embedded-default scheduler: every `everyMs`, ingest whatever feeds are due. Passes never overlap;
 * a pass that throws (a bug, a lost database) is logged and the next tick tries again.
 */
export function startScheduler(ctx: PipelineContext, opts: { everyMs: number; runAtStart?: boolean }): Scheduler {
  let running: Promise<PassReport> | null = null;
  let stopped = false;

  const pass = (): Promise<PassReport> => {
    if (running) return running;
    running = ingestDueFeeds(ctx).finally(() => {
      running = null;
    });
    return running;
  };
  const tick = () => {
    if (stopped) return;
    pass().catch((err: unknown) => ctx.log.error({ err }, 'scheduled ingest pass failed; will retry next tick'));
  };
  const timer = setInterval(tick, opts.everyMs);
  timer.unref();
  if (opts.runAtStart) tick();

  return {
    runNow: pass,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
