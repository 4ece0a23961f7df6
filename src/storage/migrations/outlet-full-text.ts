import type { Kysely, Migration } from 'kysely';

/**
 * Whether an outlet's articles may be shown whole (an open licence, or the demo's fictional outlets).
 * Every outlet stored before this says no: the site shows an excerpt and links to the original.
 */
export function outletFullTextMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // 0 or 1: integers read the same on both databases.
      await db.schema
        .alterTable('outlets')
        .addColumn('full_text', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('outlets').dropColumn('full_text').execute();
    },
  };
}
