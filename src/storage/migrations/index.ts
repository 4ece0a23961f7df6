import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import { AppError } from '../../domain/index.js';
import type { StoreDialect } from '../dialects/dialect.js';
import { actorsMigration } from './actors.js';
import { articleUniquenessMigration } from './article-uniqueness.js';
import { articlesMigration } from './articles.js';
import { feedEntrySkipsMigration } from './feed-entry-skips.js';
import { feedsMigration } from './feeds.js';
import { foundActorsMigration } from './found-actors.js';
import { jobsMigration } from './jobs.js';
import { lettersMigration } from './letters.js';
import { outletFullTextMigration } from './outlet-full-text.js';
import { outletsMigration } from './outlets.js';
import { outboxMigration } from './outbox.js';
import { quoteDetailsMigration } from './quote-details.js';
import { quoteSpeakerRoleMigration } from './quote-speaker-role.js';
import { searchMigration } from './search.js';
import { searchOrderMigration } from './search-order.js';
import { storiesMigration } from './stories.js';
import { quoteConfidenceMigration } from './quote-confidence.js';
import { storyRedirectsMigration } from './story-redirects.js';
import { storyViewsMigration } from './story-views.js';
import { subscribersMigration } from './subscribers.js';
import { unratedOutletsMigration } from './unrated-outlets.js';

/** Every migration by name; the migrator applies them in name order. A static list, so it works from dist/. */
export function allMigrations(d: StoreDialect): Record<string, Migration> {
  return {
    '0001-outlets': outletsMigration(d),
    '0002-feeds': feedsMigration(d),
    '0003-stories': storiesMigration(d),
    '0004-articles': articlesMigration(d),
    '0005-actors': actorsMigration(d),
    '0006-search': searchMigration(d),
    '0007-jobs': jobsMigration(d),
    '0008-quote-details': quoteDetailsMigration(d),
    '0009-article-uniqueness': articleUniquenessMigration(d),
    '0010-feed-entry-skips': feedEntrySkipsMigration(d),
    '0011-story-views': storyViewsMigration(),
    '0012-unrated-outlets': unratedOutletsMigration(),
    '0013-outlet-full-text': outletFullTextMigration(),
    '0014-quote-confidence': quoteConfidenceMigration(),
    '0015-found-actors': foundActorsMigration(),
    '0018-letters': lettersMigration(d),
    '0021-search-order': searchOrderMigration(),
    '0019-subscribers': subscribersMigration(d),
    '0020-outbox': outboxMigration(d),
    '0022-story-redirects': storyRedirectsMigration(d),
    '0023-quote-speaker-role': quoteSpeakerRoleMigration(),
  };
}

/** Bring the database up to the latest schema; safe to run on every start and from many processes. */
export async function migrateToLatest(d: StoreDialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => allMigrations(d) };
  const migrator = new Migrator({
    db: d.db,
    provider,
    ...(d.migrationTableSchema ? { migrationTableSchema: d.migrationTableSchema } : {}),
  });
  let outcome = await migrator.migrateToLatest();
  // Kysely's migrator reads the catalogue of every schema to find its own tables; on PostgreSQL that
  // read can fail when another schema is dropped meanwhile. Migrating is idempotent, so try again.
  for (let attempt = 1; outcome.error && attempt < 3; attempt++) outcome = await migrator.migrateToLatest();
  const { error, results } = outcome;
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('internal', `database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}
