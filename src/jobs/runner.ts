import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { PipelineContext } from '../pipeline/index.js';
import type { Job } from '../storage/index.js';
import { retryDelayMs } from './backoff.js';
import { defaultHandlers, type HandlerEnv, type JobHandler, type JobResult } from './handlers.js';

/** How a worker runs: which kinds it takes, how many at once, how often it looks for work. */
export interface JobRunnerOptions {
  /** Kinds to claim (default: every kind that has a handler). */
  kinds?: readonly string[];
  /** Jobs run at once by this process (default 4). */
  concurrency?: number;
  /** How long an idle worker waits before looking again (default 1 s). */
  pollMs?: number;
  /** A claimed job is this worker's for this long, renewed while it runs (default 5 min). */
  leaseMs?: number;
  /** Names this process in the jobs table (default host:pid:random). */
  workerId?: string;
  /** Handlers by kind, added to (or replacing) the default ones. */
  handlers?: Readonly<Record<string, JobHandler>>;
  /** Wait before retry number n after a handler threw (default: 30 s doubling, at most an hour). */
  retryDelayMs?: (attempts: number) => number;
  /** How long a re-clustering waits for more feeds to finish (default 15 s). */
  reclusterDelayMs?: number;
}

/** A running worker. */
export interface JobRunner {
  readonly workerId: string;
  /** Look for work now instead of at the next poll (after queueing from this process). */
  wake(): void;
  /** Resolves the next time every slot has looked, found nothing due, and nothing is running. */
  idle(): Promise<void>;
  /** Stop claiming, let the running jobs finish, then resolve. */
  stop(): Promise<void>;
}

/** Start a worker loop: `concurrency` slots, each claiming a due job, running its handler, recording the outcome. */
export function createJobRunner(ctx: PipelineContext, opts: JobRunnerOptions = {}): JobRunner {
  const handlers: Record<string, JobHandler> = { ...defaultHandlers, ...opts.handlers };
  const kinds = [...(opts.kinds ?? Object.keys(handlers))];
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 4));
  const pollMs = Math.max(1, opts.pollMs ?? 1000);
  const leaseMs = Math.max(1000, opts.leaseMs ?? 5 * 60_000);
  const delay = opts.retryDelayMs ?? retryDelayMs;
  const workerId = opts.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const jobs = ctx.store.jobs;
  const log = ctx.log.child({ worker: workerId });

  let stopping = false;
  let sleepers: (() => void)[] = [];
  // idle() waits for a moment when every slot is idle after a claim that began after idle() was asked.
  let generation = 0;
  let idleWaiters: { gen: number; resolve: () => void }[] = [];
  const idleSlots = new Set<number>();
  const claimGen: number[] = [];
  let lastRelease = Number.NEGATIVE_INFINITY;

  const wake = () => {
    const woken = sleepers;
    sleepers = [];
    for (const w of woken) w();
  };
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, pollMs);
      function done() {
        clearTimeout(timer);
        sleepers = sleepers.filter((s) => s !== done);
        resolve();
      }
      sleepers.push(done);
    });
  const settleIdle = () => {
    if (idleSlots.size < concurrency && !stopping) return;
    const seen = stopping ? Number.POSITIVE_INFINITY : Math.min(...claimGen);
    const ready = idleWaiters.filter((w) => w.gen <= seen);
    idleWaiters = idleWaiters.filter((w) => w.gen > seen);
    for (const w of ready) w.resolve();
  };

  const env: HandlerEnv = {
    ctx,
    reclusterDelayMs: Math.max(0, opts.reclusterDelayMs ?? 15_000),
    async enqueue(kind, payload, o) {
      await jobs.enqueue(kind, payload, o);
      wake();
    },
  };

  // A crashed worker's jobs come back after their lease; any worker may notice, at most every few seconds.
  const releaseExpired = async () => {
    const nowMs = Date.now();
    if (nowMs - lastRelease < Math.min(leaseMs / 4, 10_000)) return;
    lastRelease = nowMs;
    const released = await jobs.releaseExpired(ctx.now());
    if (released > 0) log.warn({ released }, 'jobs whose lease ran out are queued again');
  };

  const record = async (job: Job, result: JobResult) => {
    const at = ctx.now();
    if (result.ok) {
      await jobs.complete(job.id, { workerId, at });
      return;
    }
    const retryAt = result.retry ? new Date(at.getTime() + delay(job.attempts + 1)) : null;
    const outcome = await jobs.fail(job.id, result.error, retryAt, { workerId, at });
    log.warn({ job: job.id, kind: job.kind, outcome }, `job failed: ${result.error}`);
  };

  const run = async (job: Job) => {
    const heartbeat = setInterval(() => {
      jobs
        .extendLease(job.id, workerId, new Date(ctx.now().getTime() + leaseMs))
        .then((held) => {
          if (!held) log.warn({ job: job.id, kind: job.kind }, 'lost the lease of a running job');
        })
        .catch((err: unknown) => log.error({ err, job: job.id }, 'could not extend a job lease'));
    }, leaseMs / 3);
    heartbeat.unref();
    let result: JobResult;
    try {
      const handler = handlers[job.kind];
      result = handler
        ? await handler(job, env)
        : { ok: false, error: `no handler for job kind ${job.kind}`, retry: false };
    } catch (err) {
      result = { ok: false, error: err instanceof Error ? err.message : String(err), retry: true };
    } finally {
      clearInterval(heartbeat);
    }
    try {
      await record(job, result);
    } catch (err) {
      // The lease runs out and another worker takes the job again.
      log.error({ err, job: job.id, kind: job.kind }, 'could not record a job outcome');
    }
  };

  const slot = async (i: number) => {
    while (!stopping) {
      idleSlots.delete(i);
      claimGen[i] = generation;
      let job: Job | null = null;
      try {
        await releaseExpired();
        job = await jobs.claim(kinds, workerId, ctx.now(), leaseMs);
      } catch (err) {
        log.error({ err }, 'could not claim a job; will try again');
      }
      if (job) {
        await run(job);
        continue;
      }
      idleSlots.add(i);
      settleIdle();
      if (!stopping) await sleep();
    }
    idleSlots.add(i);
  };

  for (let i = 0; i < concurrency; i++) claimGen.push(-1);
  const slots = Array.from({ length: concurrency }, (_, i) => slot(i));
  let stopped: Promise<void> | null = null;

  return {
    workerId,
    wake,
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push({ gen: ++generation, resolve });
        wake();
        if (stopping) settleIdle();
      }),
    stop() {
      stopped ??= (async () => {
        stopping = true;
        wake();
        await Promise.all(slots);
        settleIdle();
      })();
      return stopped;
    },
  };
}
