import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutboxRaceJob } from './outbox-race-writer.js';
import { forEachDialect, runWriterProcess } from './test-harness.js';
import type { Store } from './types.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 7, 8, 0, seconds));
const script = path.join(import.meta.dirname, 'outbox-race-writer.ts');

async function subscribers(store: Store, n: number) {
  const out: { id: number; email: string }[] = [];
  for (let i = 0; i < n; i++) {
    const email = `reader${i}@example.org`;
    const { subscriber } = await store.subscribers.upsert(
      { email, lists: ['briefing'], state: 'confirmed' },
      at(0),
    );
    out.push({ id: subscriber.id, email });
  }
  return out;
}

async function runWriter(job: OutboxRaceJob): Promise<{ queued: number; claimed: number[] }> {
  return JSON.parse(await runWriterProcess(script, job));
}

describe('storage: the outbox', () => {
  forEachDialect((fresh) => {
    it('queues a letter once per subscriber however often it is enqueued', async () => {
      const { store } = await fresh();
      const rs = await subscribers(store, 5);
      expect(await store.outbox.enqueue('briefing/2026-12-07', rs.slice(0, 3), at(0))).toBe(3);
      expect(await store.outbox.enqueue('briefing/2026-12-07', rs, at(1))).toBe(2);
      expect(await store.outbox.enqueue('briefing/2026-12-08', rs, at(1))).toBe(5);
      expect((await store.outbox.counts('briefing/2026-12-07')).queued).toBe(5);
    });

    it('moves rows queued → sending → sent / failed / queued again, and only from sending', async () => {
      const { store } = await fresh();
      const rs = await subscribers(store, 4);
      await store.outbox.enqueue('k', rs, at(0));
      const claimed = await store.outbox.claim('k', 3, at(1));
      expect(claimed.map((r) => r.email)).toEqual(rs.slice(0, 3).map((r) => r.email));
      expect(claimed.every((r) => r.state === 'sending')).toBe(true);
      expect(await store.outbox.finish(claimed[0]!.id, { state: 'sent', messageId: '<m1@x>' }, at(2))).toBe(
        true,
      );
      expect(await store.outbox.finish(claimed[0]!.id, { state: 'failed', error: 'late' }, at(2))).toBe(
        false,
      );
      await store.outbox.finish(claimed[1]!.id, { state: 'failed', error: '550 no such user' }, at(2));
      await store.outbox.finish(
        claimed[2]!.id,
        { state: 'queued', error: '451 try later', retryAt: at(60) },
        at(2),
      );
      expect(await store.outbox.nextRetry('k')).toEqual(at(0));
      // The fourth row is due now; the retried one only at its retry time.
      expect((await store.outbox.claim('k', 10, at(3))).map((r) => r.email)).toEqual([rs[3]!.email]);
      expect(await store.outbox.claim('k', 10, at(30))).toEqual([]);
      const retried = await store.outbox.claim('k', 10, at(60));
      expect(retried).toHaveLength(1);
      expect(retried[0]).toMatchObject({ attempts: 1, lastError: '451 try later' });
      expect(await store.outbox.counts('k')).toEqual({
        queued: 0,
        sending: 2,
        sent: 1,
        failed: 1,
        unknown: 0,
      });
      expect(await store.outbox.reconcile('k', at(61))).toBe(2);
      expect(await store.outbox.counts('k')).toMatchObject({ sending: 0, unknown: 2 });
      expect(await store.outbox.claim('k', 10, at(99))).toEqual([]);
    });

    it('gives the sender lease to one holder at a time until it runs out or is released', async () => {
      const { store } = await fresh();
      expect(await store.outbox.acquire('k', 'a', at(10), at(0))).toBe(true);
      expect(await store.outbox.acquire('k', 'b', at(11), at(1))).toBe(false);
      expect(await store.outbox.acquire('k', 'a', at(20), at(5))).toBe(true);
      expect(await store.outbox.acquire('k', 'b', at(25), at(15))).toBe(false);
      expect(await store.outbox.acquire('k', 'b', at(30), at(20))).toBe(true);
      await store.outbox.release('k', 'a');
      expect(await store.outbox.acquire('k', 'a', at(31), at(21))).toBe(false);
      await store.outbox.release('k', 'b');
      expect(await store.outbox.acquire('k', 'a', at(31), at(21))).toBe(true);
    });

    it('two processes queueing and claiming one issue at once: no duplicate row, no row claimed twice', async () => {
      const { store, options } = await fresh();
      const rs = await subscribers(store, 300);
      const startAt = Date.now() + 2500;
      const job = { options, issueKey: 'race/1', recipients: rs, startAt };
      const [a, b] = await Promise.all([runWriter(job), runWriter(job)]);
      expect(a.queued + b.queued).toBe(300);
      expect(a.claimed.length + b.claimed.length).toBe(300);
      expect(new Set([...a.claimed, ...b.claimed]).size).toBe(300);
      expect(await store.outbox.list('race/1')).toHaveLength(300);
    }, 60_000);
  });
});
