import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/**
 * The outbox: one row per (issue, subscriber), unique, so a letter is never queued twice however
 * many senders enqueue it; and the lease that lets one sender at a time work on an issue.
 */
export function outboxMigration(d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('outbox')
        .ifNotExists()
        .addColumn('id', 'integer', (c) => d.idColumn(c))
        .addColumn('issue_key', 'text', (c) => c.notNull())
        .addColumn('subscriber_id', 'integer', (c) => c.notNull().references('subscribers.id'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', d.timestampType, (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('message_id', 'text')
        .addColumn('created_at', d.timestampType, (c) => c.notNull())
        .addColumn('updated_at', d.timestampType, (c) => c.notNull())
        .addUniqueConstraint('outbox_issue_subscriber_key', ['issue_key', 'subscriber_id'])
        .execute();
      // A sender reads an issue's due rows by state and time.
      await db.schema
        .createIndex('outbox_issue_state_idx')
        .ifNotExists()
        .on('outbox')
        .columns(['issue_key', 'state', 'next_attempt_at'])
        .execute();
      await db.schema
        .createTable('outbox_senders')
        .ifNotExists()
        .addColumn('issue_key', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('lease_until', d.timestampType, (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('outbox_senders').ifExists().execute();
      await db.schema.dropTable('outbox').ifExists().execute();
    },
  };
}
