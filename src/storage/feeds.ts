import { sql } from 'kysely';
import type { StoreDialect } from './dialects/dialect.js';
import { toFeed } from './rows.js';
import type { FeedStore } from './types.js';

/** Feed queries over one database. */
export function createFeedStore(d: StoreDialect): FeedStore {
  const { db } = d;
  return {
    async add(url, outletId) {
      const row = await db
        .insertInto('feeds')
        .values({ url, outlet_id: outletId })
        .onConflict((oc) =>
          oc
            .column('url')
            .doUpdateSet({ outlet_id: sql<number | null>`coalesce(feeds.outlet_id, excluded.outlet_id)` }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toFeed(d, row);
    },
    async get(id) {
      const row = await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toFeed(d, row) : null;
    },
    async list() {
      const rows = await db.selectFrom('feeds').selectAll().orderBy('id').execute();
      return rows.map((r) => toFeed(d, r));
    },
    async due(now, limit) {
      const rows = await db
        .selectFrom('feeds')
        .selectAll()
        .where((eb) => eb.or([eb('next_check_at', 'is', null), eb('next_check_at', '<=', d.toDb(now))]))
        // Never-checked feeds first (NULL ordering differs between the databases, so spell it out).
        .orderBy(sql`case when next_check_at is null then 0 else 1 end`)
        .orderBy('next_check_at')
        .orderBy('id')
        .limit(Math.max(0, Math.floor(limit)))
        .execute();
      return rows.map((r) => toFeed(d, r));
    },
    async recordSuccess(id, r) {
      await db
        .updateTable('feeds')
        .set({
          title: sql<string | null>`coalesce(${r.title}, title)`,
          etag: r.etag,
          last_modified: r.lastModified,
          last_checked_at: d.toDb(r.checkedAt),
          next_check_at: d.toDb(r.nextCheckAt),
          failures: 0,
          last_error: null,
        })
        .where('id', '=', id)
        .execute();
    },
    async recordNotModified(id, r) {
      await db
        .updateTable('feeds')
        .set({
          last_checked_at: d.toDb(r.checkedAt),
          next_check_at: d.toDb(r.nextCheckAt),
          failures: 0,
          last_error: null,
        })
        .where('id', '=', id)
        .execute();
    },
    async recordFailure(id, r) {
      await db
        .updateTable('feeds')
        .set((eb) => ({
          failures: eb('failures', '+', 1),
          last_error: r.error,
          last_checked_at: d.toDb(r.checkedAt),
          next_check_at: d.toDb(r.nextCheckAt),
        }))
        .where('id', '=', id)
        .execute();
    },
  };
}
