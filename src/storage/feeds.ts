import { type Selectable, sql } from 'kysely';
import type { StoreDialect } from './dialects/dialect.js';
import { toFeed } from './rows.js';
import { bumpStoryViewsVersion } from './story-views.js';
import type { FeedEntrySkipsTable } from './schema.js';
import type { EntrySkip, FeedStore } from './types.js';

/** Feed queries over one database. */
export function createFeedStore(d: StoreDialect): FeedStore {
  const { db } = d;
  // A poll that read the feed: failures cleared, the title kept unless a new one came, and the
  // validators written only when the caller passes them (see recordPolled).
  const recordRead = async (
    id: number,
    r: { title: string | null; checkedAt: Date; nextCheckAt: Date },
    validators: { etag?: string | null; last_modified?: string | null },
  ) => {
    await db
      .updateTable('feeds')
      .set({
        title: sql<string | null>`coalesce(${r.title}, title)`,
        ...validators,
        last_checked_at: d.toDb(r.checkedAt),
        next_check_at: d.toDb(r.nextCheckAt),
        failures: 0,
        last_error: null,
      })
      .where('id', '=', id)
      .execute();
  };
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
    async getByUrl(url) {
      const row = await db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
      return row ? toFeed(d, row) : null;
    },
    async remove(id, { purge }) {
      return db.transaction().execute(async (trx) => {
        const feed = await trx.selectFrom('feeds').select('id').where('id', '=', id).executeTakeFirst();
        if (!feed) return null;
        let purged = 0;
        if (purge) {
          // Quotes, mentions and the search index follow by cascade and trigger.
          const gone = await trx.deleteFrom('articles').where('feed_id', '=', id).executeTakeFirst();
          purged = Number(gone.numDeletedRows);
          if (purged > 0) await bumpStoryViewsVersion(trx);
        }
        // Without purge the articles keep their outlet; the foreign key sets their feed to null.
        await trx.deleteFrom('feeds').where('id', '=', id).execute();
        return { purged };
      });
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
    recordSuccess: (id, r) => recordRead(id, r, { etag: r.etag, last_modified: r.lastModified }),
    recordPolled: (id, r) => recordRead(id, r, {}),
    // A 304: nothing new, so the title and the validators stay as they are.
    recordNotModified: (id, r) => recordRead(id, { title: null, ...r }, {}),
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
    async entrySkips(feedId) {
      const rows = await db
        .selectFrom('feed_entry_skips')
        .selectAll()
        .where('feed_id', '=', feedId)
        .execute();
      return new Map(rows.map((r) => [r.entry_key, toEntrySkip(r)]));
    },
    async recordEntrySkip(feedId, e) {
      const at = d.toDb(e.at);
      const row = await db
        .insertInto('feed_entry_skips')
        .values({
          feed_id: feedId,
          entry_key: e.key,
          url: e.url,
          reason: e.reason,
          attempts: 1,
          permanent: e.permanent || e.maxAttempts <= 1 ? 1 : 0,
          first_failed_at: at,
          last_failed_at: at,
        })
        .onConflict((oc) =>
          oc.columns(['feed_id', 'entry_key']).doUpdateSet({
            url: e.url,
            reason: e.reason,
            attempts: sql<number>`feed_entry_skips.attempts + 1`,
            permanent: sql<number>`case when ${e.permanent ? 1 : 0} = 1
              or feed_entry_skips.permanent = 1
              or feed_entry_skips.attempts + 1 >= ${e.maxAttempts} then 1 else 0 end`,
            last_failed_at: at,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toEntrySkip(row);
    },
    async clearEntrySkip(feedId, key) {
      await db
        .deleteFrom('feed_entry_skips')
        .where('feed_id', '=', feedId)
        .where('entry_key', '=', key)
        .execute();
    },
    async permanentSkipCounts() {
      const rows = await db
        .selectFrom('feed_entry_skips')
        .select(['feed_id', (eb) => eb.fn.countAll().as('n')])
        .where('permanent', '=', 1)
        .groupBy('feed_id')
        .execute();
      return new Map(rows.map((r) => [Number(r.feed_id), Number(r.n)]));
    },
  };
}

function toEntrySkip(r: Selectable<FeedEntrySkipsTable>): EntrySkip {
  return {
    key: r.entry_key,
    url: r.url,
    reason: r.reason,
    attempts: Number(r.attempts),
    permanent: Number(r.permanent) === 1,
  };
}
