import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The story-views version: one row whose counter every change to stories bumps in the same
 * transaction, so web processes (possibly on other machines) learn with one primary-key read
 * that what they composed from the stories is out of date.
 */
export function storyViewsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('story_views')
        .ifNotExists()
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await sql`insert into story_views (id, version) values (1, 1) on conflict (id) do nothing`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('story_views').ifExists().execute();
    },
  };
}
