import { type Kysely, type Migration, sql } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

// The keys that make an article the same article within one outlet; each gets a unique index.
const KEYS = ['url', 'canonical_url', 'content_hash'] as const;

/**
 * Let the database enforce what dedupe used to only check: an article is unique per outlet by URL,
 * canonical URL and content hash. Databases written before this may already hold duplicates (from
 * concurrent passes), so those are removed first, keeping the oldest row of each; their mentions and
 * quotes go with them (foreign keys cascade) and the next re-clustering recounts the stories.
 */
export function articleUniquenessMigration(_d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const key of KEYS) {
        await sql`delete from articles where exists (
          select 1 from articles older
          where older.outlet_id = articles.outlet_id
            and older.${sql.ref(key)} = articles.${sql.ref(key)}
            and older.id < articles.id
        )`.execute(db);
      }
      for (const key of KEYS) {
        // NULL canonical URLs never conflict: both databases treat NULLs as distinct in unique indexes.
        await db.schema
          .createIndex(`articles_outlet_${key}_uq`)
          .ifNotExists()
          .unique()
          .on('articles')
          .columns(['outlet_id', key])
          .execute();
      }
    },
    async down(db: Kysely<unknown>) {
      for (const key of KEYS) await db.schema.dropIndex(`articles_outlet_${key}_uq`).ifExists().execute();
    },
  };
}
