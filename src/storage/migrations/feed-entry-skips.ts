import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/**
 * Feed entries that could not be stored, with the reason: a transient failure (5xx, time-out) is
 * retried on later polls and becomes permanent after a few attempts; a permanent one (404, no
 * article text) is never fetched again. A feed's validators are saved only when none is pending.
 */
export function feedEntrySkipsMigration(d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('feed_entry_skips')
        .ifNotExists()
        .addColumn('feed_id', 'integer', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
        // The entry's GUID, else its URL: what identifies it from one poll to the next.
        .addColumn('entry_key', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
        // 0 or 1: integers read the same on both databases.
        .addColumn('permanent', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('first_failed_at', d.timestampType, (c) => c.notNull())
        .addColumn('last_failed_at', d.timestampType, (c) => c.notNull())
        .addPrimaryKeyConstraint('feed_entry_skips_pk', ['feed_id', 'entry_key'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('feed_entry_skips').ifExists().execute();
    },
  };
}
