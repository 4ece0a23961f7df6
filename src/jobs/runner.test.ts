import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoNewsroom, demoArticles, startDemoNewsroom, toNewOutlet } from '../demo/index.js';
import type { PipelineContext } from '../pipeline/index.js';
import { openTestContext } from '../pipeline/test-context.js';
import type { Store } from '../storage/index.js';
import { forEachDialect } from '../storage/test-harness.js';
import { retryDelayMs } from './backoff.js';
import { ingestFeedJob, type JobHandler } from './handlers.js';
import { createJobRunner } from './runner.js';
import { startScheduler } from './scheduler.js';

const start = new Date('2026-11-28T12:00:00Z');
const stories = new Set(['central-bank-rates', 'sco-summit']);
const articles = demoArticles.filter((a) => stories.has(a.story));

/** A pipeline context whose clock the test moves by hand. */
function withClock(base: PipelineContext, store: Store = base.store) {
  const clock = { now: start };
  const ctx: PipelineContext = { ...base, store, now: () => clock.now };
  return { ctx, advance: (ms: number) => (clock.now = new Date(clock.now.getTime() + ms)) };
}

async function subscribeAll(store: Store, newsroom: DemoNewsroom): Promise<number[]> {
  const ids: number[] = [];
  for (const { outlet, url } of newsroom.feedUrls) {
    const stored = await store.outlets.upsert(toNewOutlet(outlet, `demo/${outlet.slug}`));
    ids.push((await store.feeds.add(url, stored.id)).id);
  }
  return ids;
}

