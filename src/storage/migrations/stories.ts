import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/** The stories table: clusters of articles about one event. */
export function storiesMigration(d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('stories')
        .ifNotExists()
        .addColumn('id', 'integer', (c) => d.idColumn(c))
        .addColumn('headline', 'text', (c) => c.notNull())
        .addColumn('standfirst', 'text')
        .addColumn('first_published', d.timestampType, (c) => c.notNull())
        .addColumn('last_published', d.timestampType, (c) => c.notNull())
        .addColumn('article_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('outlet_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('related_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('updated_at', d.timestampType, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('stories_last_published_idx')
        .ifNotExists()
        .on('stories')
        .column('last_published')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('stories').ifExists().execute();
    },
  };
}
