import { describe, expect, it } from 'vitest';
import { forEachDialect } from './test-harness.js';
import type { Job, Store } from './types.js';

const t0 = new Date('2026-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

/** Claim until the queue has nothing due, yielding between claims so other claimers interleave. */
async function drain(store: Store, worker: string): Promise<Job[]> {
  const got: Job[] = [];
  for (;;) {
    const job = await store.jobs.claim(['ingest-feed'], worker, t0, 60_000);
    if (!job) return got;
    got.push(job);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('storage: the job queue', () => {
  forEachDialect((fresh) => {
    it('leases the due job of a wanted kind with the earliest run time, and nothing before its time', async () => {
      const { store } = await fresh();
      await store.jobs.enqueue('recluster', {}, { runAt: t0 });
      const later = await store.jobs.enqueue('ingest-feed', { feedId: 2 }, { runAt: at(5_000) });
      const sooner = await store.jobs.enqueue('ingest-feed', { feedId: 1 }, { runAt: at(1_000) });
      expect(await store.jobs.claim(['ingest-feed'], 'w1', t0, 30_000)).toBeNull();
      const job = await store.jobs.claim(['ingest-feed'], 'w1', at(10_000), 30_000);
      expect(job).toMatchObject({
        id: sooner.id,
        kind: 'ingest-feed',
        payload: { feedId: 1 },
        state: 'running',
        attempts: 0,
        lockedBy: 'w1',
        lockedUntil: at(40_000),
      });
      expect((await store.jobs.claim(['ingest-feed'], 'w1', at(10_000), 30_000))?.id).toBe(later.id);
      expect(await store.jobs.claim(['ingest-feed'], 'w1', at(10_000), 30_000)).toBeNull();
      expect(await store.jobs.claim([], 'w1', at(10_000), 30_000)).toBeNull();
      expect((await store.jobs.claim(['recluster'], 'w1', at(10_000), 30_000))?.kind).toBe('recluster');
    });

    it('returns the pending job instead of queueing a second one with the same dedupe key', async () => {
      const { store } = await fresh();
      const first = await store.jobs.enqueue(
        'ingest-feed',
        { feedId: 7 },
        { runAt: t0, dedupeKey: 'feed:7' },
      );
      const again = await store.jobs.enqueue(
        'ingest-feed',
        { feedId: 7 },
        { runAt: t0, dedupeKey: 'feed:7' },
      );
      expect(first.created).toBe(true);
      expect(again).toEqual({ id: first.id, created: false });
      const other = await store.jobs.enqueue(
        'ingest-feed',
        { feedId: 8 },
        { runAt: t0, dedupeKey: 'feed:8' },
      );
      expect(other.created).toBe(true);
      const plain = [
        await store.jobs.enqueue('recluster', {}, { runAt: t0 }),
        await store.jobs.enqueue('recluster', {}, { runAt: t0 }),
      ];
      expect(plain.every((p) => p.created)).toBe(true);
      expect(plain[0]!.id).not.toBe(plain[1]!.id);
      // Once the job is running, the key is free: work that arrives meanwhile gets its own run.
      await store.jobs.claim(['ingest-feed'], 'w1', t0, 60_000);
      await store.jobs.claim(['ingest-feed'], 'w1', t0, 60_000);
      const afterClaim = await store.jobs.enqueue(
        'ingest-feed',
        { feedId: 7 },
        { runAt: t0, dedupeKey: 'feed:7' },
      );
      expect(afterClaim.created).toBe(true);
      expect(await store.jobs.counts()).toEqual({ pending: 3, running: 2, done: 0, dead: 0 });
    });

    it('never leases one job to two claimers working on separate connections at once', async () => {
      const a = await fresh();
      const b = await a.reopen();
      const total = 60;
      for (let i = 0; i < total; i++) {
        await a.store.jobs.enqueue('ingest-feed', { feedId: i }, { runAt: t0, dedupeKey: `feed:${i}` });
      }
      const [fromA, fromB, fromA2, fromB2] = await Promise.all([
        drain(a.store, 'a1'),
        drain(b, 'b1'),
        drain(a.store, 'a2'),
        drain(b, 'b2'),
      ]);
      const ids = [...fromA, ...fromB, ...fromA2, ...fromB2].map((j) => j.id);
      expect(ids.length).toBe(total);
      expect(new Set(ids).size).toBe(total);
      expect(await a.store.jobs.counts()).toMatchObject({ pending: 0, running: total });
    });

    it('marks a finished job done once, and only for the worker that holds it', async () => {
      const { store } = await fresh();
      const { id } = await store.jobs.enqueue('recluster', {}, { runAt: t0 });
      await store.jobs.claim(['recluster'], 'w1', t0, 60_000);
      expect(await store.jobs.complete(id, { workerId: 'w2' })).toBe(false);
      expect(await store.jobs.complete(id, { workerId: 'w1', at: at(2_000) })).toBe(true);
      expect(await store.jobs.complete(id)).toBe(false);
      expect(await store.jobs.get(id)).toMatchObject({
        state: 'done',
        finishedAt: at(2_000),
        lockedBy: 'w1',
      });
      expect(await store.jobs.get(id + 1000)).toBeNull();
    });

    it('queues a failed job again at its back-off time with the attempt counted and the error kept', async () => {
      const { store } = await fresh();
      const { id } = await store.jobs.enqueue('ingest-feed', { feedId: 1 }, { runAt: t0 });
      await store.jobs.claim(['ingest-feed'], 'w1', t0, 60_000);
      expect(await store.jobs.fail(id, 'socket hang up', at(30_000), { workerId: 'w1' })).toBe('retry');
      expect(await store.jobs.get(id)).toMatchObject({
        state: 'pending',
        attempts: 1,
        lastError: 'socket hang up',
        runAt: at(30_000),
        lockedUntil: null,
      });
      expect(await store.jobs.claim(['ingest-feed'], 'w1', at(29_999), 60_000)).toBeNull();
      const retried = await store.jobs.claim(['ingest-feed'], 'w2', at(30_000), 60_000);
      expect(retried).toMatchObject({ id, attempts: 1, lockedBy: 'w2' });
      // A worker that no longer holds the job cannot fail it.
      expect(await store.jobs.fail(id, 'late', at(60_000), { workerId: 'w1' })).toBe('not-running');
      expect(await store.jobs.fail(id + 1000, 'nothing', at(60_000))).toBe('not-running');
    });

    it('gives up on a job after its maximum attempts, or at once when no retry is asked for', async () => {
      const { store } = await fresh();
      const { id } = await store.jobs.enqueue('ingest-feed', { feedId: 1 }, { runAt: t0, maxAttempts: 2 });
      await store.jobs.claim(['ingest-feed'], 'w1', t0, 60_000);
      expect(await store.jobs.fail(id, 'first', t0)).toBe('retry');
      await store.jobs.claim(['ingest-feed'], 'w1', t0, 60_000);
      expect(await store.jobs.fail(id, 'second', t0, { at: at(1_000) })).toBe('dead');
      expect(await store.jobs.get(id)).toMatchObject({
        state: 'dead',
        attempts: 2,
        lastError: 'second',
        finishedAt: at(1_000),
      });
      expect(await store.jobs.claim(['ingest-feed'], 'w1', at(1e9), 60_000)).toBeNull();

      const bad = await store.jobs.enqueue('ingest-feed', { nonsense: true }, { runAt: t0 });
      await store.jobs.claim(['ingest-feed'], 'w1', t0, 60_000);
      expect(await store.jobs.fail(bad.id, 'payload has no feedId', null)).toBe('dead');
      expect(await store.jobs.list({ state: 'dead' }, { limit: 10, offset: 0 })).toMatchObject([
        { id: bad.id, attempts: 1, lastError: 'payload has no feedId' },
        { id, attempts: 2 },
      ]);
      expect(await store.jobs.counts()).toEqual({ pending: 0, running: 0, done: 0, dead: 2 });
    });

    it('makes a job claimable again once the lease of a worker that vanished has run out', async () => {
      const { store } = await fresh();
      const { id } = await store.jobs.enqueue('ingest-feed', { feedId: 1 }, { runAt: t0 });
      await store.jobs.claim(['ingest-feed'], 'crashed', t0, 10_000);
      expect(await store.jobs.releaseExpired(at(9_999))).toBe(0);
      expect(await store.jobs.claim(['ingest-feed'], 'w2', at(9_999), 10_000)).toBeNull();
      expect(await store.jobs.releaseExpired(at(10_000))).toBe(1);
      expect(await store.jobs.get(id)).toMatchObject({
        state: 'pending',
        attempts: 1,
        lastError: expect.stringMatching(/lease expired/),
      });
      expect(await store.jobs.claim(['ingest-feed'], 'w2', at(10_000), 10_000)).toMatchObject({
        id,
        lockedBy: 'w2',
      });
      // The vanished worker coming back cannot finish what is now another worker's.
      expect(await store.jobs.complete(id, { workerId: 'crashed' })).toBe(false);
      expect(await store.jobs.complete(id, { workerId: 'w2' })).toBe(true);
    });

    it('keeps a job leased while its worker extends the lease', async () => {
      const { store } = await fresh();
      const { id } = await store.jobs.enqueue('recluster', {}, { runAt: t0 });
      await store.jobs.claim(['recluster'], 'w1', t0, 10_000);
      expect(await store.jobs.extendLease(id, 'w2', at(50_000))).toBe(false);
      expect(await store.jobs.extendLease(id, 'w1', at(30_000))).toBe(true);
      expect(await store.jobs.releaseExpired(at(20_000))).toBe(0);
      expect((await store.jobs.get(id))?.state).toBe('running');
      expect(await store.jobs.releaseExpired(at(30_000))).toBe(1);
    });

    it('folds the retry of a running job into a pending twin queued meanwhile, keeping the key unique', async () => {
      const { store } = await fresh();
      const running = await store.jobs.enqueue(
        'ingest-feed',
        { feedId: 3 },
        { runAt: t0, dedupeKey: 'feed:3' },
      );
      await store.jobs.claim(['ingest-feed'], 'w1', t0, 60_000);
      const twin = await store.jobs.enqueue(
        'ingest-feed',
        { feedId: 3 },
        { runAt: at(1_000), dedupeKey: 'feed:3' },
      );
      expect(twin.created).toBe(true);
      expect(await store.jobs.fail(running.id, 'timeout', at(120_000))).toBe('retry');
      expect(await store.jobs.get(running.id)).toBeNull();
      expect(await store.jobs.get(twin.id)).toMatchObject({
        state: 'pending',
        attempts: 1,
        lastError: 'timeout',
        runAt: at(120_000),
      });
      expect(await store.jobs.counts()).toEqual({ pending: 1, running: 0, done: 0, dead: 0 });
      // The same holds when the lease of a crashed worker runs out.
      await store.jobs.claim(['ingest-feed'], 'w1', at(120_000), 1_000);
      const third = await store.jobs.enqueue(
        'ingest-feed',
        { feedId: 3 },
        { runAt: at(500_000), dedupeKey: 'feed:3' },
      );
      expect(await store.jobs.releaseExpired(at(121_000))).toBe(1);
      expect(await store.jobs.get(third.id)).toMatchObject({
        state: 'pending',
        attempts: 2,
        runAt: at(500_000),
      });
    });

    it('prunes done jobs that finished before a date and keeps dead ones', async () => {
      const { store } = await fresh();
      const old = await store.jobs.enqueue('recluster', {}, { runAt: t0 });
      const recent = await store.jobs.enqueue('recluster', {}, { runAt: t0 });
      const dead = await store.jobs.enqueue('recluster', {}, { runAt: t0, maxAttempts: 1 });
      for (let i = 0; i < 3; i++) await store.jobs.claim(['recluster'], 'w1', t0, 60_000);
      await store.jobs.complete(old.id, { at: at(1_000) });
      await store.jobs.complete(recent.id, { at: at(9_000) });
      await store.jobs.fail(dead.id, 'boom', t0, { at: at(1_000) });
      expect(await store.jobs.prune(at(5_000))).toBe(1);
      expect(await store.jobs.get(old.id)).toBeNull();
      expect((await store.jobs.get(recent.id))?.state).toBe('done');
      expect((await store.jobs.get(dead.id))?.state).toBe('dead');
    });
  });
});
