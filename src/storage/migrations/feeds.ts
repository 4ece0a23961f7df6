import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/** The feeds table: subscribed feed URLs and their fetch state. */
export function feedsMigration(d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('feeds')
        .ifNotExists()
        .addColumn('id', 'integer', (c) => d.idColumn(c))
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('outlet_id', 'integer', (c) => c.references('outlets.id').onDelete('set null'))
        .addColumn('title', 'text')
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('last_checked_at', d.timestampType)
        .addColumn('next_check_at', d.timestampType)
        .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .execute();
      await db.schema
        .createIndex('feeds_next_check_idx')
        .ifNotExists()
        .on('feeds')
        .column('next_check_at')
        .execute();
      await db.schema.createIndex('feeds_outlet_idx').ifNotExists().on('feeds').column('outlet_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('feeds').ifExists().execute();
    },
  };
}
