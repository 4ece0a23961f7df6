import type { Kysely, Migration } from 'kysely';

/**
 * People and organisations found in article text live in the actors table beside the gazetteer's,
 * keyed by their normalised full name (the id), so two articles naming one person share one row
 * and two writers at once insert it once. A found person keeps the role and organisation the text
 * gives.
 */
export function foundActorsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('actors')
        .addColumn('origin', 'text', (c) => c.notNull().defaultTo('gazetteer'))
        .execute();
      await db.schema.alterTable('actors').addColumn('role', 'text').execute();
      await db.schema.alterTable('actors').addColumn('organisation', 'text').execute();
      await db.schema.alterTable('actors').addColumn('organisation_id', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const column of ['organisation_id', 'organisation', 'role', 'origin'])
        await db.schema.alterTable('actors').dropColumn(column).execute();
    },
  };
}
