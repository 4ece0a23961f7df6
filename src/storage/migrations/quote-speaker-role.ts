import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Each quote's speaker role as the text gives it ("spokesman", "Interior Minister"), shown beside the speaker's
 * name and organisation. Nullable: rows written before have none, and most speakers are given no role.
 */
export function quoteSpeakerRoleMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('quotes').addColumn('speaker_role', 'text').execute();
      // Stored story views hold their quotes: a new version has them composed again with the role.
      await sql`update story_views set version = version + 1 where id = 1`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('quotes').dropColumn('speaker_role').execute();
    },
  };
}
