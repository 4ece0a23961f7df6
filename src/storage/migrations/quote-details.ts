import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

// All nullable so rows written before these fields existed stay valid; content_spans holds JSON.
const COLUMNS = [
  'content_spans',
  'cue_class',
  'outlet',
  'outlet_actor_id',
  'outlet_ownership',
  'outlet_country',
  'outlet_genre',
  'speaker_description',
  'reported_by',
] as const;

/** Quote details added after the first schema: content fragments, cue class, the outlet quoted and its facts. */
export function quoteDetailsMigration(_d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // SQLite's ALTER TABLE adds one column per statement.
      for (const column of COLUMNS) await db.schema.alterTable('quotes').addColumn(column, 'text').execute();
      await db.schema
        .createIndex('quotes_outlet_actor_idx')
        .ifNotExists()
        .on('quotes')
        .column('outlet_actor_id')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('quotes_outlet_actor_idx').ifExists().execute();
      for (const column of COLUMNS) await db.schema.alterTable('quotes').dropColumn(column).execute();
    },
  };
}
