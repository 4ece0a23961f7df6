import { z } from 'zod';
import { addMinutes } from '../lib/index.js';
import { ingestFeed, type PipelineContext, recluster } from '../pipeline/index.js';
import type { EnqueueOptions, Job } from '../storage/index.js';

/** The kinds of job Multipolar queues. */
export const JOB_KINDS = ['ingest-feed', 'recluster'] as const;

/** One of JOB_KINDS. */
export type JobKind = (typeof JOB_KINDS)[number];

/** What a handler made of its job: done, or an expected failure that may or may not be worth retrying. */
export type JobResult = { ok: true } | { ok: false; error: string; retry: boolean };

/** What a handler may use besides the job: the pipeline, and a way to queue follow-up work. */
export interface HandlerEnv {
  ctx: PipelineContext;
  /** Queue a job and wake this process's idle workers. */
  enqueue(kind: string, payload: unknown, opts: EnqueueOptions): Promise<void>;
  /** How long a `recluster` queued after an ingest waits, so feeds finishing close together share it. */
  reclusterDelayMs: number;
}

/** Runs one job. Throwing means a bug or a lost dependency: the runner retries with back-off. */
export type JobHandler = (job: Job, env: HandlerEnv) => Promise<JobResult>;

/** The dedupe key of a feed's ingest job: the scheduler never queues a feed twice while one waits. */
export function feedJobKey(feedId: number): string {
  return `feed:${feedId}`;
}

/** The dedupe key shared by every queued re-clustering. */
export const RECLUSTER_KEY = 'recluster';

const ingestPayload = z.object({ feedId: z.number().int().positive() });

/**
 * Ingest one feed. A feed's own failures (404, not a feed, time-out) are recorded on the feed by
 * ingestFeed and are not job failures. Anything that stored articles queues one shared re-clustering.
 */
export const ingestFeedJob: JobHandler = async (job, env) => {
  const parsed = ingestPayload.safeParse(job.payload);
  if (!parsed.success)
    return { ok: false, error: `bad ingest-feed payload: ${JSON.stringify(job.payload)}`, retry: false };
  const { ctx } = env;
  const feed = await ctx.store.feeds.get(parsed.data.feedId);
  // Removed since it was queued, or already checked by a twin job or a one-off `ingest`: nothing to do.
  if (!feed) return { ok: true };
  const now = ctx.now();
  if (feed.nextCheckAt !== null && feed.nextCheckAt > now) return { ok: true };
  const outlet = feed.outletId === null ? null : await ctx.store.outlets.get(feed.outletId);
  if (!outlet) {
    // Recorded on the feed, with the usual interval, so the scheduler does not queue it every tick.
    await ctx.store.feeds.recordFailure(feed.id, {
      error: 'feed has no outlet',
      checkedAt: now,
      nextCheckAt: addMinutes(now, ctx.config.feedIntervalMinutes),
    });
    return { ok: true };
  }
  const report = await ingestFeed(ctx, feed, outlet);
  if (report.status === 'failed') ctx.log.info({ feed: feed.url }, `feed failed: ${report.error}`);
  if (report.stored > 0) {
    await env.enqueue(
      'recluster',
      {},
      { runAt: new Date(now.getTime() + env.reclusterDelayMs), dedupeKey: RECLUSTER_KEY },
    );
  }
  return { ok: true };
};

/** Re-cluster the recent articles into stories. */
export const reclusterJob: JobHandler = async (_job, env) => {
  const report = await recluster(env.ctx);
  env.ctx.log.debug(report, 'stories re-clustered');
  return { ok: true };
};

/** The handler of every kind in JOB_KINDS. */
export const defaultHandlers: Readonly<Record<JobKind, JobHandler>> = Object.freeze({
  'ingest-feed': ingestFeedJob,
  recluster: reclusterJob,
});
