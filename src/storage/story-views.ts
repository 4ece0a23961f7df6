import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** Bump the story-views version inside the transaction that changes stories, so readers see both or neither. */
export async function bumpStoryViewsVersion(trx: Transaction<Database>): Promise<void> {
  await trx
    .updateTable('story_views')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

/** The current story-views version: one primary-key read. */
export async function readStoryViewsVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('story_views').select('version').where('id', '=', 1).executeTakeFirst();
  return Number(row?.version ?? 0);
}
