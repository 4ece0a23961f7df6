import { type Kysely, sql } from 'kysely';
import { safePage } from './batches.js';
import type { StoreDialect } from './dialects/dialect.js';
import { toJob } from './rows.js';
import type { Database, DbDate } from './schema.js';
import type { FailOutcome, JobState, JobStore } from './types.js';

const DEFAULT_MAX_ATTEMPTS = 5;
const LEASE_EXPIRED = 'lease expired: the worker stopped or crashed while running the job';

/** Job-queue queries over one database. */
export function createJobStore(d: StoreDialect): JobStore {
  const { db } = d;

  // A retry of the whole write covers the one race a transaction cannot: another process enqueueing a
  // pending twin between our look for one and our own return to pending (a unique-index violation).
  const failWithRetry = async (id: number, f: Failure): Promise<FailOutcome> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction().execute((trx) => failOnce(d, trx, id, f));
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  };

  return {
    async enqueue(kind, payload, opts) {
      const key = opts.dedupeKey ?? null;
      const values = {
        kind,
        payload: JSON.stringify(payload ?? null),
        state: 'pending',
        run_at: d.toDb(opts.runAt),
        max_attempts: Math.max(1, Math.floor(opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)),
        dedupe_key: key,
        created_at: d.toDb(new Date()),
      };
      // Two tries: the pending twin that blocked the insert may be claimed before we read it back.
      for (let attempt = 0; attempt < 2; attempt++) {
        const inserted = await db
          .insertInto('jobs')
          .values(values)
          .onConflict((oc) => oc.column('dedupe_key').where(sql<boolean>`state = 'pending'`).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (inserted) return { id: Number(inserted.id), created: true };
        const twin = await db
          .selectFrom('jobs')
          .select('id')
          .where('dedupe_key', '=', key)
          .where('state', '=', 'pending')
          .executeTakeFirst();
        if (twin) return { id: Number(twin.id), created: false };
      }
      throw new Error(`could not enqueue ${kind} job with dedupe key ${key}`);
    },

    async claim(kinds, workerId, now, leaseMs) {
      if (kinds.length === 0) return null;
      const next = db
        .selectFrom('jobs')
        .select('id')
        .where('state', '=', 'pending')
        .where('kind', 'in', [...kinds])
        .where('run_at', '<=', d.toDb(now))
        .orderBy('run_at')
        .orderBy('id')
        .limit(1)
        .$call((qb) => (d.claimLock ? qb.modifyEnd(d.claimLock) : qb));
      // One statement: pick and lease in the same write, so no two claimers can take the same row.
      const row = await db
        .updateTable('jobs')
        .set({
          state: 'running',
          locked_by: workerId,
          locked_until: d.toDb(new Date(now.getTime() + leaseMs)),
        })
        .where('id', '=', next)
        .where('state', '=', 'pending')
        .returningAll()
        .executeTakeFirst();
      return row ? toJob(d, row) : null;
    },

    async extendLease(id, workerId, until) {
      const r = await db
        .updateTable('jobs')
        .set({ locked_until: d.toDb(until) })
        .where('id', '=', id)
        .where('state', '=', 'running')
        .where('locked_by', '=', workerId)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async complete(id, opts = {}) {
      let q = db
        .updateTable('jobs')
        .set({ state: 'done', finished_at: d.toDb(opts.at ?? new Date()), locked_until: null })
        .where('id', '=', id)
        .where('state', '=', 'running');
      if (opts.workerId !== undefined) q = q.where('locked_by', '=', opts.workerId);
      const r = await q.executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    fail: (id, error, retryAt, opts = {}) =>
      failWithRetry(id, {
        error,
        retryAt,
        at: opts.at ?? new Date(),
        workerId: opts.workerId ?? null,
        leaseEndedBy: null,
      }),

    async releaseExpired(now) {
      const expired = await db
        .selectFrom('jobs')
        .select('id')
        .where('state', '=', 'running')
        .where('locked_until', '<=', d.toDb(now))
        .orderBy('id')
        .execute();
      let released = 0;
      for (const { id } of expired) {
        const outcome = await failWithRetry(Number(id), {
          error: LEASE_EXPIRED,
          retryAt: now,
          at: now,
          workerId: null,
          leaseEndedBy: now,
        });
        if (outcome !== 'not-running') released++;
      }
      return released;
    },

    async get(id) {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toJob(d, row) : null;
    },

    async list(filter, page) {
      const { limit, offset } = safePage(page);
      let q = db.selectFrom('jobs').selectAll();
      if (filter.state) q = q.where('state', '=', filter.state);
      if (filter.kind) q = q.where('kind', '=', filter.kind);
      const rows = await q.orderBy('id', 'desc').limit(limit).offset(offset).execute();
      return rows.map((r) => toJob(d, r));
    },

    async counts() {
      const rows = await db
        .selectFrom('jobs')
        .select((eb) => ['state', eb.fn.countAll().as('n')])
        .groupBy('state')
        .execute();
      const counts: Record<JobState, number> = { pending: 0, running: 0, done: 0, dead: 0 };
      for (const r of rows) if (r.state in counts) counts[r.state as JobState] = Number(r.n);
      return counts;
    },

    async prune(before) {
      const r = await db
        .deleteFrom('jobs')
        .where('state', '=', 'done')
        .where('finished_at', '<', d.toDb(before))
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

/** One failed run as fail() and releaseExpired() record it. */
interface Failure {
  error: string;
  retryAt: Date | null;
  at: Date;
  /** Only fail the job if this worker still holds it. */
  workerId: string | null;
  /** Only fail the job if its lease ended at or before this instant (a heartbeat may have moved it). */
  leaseEndedBy: Date | null;
}

async function failOnce(
  d: StoreDialect,
  trx: Kysely<Database>,
  id: number,
  f: Failure,
): Promise<FailOutcome> {
  // Write first: on SQLite that takes the write lock before anything is read, as an immediate
  // transaction would; on PostgreSQL it locks the job's row.
  let counted = trx
    .updateTable('jobs')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: f.error }))
    .where('id', '=', id)
    .where('state', '=', 'running');
  if (f.workerId !== null) counted = counted.where('locked_by', '=', f.workerId);
  if (f.leaseEndedBy !== null) counted = counted.where('locked_until', '<=', d.toDb(f.leaseEndedBy));
  const row = await counted.returning(['attempts', 'max_attempts', 'dedupe_key']).executeTakeFirst();
  if (!row) return 'not-running';

  const attempts = Number(row.attempts);
  if (f.retryAt === null || attempts >= Number(row.max_attempts)) {
    await trx
      .updateTable('jobs')
      .set({ state: 'dead', finished_at: d.toDb(f.at), locked_until: null })
      .where('id', '=', id)
      .execute();
    return 'dead';
  }

  const retryAt: DbDate = d.toDb(f.retryAt);
  if (row.dedupe_key !== null) {
    // A pending twin (queued while this one ran) would clash on the unique key: it takes the retry over.
    const twin = await trx
      .updateTable('jobs')
      .set((eb) => ({
        run_at: eb.case().when('run_at', '<', retryAt).then(retryAt).else(eb.ref('run_at')).end(),
        attempts: eb.case().when('attempts', '<', attempts).then(attempts).else(eb.ref('attempts')).end(),
        last_error: f.error,
      }))
      .where('dedupe_key', '=', row.dedupe_key)
      .where('state', '=', 'pending')
      .returning('id')
      .executeTakeFirst();
    if (twin) {
      await trx.deleteFrom('jobs').where('id', '=', id).execute();
      return 'retry';
    }
  }
  await trx
    .updateTable('jobs')
    .set({ state: 'pending', run_at: retryAt, locked_by: null, locked_until: null })
    .where('id', '=', id)
    .execute();
  return 'retry';
}
