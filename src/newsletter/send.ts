/**
 * Sending one issue to its list through the outbox, at most once per subscriber.
 *
 * The promise: a row goes queued → sending (committed) before its message is handed to SMTP, and
 * only a definite answer moves it on (sent; queued again after a 4xx or a connection that failed
 * before the hand-over; failed after a 5xx, which suppresses the address when the server refused
 * the recipient). A sender that dies leaves rows in `sending`; the next sender of the issue marks
 * them `unknown` and never sends them again. Nothing is re-sent on a guess.
 */
import { randomBytes } from 'node:crypto';
import type { OutboxRow, OutboxState, Store } from '../storage/index.js';
import { createRateLimiter } from './send-rate.js';
import { letterTemplate } from './send-mime.js';
import type { LetterEnvelope } from './send-personalise.js';
import type { MailTransport, SendOutcome } from './transport.js';
import type { RenderedLetter } from './types.js';

/** What a send needs. */
export interface SendDeps {
  store: Store;
  transport: MailTransport;
  envelope: LetterEnvelope;
  now(): Date;
}

/** How to send. */
export interface SendOptions {
  /** Messages handed to the transport per second, at most. */
  ratePerSecond: number;
  /** Messages in flight at once (default 5, the pool's connections). */
  concurrency?: number;
  /** Attempts before a row that keeps getting 4xx fails for good (default 5). */
  maxAttempts?: number;
  /** Back-off before each retry, by attempt (default 1 min, 5 min, 15 min, 1 h). */
  retryDelaysMs?: readonly number[];
  /** The sender's lease on the issue, renewed while it runs (default 30 s). */
  leaseMs?: number;
  /** How long to wait for another sender's lease to run out before giving up (default 2 × leaseMs). */
  waitForLeaseMs?: number;
  /** Called as rows finish. */
  onProgress?(p: { done: number; total: number }): void;
}

/** What a send did, and what is left. */
export interface SendReport {
  issueKey: string;
  /** Rows the issue has in the outbox (every recipient it was ever queued for). */
  total: number;
  /** Rows queued by this run (new recipients). */
  queuedNow: number;
  /** Rows a previous sender left in `sending`, now `unknown`. */
  reconciled: number;
  counts: Record<OutboxState, number>;
  /** When the earliest retry is due, or null when nothing waits. */
  nextRetryAt: Date | null;
}

/** Another sender holds the issue and its lease did not run out in time. */
export class SenderBusyError extends Error {}

const DEFAULT_DELAYS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

/** Queue `letter` for every current recipient of its list and send what is due. */
export async function sendLetter(
  deps: SendDeps,
  letter: RenderedLetter,
  opts: SendOptions,
): Promise<SendReport> {
  const { store } = deps;
  const issueKey = letter.issueKey;
  const holder = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const leaseMs = opts.leaseMs ?? 30_000;
  await takeLease(deps, issueKey, holder, leaseMs, opts.waitForLeaseMs ?? 2 * leaseMs);
  let lost = false;
  const renew = setInterval(
    () => {
      const now = deps.now();
      store.outbox
        .acquire(issueKey, holder, new Date(now.getTime() + leaseMs), now)
        .then((held) => {
          if (!held) lost = true;
        })
        .catch(() => {
          lost = true;
        });
    },
    Math.max(50, Math.floor(leaseMs / 3)),
  );
  try {
    // We hold the issue: whatever is still `sending` belongs to a sender that stopped.
    const reconciled = await store.outbox.reconcile(issueKey, deps.now());
    const recipients = await store.subscribers.recipients(letter.list);
    const queuedNow = await store.outbox.enqueue(issueKey, recipients, deps.now());
    const before = await store.outbox.counts(issueKey);
    const total = Object.values(before).reduce((a, b) => a + b, 0);
    let done = total - before.queued;
    opts.onProgress?.({ done, total });

    const concurrency = Math.max(1, opts.concurrency ?? 5);
    const copyFor = letterTemplate(letter, deps.envelope);
    const from = deps.envelope.fromAddress;
    const limiter = createRateLimiter(opts.ratePerSecond);
    for (;;) {
      if (lost) break;
      // Claimed rows are `sending` until settled, so a crash costs at most this many `unknown`s.
      const batch = await store.outbox.claim(issueKey, concurrency, deps.now());
      if (batch.length === 0) break;
      // The subscriber may have left, paused or bounced since the row was queued: look again now.
      const sendable = await store.subscribers.sendable(
        batch.map((r) => r.subscriberId),
        letter.list,
      );
      await inParallel(batch, concurrency, async (row) => {
        const outcome: Outcome = sendable.has(row.subscriberId)
          ? await limiter.take().then(() => deps.transport.sendRaw({ from, ...copyFor(recipientOf(row)) }))
          : { status: 'skipped', error: 'not sent: unsubscribed, paused or suppressed since it was queued' };
        await settle(deps, row, outcome, opts);
        done++;
        opts.onProgress?.({ done, total });
      });
    }
    return {
      issueKey,
      total,
      queuedNow,
      reconciled,
      counts: await store.outbox.counts(issueKey),
      nextRetryAt: await store.outbox.nextRetry(issueKey),
    };
  } finally {
    clearInterval(renew);
    await store.outbox.release(issueKey, holder).catch(() => {});
  }
}

async function takeLease(deps: SendDeps, issueKey: string, holder: string, leaseMs: number, waitMs: number) {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const now = deps.now();
    if (await deps.store.outbox.acquire(issueKey, holder, new Date(now.getTime() + leaseMs), now)) return;
    if (Date.now() >= deadline)
      throw new SenderBusyError(`another sender is working on ${issueKey}; try again when it has finished`);
    await new Promise((r) => setTimeout(r, Math.min(250, leaseMs / 4)));
  }
}

type Outcome = SendOutcome | { status: 'skipped'; error: string };

const recipientOf = (row: OutboxRow) => ({ subscriberId: row.subscriberId, email: row.email });

async function settle(deps: SendDeps, row: OutboxRow, outcome: Outcome, opts: SendOptions): Promise<void> {
  const at = deps.now();
  const outbox = deps.store.outbox;
  switch (outcome.status) {
    case 'sent':
      await outbox.finish(row.id, { state: 'sent', messageId: outcome.messageId }, at);
      return;
    case 'retry': {
      const delays = opts.retryDelaysMs ?? DEFAULT_DELAYS;
      if (row.attempts + 1 >= (opts.maxAttempts ?? 5)) {
        await outbox.finish(row.id, { state: 'failed', error: `gave up: ${outcome.error}` }, at);
        return;
      }
      const delay = delays[Math.min(row.attempts, delays.length - 1)] ?? 60_000;
      await outbox.finish(
        row.id,
        { state: 'queued', error: outcome.error, retryAt: new Date(at.getTime() + delay) },
        at,
      );
      return;
    }
    case 'rejected':
      await outbox.finish(row.id, { state: 'failed', error: outcome.error }, at);
      await deps.store.subscribers.suppress(row.email, `hard bounce: ${outcome.error}`, at);
      return;
    case 'failed':
    case 'skipped':
      await outbox.finish(row.id, { state: 'failed', error: outcome.error }, at);
      return;
    case 'unknown':
      await outbox.finish(row.id, { state: 'unknown', error: outcome.error }, at);
      return;
  }
}

async function inParallel<T>(
  items: readonly T[],
  width: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}
