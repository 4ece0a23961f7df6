import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/**
 * Story ids that no longer exist and the story their readers now find the event in: a story that
 * merged into another keeps answering at its old address. One row per old id (the primary key), so
 * two re-clusterings writing the same redirect at once store it once. Number 0016 was once reserved
 * for this and never used; migrations after 0021 take their own numbers.
 */
export function storyRedirectsMigration(d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('story_redirects')
        .ifNotExists()
        .addColumn('from_id', 'integer', (c) => c.primaryKey())
        .addColumn('to_id', 'integer', (c) => c.notNull())
        .addColumn('created_at', d.timestampType, (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('story_redirects').ifExists().execute();
    },
  };
}
