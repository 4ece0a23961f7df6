import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Outlets created before the registry was consulted were stored with country "ZZ" and a guessed
 * "private" ownership. Those rows say so in their notes ("… not yet set"), which tells them apart
 * from ones an editor rated: they become `unknown` (shown as "unrated"), and cached views are redone.
 */
export function unratedOutletsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`update outlets set country = 'unknown' where country = 'ZZ'`.execute(db);
      await sql`update outlets set ownership = 'unknown'
        where ownership = 'private' and notes like '%country and ownership not yet set%'`.execute(db);
      await sql`update story_views set version = version + 1 where id = 1`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await sql`update outlets set country = 'ZZ' where country = 'unknown'`.execute(db);
      await sql`update outlets set ownership = 'private' where ownership = 'unknown'`.execute(db);
    },
  };
}
