import { type Kysely, type Migration, sql } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/** The actors table (the gazetteer) and mentions (where articles name them). */
export function actorsMigration(_d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('actors')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('description', 'text')
        .execute();
      await db.schema
        .createTable('mentions')
        .ifNotExists()
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
        .addColumn('surface', 'text', (c) => c.notNull())
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'ordinal'])
        .addCheckConstraint('mentions_span_check', sql`span_end >= span_start`)
        .execute();
      await db.schema
        .createIndex('mentions_actor_idx')
        .ifNotExists()
        .on('mentions')
        .column('actor_id')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('mentions').ifExists().execute();
      await db.schema.dropTable('actors').ifExists().execute();
    },
  };
}
