import type { Selectable } from 'kysely';
import { inBatches } from './batches.js';
import type { StoreDialect } from './dialects/dialect.js';
import type { OutboxTable } from './schema.js';
import type { OutboxRow, OutboxState, OutboxStore } from './types.js';

const STATES: readonly OutboxState[] = ['queued', 'sending', 'sent', 'failed', 'unknown'];

/** Outbox queries over one database. */
export function createOutboxStore(d: StoreDialect): OutboxStore {
  const { db } = d;

  const toRow = (r: Selectable<OutboxTable>): OutboxRow => ({
    id: Number(r.id),
    issueKey: r.issue_key,
    subscriberId: Number(r.subscriber_id),
    email: r.email,
    state: r.state as OutboxState,
    attempts: Number(r.attempts),
    nextAttemptAt: d.fromDb(r.next_attempt_at),
    lastError: r.last_error,
    messageId: r.message_id,
  });

  return {
    async enqueue(issueKey, recipients, at) {
      let created = 0;
      const when = d.toDb(at);
      for (const part of inBatches(recipients, 500)) {
        const inserted = await db
          .insertInto('outbox')
          .values(
            part.map((r) => ({
              issue_key: issueKey,
              subscriber_id: r.id,
              email: r.email,
              state: 'queued',
              next_attempt_at: when,
              created_at: when,
              updated_at: when,
            })),
          )
          .onConflict((oc) => oc.columns(['issue_key', 'subscriber_id']).doNothing())
          .returning('id')
          .execute();
        created += inserted.length;
      }
      return created;
    },

    async acquire(issueKey, holder, until, now) {
      await db
        .insertInto('outbox_senders')
        .values({ issue_key: issueKey, holder, lease_until: d.toDb(until) })
        .onConflict((oc) => oc.column('issue_key').doNothing())
        .execute();
      // One statement decides: the lease is ours if we hold it already or the holder's has run out.
      const taken = await db
        .updateTable('outbox_senders')
        .set({ holder, lease_until: d.toDb(until) })
        .where('issue_key', '=', issueKey)
        .where((eb) => eb.or([eb('holder', '=', holder), eb('lease_until', '<=', d.toDb(now))]))
        .executeTakeFirst();
      return Number(taken.numUpdatedRows) === 1;
    },

    async release(issueKey, holder) {
      await db
        .deleteFrom('outbox_senders')
        .where('issue_key', '=', issueKey)
        .where('holder', '=', holder)
        .execute();
    },

    async reconcile(issueKey, at) {
      const r = await db
        .updateTable('outbox')
        .set({
          state: 'unknown',
          last_error: 'the sender stopped while this letter was with the SMTP server; not sent again',
          updated_at: d.toDb(at),
        })
        .where('issue_key', '=', issueKey)
        .where('state', '=', 'sending')
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    async claim(issueKey, limit, now) {
      const due = db
        .selectFrom('outbox')
        .select('id')
        .where('issue_key', '=', issueKey)
        .where('state', '=', 'queued')
        .where('next_attempt_at', '<=', d.toDb(now))
        .orderBy('id')
        .limit(limit)
        .$call((qb) => (d.claimLock ? qb.modifyEnd(d.claimLock) : qb));
      const rows = await db
        .updateTable('outbox')
        .set({ state: 'sending', updated_at: d.toDb(now) })
        .where('id', 'in', due)
        .where('state', '=', 'queued')
        .returningAll()
        .execute();
      return rows.map(toRow).sort((a, b) => a.id - b.id);
    },

    async finish(id, r, at) {
      const base = { state: r.state, updated_at: d.toDb(at) };
      const set =
        r.state === 'sent'
          ? { ...base, message_id: r.messageId, last_error: null }
          : r.state === 'queued'
            ? { ...base, last_error: r.error, next_attempt_at: d.toDb(r.retryAt) }
            : { ...base, last_error: r.error };
      const updated = await db
        .updateTable('outbox')
        .set((eb) => ({ ...set, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('state', '=', 'sending')
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    },

    async counts(issueKey) {
      const rows = await db
        .selectFrom('outbox')
        .select(['state', db.fn.countAll<number>().as('n')])
        .where('issue_key', '=', issueKey)
        .groupBy('state')
        .execute();
      const out = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
      for (const r of rows) out[r.state as OutboxState] = Number(r.n);
      return out;
    },

    async nextRetry(issueKey) {
      const row = await db
        .selectFrom('outbox')
        .select((eb) => eb.fn.min('next_attempt_at').as('at'))
        .where('issue_key', '=', issueKey)
        .where('state', '=', 'queued')
        .executeTakeFirst();
      return row?.at ? d.fromDb(row.at) : null;
    },

    async list(issueKey, state) {
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where('issue_key', '=', issueKey)
        .$call((qb) => (state ? qb.where('state', '=', state) : qb))
        .orderBy('id')
        .execute();
      return rows.map(toRow);
    },
  };
}
