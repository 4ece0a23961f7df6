import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/**
 * Issued letters, one row per issue (`briefing/2026-12-07`): rendered once, kept as sent, so the
 * web archive shows what subscribers got and a second send of the same issue reuses the row. The
 * issue key is the primary key: two processes issuing the same letter store it once.
 */
export function lettersMigration(d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('letters')
        .ifNotExists()
        .addColumn('issue_key', 'text', (c) => c.primaryKey())
        .addColumn('list', 'text', (c) => c.notNull())
        // YYYY-MM-DD (UTC): sorts and compares as text on both databases.
        .addColumn('issue_date', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('preheader', 'text', (c) => c.notNull())
        .addColumn('html', 'text', (c) => c.notNull())
        .addColumn('text_part', 'text', (c) => c.notNull())
        // JSON array of story ids (strings), in the letter's order.
        .addColumn('story_ids', 'text', (c) => c.notNull())
        .addColumn('created_at', d.timestampType, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('letters_by_date')
        .ifNotExists()
        .on('letters')
        .columns(['issue_date', 'list'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('letters').ifExists().execute();
    },
  };
}
