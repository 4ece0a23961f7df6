import { type Kysely, type Migration, sql } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/** The jobs table: queued work (ingest a feed, re-cluster) claimed by workers under a lease. */
export function jobsMigration(d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('jobs')
        .ifNotExists()
        .addColumn('id', 'integer', (c) => d.idColumn(c))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
        .addColumn('run_at', d.timestampType, (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('dedupe_key', 'text')
        .addColumn('locked_by', 'text')
        .addColumn('locked_until', d.timestampType)
        .addColumn('last_error', 'text')
        .addColumn('created_at', d.timestampType, (c) => c.notNull())
        .addColumn('finished_at', d.timestampType)
        .execute();
      // Claiming reads pending jobs by run_at; releasing leases reads running jobs by locked_until.
      await db.schema
        .createIndex('jobs_state_run_at_idx')
        .ifNotExists()
        .on('jobs')
        .columns(['state', 'run_at'])
        .execute();
      // At most one pending job per dedupe key; running, done and dead jobs do not block a new one.
      // The predicate is a literal so PostgreSQL can match it in `on conflict (…) where …`.
      await db.schema
        .createIndex('jobs_pending_dedupe_idx')
        .ifNotExists()
        .unique()
        .on('jobs')
        .column('dedupe_key')
        .where(sql<boolean>`state = 'pending'`)
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('jobs').ifExists().execute();
    },
  };
}
