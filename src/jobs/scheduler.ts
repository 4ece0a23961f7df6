import type { PipelineContext } from '../pipeline/index.js';
import { feedJobKey } from './handlers.js';

/** What one scheduler tick did. */
export interface TickReport {
  /** Feeds found due. */
  due: number;
  /** Ingest jobs newly queued (a feed whose job still waits is not queued again). */
  enqueued: number;
  /** Old finished jobs deleted. */
  pruned: number;
}

/** A running scheduler. */
export interface Scheduler {
  /** Run one tick now (or wait for the one in progress) and return its report. */
  runNow(): Promise<TickReport>;
  stop(): Promise<void>;
}

/** Feeds queued per tick at most; the rest stay due and are queued by the next ticks. */
const DUE_PER_TICK = 5000;
/** Finished jobs are kept this long for the status view. */
const KEEP_DONE_MS = 24 * 60 * 60_000;

/**
 * The scheduler role: every `everyMs`, queue one `ingest-feed` job per due feed (keyed by feed, so
 * a feed is never queued twice while its job waits) and prune old finished jobs. Workers do the
 * fetching. Ticks never overlap; one that throws (a lost database) is logged and the next tries again.
 */
export function startScheduler(
  ctx: PipelineContext,
  opts: { everyMs: number; runAtStart?: boolean; onEnqueued?: () => void },
): Scheduler {
  let running: Promise<TickReport> | null = null;
  let stopped = false;

  const tick = async (): Promise<TickReport> => {
    const now = ctx.now();
    const due = await ctx.store.feeds.due(now, DUE_PER_TICK);
    let enqueued = 0;
    for (const feed of due) {
      const { created } = await ctx.store.jobs.enqueue(
        'ingest-feed',
        { feedId: feed.id },
        { runAt: now, dedupeKey: feedJobKey(feed.id) },
      );
      if (created) enqueued++;
    }
    if (enqueued > 0) opts.onEnqueued?.();
    const pruned = await ctx.store.jobs.prune(new Date(now.getTime() - KEEP_DONE_MS));
    if (enqueued > 0) ctx.log.debug({ due: due.length, enqueued }, 'feeds queued for ingest');
    return { due: due.length, enqueued, pruned };
  };
  const once = (): Promise<TickReport> => {
    running ??= tick().finally(() => {
      running = null;
    });
    return running;
  };
  const onTimer = () => {
    if (stopped) return;
    once().catch((err: unknown) => ctx.log.error({ err }, 'scheduler tick failed; will retry next tick'));
  };
  const timer = setInterval(onTimer, opts.everyMs);
  if (opts.runAtStart) onTimer();

  return {
    runNow: once,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
