import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import {
  NEWSLETTER_LISTS,
  type NewsletterList,
  type Subscriber,
  type SubscriberState,
} from '../domain/index.js';
import type { StoreDialect } from './dialects/dialect.js';
import type { SubscribersTable } from './schema.js';
import type { MailLimit, SignUpOutcome, SubscriberStore } from './types.js';

/** A fresh confirmation nonce: 128 random bits. */
function newNonce(): string {
  return randomBytes(16).toString('base64url');
}

/** Lists as stored: known ids in the canonical order, between commas. */
function encodeLists(lists: readonly NewsletterList[]): string {
  const set = new Set(lists);
  return `,${NEWSLETTER_LISTS.filter((l) => set.has(l)).join(',')}${set.size > 0 ? ',' : ''}`;
}

function decodeLists(stored: string): NewsletterList[] {
  const parts = new Set(stored.split(','));
  return NEWSLETTER_LISTS.filter((l) => parts.has(l));
}

/** Subscriber, suppression and settings queries over one database. */
export function createSubscriberStore(d: StoreDialect): SubscriberStore {
  const { db } = d;

  const toSubscriber = (r: Selectable<SubscribersTable>): Subscriber => ({
    id: Number(r.id),
    email: r.email,
    lists: decodeLists(r.lists),
    state: r.state as SubscriberState,
    paused: Number(r.paused) === 1,
    createdAt: d.fromDb(r.created_at),
    confirmedAt: r.confirmed_at === null ? null : d.fromDb(r.confirmed_at),
    updatedAt: d.fromDb(r.updated_at),
  });

  const byEmail = (email: string) =>
    db.selectFrom('subscribers').selectAll().where('email', '=', email).executeTakeFirst();
  const byId = (id: number) =>
    db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();

  const isSuppressed = async (email: string) =>
    (await db.selectFrom('suppressions').select('email').where('email', '=', email).executeTakeFirst()) !==
    undefined;

  // Compare-and-set on mail_version: of two requests racing for the last slot, one wins.
  const takeMailSlot = async (row: Selectable<SubscribersTable>, at: Date, limit: MailLimit) => {
    const start = row.mail_window_start === null ? null : d.fromDb(row.mail_window_start);
    const fresh = start === null || at.getTime() - start.getTime() >= limit.windowMs || at < start;
    const count = fresh ? 0 : Number(row.mails_in_window);
    if (count >= limit.max) return 'full' as const;
    const updated = await db
      .updateTable('subscribers')
      .set({
        mails_in_window: count + 1,
        mail_window_start: fresh ? d.toDb(at) : row.mail_window_start,
        mail_version: Number(row.mail_version) + 1,
      })
      .where('id', '=', row.id)
      .where('mail_version', '=', row.mail_version)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1 ? ('granted' as const) : ('lost' as const);
  };

  // The one rule for who gets a list's letters: confirmed, not paused, on the list, not suppressed.
  const recipientsOf = (list: NewsletterList) =>
    db
      .selectFrom('subscribers')
      .select(['id', 'email'])
      .where('state', '=', 'confirmed')
      .where('paused', '=', 0)
      .where('lists', 'like', `%,${list},%`)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('suppressions').select('email').whereRef('suppressions.email', '=', 'subscribers.email'))),
      );

  return {
    async signUp(email, at, limit): Promise<SignUpOutcome> {
      const inserted = await db
        .insertInto('subscribers')
        .values({
          email,
          lists: ',',
          state: 'pending',
          confirm_nonce: newNonce(),
          created_at: d.toDb(at),
          updated_at: d.toDb(at),
        })
        .onConflict((oc) => oc.column('email').doNothing())
        .returning('id')
        .executeTakeFirst();
      const row = await byEmail(email);
      if (!row) throw new Error(`subscriber ${email} vanished after insert-or-skip`);
      const suppressed = row.state === 'suppressed' || (await isSuppressed(email));
      let mayMail = false;
      // A lost compare-and-set means another request took a slot first: look again while slots remain.
      for (let current = row, tries = 0; !suppressed && tries < 5; tries++) {
        const outcome = await takeMailSlot(current, at, limit);
        if (outcome !== 'lost') {
          mayMail = outcome === 'granted';
          break;
        }
        current = (await byEmail(email)) ?? current;
      }
      return { subscriber: toSubscriber(row), created: inserted !== undefined, suppressed, mayMail };
    },

    async upsert(s, at) {
      const state = (await isSuppressed(s.email)) ? 'suppressed' : s.state;
      const inserted = await db
        .insertInto('subscribers')
        .values({
          email: s.email,
          lists: encodeLists(s.lists),
          state,
          confirm_nonce: newNonce(),
          created_at: d.toDb(at),
          confirmed_at: state === 'confirmed' ? d.toDb(at) : null,
          updated_at: d.toDb(at),
        })
        .onConflict((oc) => oc.column('email').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) {
        // An operator's add or import sets the lists and may confirm; it never lifts a suppression.
        const row = await byEmail(s.email);
        if (row && row.state !== 'suppressed') {
          const confirm = s.state === 'confirmed';
          await db
            .updateTable('subscribers')
            .set({
              lists: encodeLists([...decodeLists(row.lists), ...s.lists]),
              state: confirm ? 'confirmed' : row.state === 'unsubscribed' ? 'pending' : row.state,
              confirmed_at: confirm ? (row.confirmed_at ?? d.toDb(at)) : row.confirmed_at,
              updated_at: d.toDb(at),
            })
            .where('id', '=', row.id)
            .where('state', '!=', 'suppressed')
            .execute();
        }
      }
      const row = await byEmail(s.email);
      if (!row) throw new Error(`subscriber ${s.email} vanished after upsert`);
      return { subscriber: toSubscriber(row), created: inserted !== undefined };
    },

    async confirm(id, nonce, lists, at) {
      const row = await byId(id);
      if (!row || row.confirm_nonce !== nonce || row.state === 'suppressed') return null;
      if (await isSuppressed(row.email)) return null;
      // The nonce in the where clause makes the link single-use even when two confirmations race.
      const updated = await db
        .updateTable('subscribers')
        .set({
          state: 'confirmed',
          lists: encodeLists([...(row.state === 'confirmed' ? decodeLists(row.lists) : []), ...lists]),
          paused: 0,
          confirm_nonce: newNonce(),
          confirmed_at: row.confirmed_at ?? d.toDb(at),
          updated_at: d.toDb(at),
        })
        .where('id', '=', id)
        .where('confirm_nonce', '=', nonce)
        .where('state', '!=', 'suppressed')
        .returningAll()
        .executeTakeFirst();
      return updated ? toSubscriber(updated) : null;
    },

    async confirmNonce(id) {
      return (await byId(id))?.confirm_nonce ?? null;
    },

    async setPreferences(id, p, at) {
      const updated = await db
        .updateTable('subscribers')
        .set({
          lists: encodeLists(p.lists),
          paused: p.paused ? 1 : 0,
          // Preferences can take lists away, never confirm: an address gets letters only after opt-in.
          state: (eb) =>
            p.lists.length === 0
              ? eb.val('unsubscribed')
              : eb.case().when('state', '=', 'unsubscribed').then('pending').else(eb.ref('state')).end(),
          updated_at: d.toDb(at),
        })
        .where('id', '=', id)
        .where('state', '!=', 'suppressed')
        .returningAll()
        .executeTakeFirst();
      if (updated) return toSubscriber(updated);
      const unchanged = await byId(id);
      return unchanged ? toSubscriber(unchanged) : null;
    },

    async unsubscribe(id, list, at) {
      return db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return null;
        if (row.state === 'suppressed') return toSubscriber(row);
        const left = list === null ? [] : decodeLists(row.lists).filter((l) => l !== list);
        const updated = await trx
          .updateTable('subscribers')
          .set({
            lists: encodeLists(left),
            state: left.length === 0 ? 'unsubscribed' : row.state,
            updated_at: d.toDb(at),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toSubscriber(updated);
      });
    },

    async suppress(email, reason, at) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('suppressions')
          .values({ email, reason, created_at: d.toDb(at) })
          .onConflict((oc) => oc.column('email').doNothing())
          .execute();
        await trx
          .updateTable('subscribers')
          .set({ state: 'suppressed', updated_at: d.toDb(at) })
          .where('email', '=', email)
          .execute();
      });
    },

    isSuppressed,

    async get(id) {
      const row = await byId(id);
      return row ? toSubscriber(row) : null;
    },

    async getByEmail(email) {
      const row = await byEmail(email);
      return row ? toSubscriber(row) : null;
    },

    async list() {
      const rows = await db.selectFrom('subscribers').selectAll().orderBy('id').execute();
      return rows.map(toSubscriber);
    },

    async recipients(list) {
      const rows = await recipientsOf(list).orderBy('id').execute();
      return rows.map((r) => ({ id: Number(r.id), email: r.email }));
    },

    async sendable(ids, list) {
      if (ids.length === 0) return new Set();
      const rows = await recipientsOf(list).where('id', 'in', [...ids]).execute();
      return new Set(rows.map((r) => Number(r.id)));
    },

    async setting(key, value) {
      await db
        .insertInto('newsletter_settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      const row = await db
        .selectFrom('newsletter_settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      return row.value;
    },
  };
}
