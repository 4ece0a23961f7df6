import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Each quote's confidence (0 to 1) and whether it reached the display threshold (1/0) when it was found: readers
 * are shown only those. Nullable: rows written before have neither and are kept for research but not shown.
 */
export function quoteConfidenceMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('quotes').addColumn('confidence', 'real').execute();
      await db.schema.alterTable('quotes').addColumn('shown', 'integer').execute();
      await sql`update story_views set version = version + 1 where id = 1`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('quotes').dropColumn('shown').execute();
      await db.schema.alterTable('quotes').dropColumn('confidence').execute();
    },
  };
}
