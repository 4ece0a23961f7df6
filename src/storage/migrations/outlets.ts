import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/** The outlets table: one row per newsroom, unique by slug. */
export function outletsMigration(d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('outlets')
        .ifNotExists()
        .addColumn('id', 'integer', (c) => d.idColumn(c))
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('domain', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('ownership', 'text', (c) => c.notNull())
        .addColumn('genre', 'text', (c) => c.notNull())
        .addColumn('homepage', 'text')
        .addColumn('notes', 'text')
        .execute();
      await db.schema
        .createIndex('outlets_domain_idx')
        .ifNotExists()
        .on('outlets')
        .column('domain')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('outlets').ifExists().execute();
    },
  };
}
