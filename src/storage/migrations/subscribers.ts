import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/** Subscribers, the suppression list and the newsletter settings (the link-signing secret). */
export function subscribersMigration(d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('subscribers')
        .ifNotExists()
        .addColumn('id', 'integer', (c) => d.idColumn(c))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('lists', 'text', (c) => c.notNull().defaultTo(','))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('confirm_nonce', 'text', (c) => c.notNull())
        .addColumn('mails_in_window', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('mail_window_start', d.timestampType)
        .addColumn('mail_version', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', d.timestampType, (c) => c.notNull())
        .addColumn('confirmed_at', d.timestampType)
        .addColumn('updated_at', d.timestampType, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('subscribers_state_idx')
        .ifNotExists()
        .on('subscribers')
        .column('state')
        .execute();
      await db.schema
        .createTable('suppressions')
        .ifNotExists()
        .addColumn('email', 'text', (c) => c.primaryKey())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_at', d.timestampType, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('newsletter_settings')
        .ifNotExists()
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('newsletter_settings').ifExists().execute();
      await db.schema.dropTable('suppressions').ifExists().execute();
      await db.schema.dropTable('subscribers').ifExists().execute();
    },
  };
}