describe('job runner over the demo newsroom', () => {
  let newsroom: DemoNewsroom;

  beforeAll(async () => {
    newsroom = await startDemoNewsroom({ now: start, articles });
  });
  afterAll(async () => {
    await newsroom.close();
  });

  it('queues each due feed once, drains them with workers, then builds the stories in one re-clustering', async () => {
    const t = await openTestContext({ allow: ['127.0.0.1'], now: start, timeoutMs: 2000 });
    const { ctx, advance } = withClock(t.ctx);
    const scheduler = startScheduler(ctx, { everyMs: 3_600_000 });
    const runner = createJobRunner(ctx, { concurrency: 3, pollMs: 10, reclusterDelayMs: 60_000 });
    try {
      const feeds = await subscribeAll(ctx.store, newsroom);
      expect(await scheduler.runNow()).toMatchObject({ due: feeds.length, enqueued: feeds.length });
      expect(await scheduler.runNow()).toMatchObject({ due: feeds.length, enqueued: 0 });

      await runner.idle();
      expect(await ctx.store.articles.count()).toBe(articles.length);
      // Every feed finished; the re-clustering they asked for waits for stragglers, shared by all.
      expect(await ctx.store.jobs.counts()).toEqual({ pending: 1, running: 0, done: feeds.length, dead: 0 });
      expect(await ctx.store.stories.count()).toBe(0);

      advance(60_000);
      await runner.idle();
      const reclusters = await ctx.store.jobs.list({ kind: 'recluster' }, { limit: 10, offset: 0 });
      expect(reclusters.map((j) => j.state)).toEqual(['done']);
      expect(await ctx.store.stories.count()).toBeGreaterThanOrEqual(stories.size);
      // Checked feeds are not due again until their interval has passed.
      expect(await scheduler.runNow()).toMatchObject({ due: 0, enqueued: 0 });
      const checked = await ctx.store.feeds.list();
      expect(checked.every((f) => f.lastCheckedAt !== null && f.failures === 0)).toBe(true);
    } finally {
      await scheduler.stop();
      await runner.stop();
      await t.close();
    }
  });

  it('retries a handler that throws with growing back-off, then marks the job dead with its error', async () => {
    const t = await openTestContext({ allow: [], now: start });
    const { ctx, advance } = withClock(t.ctx);
    let calls = 0;
    const explode: JobHandler = async () => {
      calls++;
      throw new Error(`kaboom ${calls}`);
    };
    const runner = createJobRunner(ctx, { kinds: ['explode'], handlers: { explode }, pollMs: 10 });
    try {
      const { id } = await ctx.store.jobs.enqueue('explode', {}, { runAt: start, maxAttempts: 3 });
      await runner.idle();
      expect(await ctx.store.jobs.get(id)).toMatchObject({
        state: 'pending',
        attempts: 1,
        lastError: 'kaboom 1',
        runAt: new Date(start.getTime() + retryDelayMs(1)),
      });
      advance(retryDelayMs(1) - 1);
      await runner.idle();
      expect(calls).toBe(1);
      advance(1);
      await runner.idle();
      expect(await ctx.store.jobs.get(id)).toMatchObject({
        state: 'pending',
        attempts: 2,
        lastError: 'kaboom 2',
      });
      advance(retryDelayMs(2));
      await runner.idle();
      expect(calls).toBe(3);
      expect(await ctx.store.jobs.get(id)).toMatchObject({
        state: 'dead',
        attempts: 3,
        lastError: 'kaboom 3',
      });
      advance(3_600_000);
      await runner.idle();
      expect(calls).toBe(3);
    } finally {
      await runner.stop();
      await t.close();
    }
  });

  it('gives up at once on an ingest job whose payload names no feed', async () => {
    const t = await openTestContext({ allow: [], now: start });
    const runner = createJobRunner(t.ctx, { pollMs: 10 });
    try {
      const { id } = await t.ctx.store.jobs.enqueue('ingest-feed', { feed: 'x' }, { runAt: start });
      await runner.idle();
      expect(await t.ctx.store.jobs.get(id)).toMatchObject({
        state: 'dead',
        attempts: 1,
        lastError: expect.stringMatching(/bad ingest-feed payload/),
      });
    } finally {
      await runner.stop();
      await t.close();
    }
  });

  it('takes over a job whose worker vanished once its lease has run out', async () => {
    const t = await openTestContext({ allow: [], now: start });
    const { ctx, advance } = withClock(t.ctx);
    const ran: number[] = [];
    const note: JobHandler = async (job) => {
      ran.push(job.id);
      return { ok: true };
    };
    const { id } = await ctx.store.jobs.enqueue('note', {}, { runAt: start });
    await ctx.store.jobs.claim(['note'], 'vanished', start, 60_000);
    advance(60_000);
    const runner = createJobRunner(ctx, { kinds: ['note'], handlers: { note }, pollMs: 10 });
    try {
      await runner.idle();
      expect(ran).toEqual([id]);
      expect(await ctx.store.jobs.get(id)).toMatchObject({
        state: 'done',
        attempts: 1,
        lockedBy: runner.workerId,
      });
    } finally {
      await runner.stop();
      await t.close();
    }
  });

  it('stops claiming on shutdown but lets the running job finish', async () => {
    const t = await openTestContext({ allow: [], now: start });
    let release!: () => void;
    let started!: () => void;
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const slow: JobHandler = async () => {
      started();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return { ok: true };
    };
    const runner = createJobRunner(t.ctx, {
      kinds: ['slow'],
      handlers: { slow },
      pollMs: 10,
      concurrency: 1,
    });
    try {
      const first = await t.ctx.store.jobs.enqueue('slow', {}, { runAt: start });
      await running;
      let stopped = false;
      const stopping = runner.stop().then(() => {
        stopped = true;
      });
      const second = await t.ctx.store.jobs.enqueue('slow', {}, { runAt: start });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stopped).toBe(false);
      release();
      await stopping;
      expect((await t.ctx.store.jobs.get(first.id))?.state).toBe('done');
      expect((await t.ctx.store.jobs.get(second.id))?.state).toBe('pending');
    } finally {
      await runner.stop();
      await t.close();
    }
  });

  // On PostgreSQL the two runners stand for two worker processes, each with its own connection pool.
  // On SQLite they share one connection, as an embedded process does: better-sqlite3 blocks the thread
  // while it waits for the file lock, so two connections in one process would stall each other.
  forEachDialect((fresh, dialect) => {
    it('drains the queue with two runners without ingesting any feed twice', async () => {
      const db = await fresh();
      const other = dialect === 'postgres' ? await db.reopen() : db.store;
      const t = await openTestContext({ allow: ['127.0.0.1'], now: start, timeoutMs: 2000 });
      const a = withClock(t.ctx, db.store);
      const b = withClock(t.ctx, other);
      const ingested: number[] = [];
      const counting: JobHandler = async (job, env) => {
        ingested.push((job.payload as { feedId: number }).feedId);
        return ingestFeedJob(job, env);
      };
      const handlers = { 'ingest-feed': counting };
      const runners = [
        createJobRunner(a.ctx, { handlers, concurrency: 2, pollMs: 10, reclusterDelayMs: 0 }),
        createJobRunner(b.ctx, { handlers, concurrency: 2, pollMs: 10, reclusterDelayMs: 0 }),
      ];
      try {
        const feeds = await subscribeAll(db.store, newsroom);
        const scheduler = startScheduler(a.ctx, { everyMs: 3_600_000 });
        expect((await scheduler.runNow()).enqueued).toBe(feeds.length);
        await scheduler.stop();
        // Each runner only knows its own slots: wait until both are idle with nothing left in the queue.
        for (;;) {
          await Promise.all(runners.map((r) => r.idle()));
          const left = await db.store.jobs.counts();
          if (left.pending === 0 && left.running === 0) break;
        }
        expect([...ingested].sort((x, y) => x - y)).toEqual([...feeds].sort((x, y) => x - y));
        expect(await db.store.articles.count()).toBe(articles.length);
        expect(await other.stories.count()).toBeGreaterThanOrEqual(stories.size);
        const counts = await db.store.jobs.counts();
        expect(counts).toMatchObject({ pending: 0, running: 0, dead: 0 });
        expect(counts.done).toBeGreaterThan(feeds.length);
      } finally {
        await Promise.all(runners.map((r) => r.stop()));
        await t.close();
      }
    });
  });
});
