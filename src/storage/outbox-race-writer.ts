/**
 * Test support, run as its own process by store-outbox.test.ts: at an agreed instant, queues one
 * issue for the same recipients as a twin process does, then claims rows until none is left,
 * printing one JSON line with how many rows it queued and the ids it claimed.
 */
import { openStore } from './open-store.js';
import type { OpenStoreOptions } from './types.js';

/** What the race test asks of one writer process (passed as JSON, its one argument). */
export interface OutboxRaceJob {
  options: OpenStoreOptions;
  issueKey: string;
  recipients: { id: number; email: string }[];
  startAt: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as OutboxRaceJob;
const store = await openStore(job.options);
await new Promise((r) => setTimeout(r, Math.max(0, job.startAt - Date.now())));
const queued = await store.outbox.enqueue(job.issueKey, job.recipients, new Date());
const claimed: number[] = [];
for (;;) {
  const rows = await store.outbox.claim(job.issueKey, 7, new Date());
  if (rows.length === 0) break;
  claimed.push(...rows.map((r) => r.id));
}
process.stdout.write(`${JSON.stringify({ queued, claimed })}\n`);
await store.close();
