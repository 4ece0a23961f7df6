import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/** The full-text index over articles (title, standfirst, body_text); how is the dialect's business. */
export function searchMigration(d: StoreDialect): Migration {
  return {
    up: (db: Kysely<unknown>) => d.createSearchIndex(db),
    down: (db: Kysely<unknown>) => d.dropSearchIndex(db),
  };
}
