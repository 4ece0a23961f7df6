import { AppError } from '../domain/index.js';
import { createActorStore } from './actors.js';
import { createArticleStore } from './articles.js';
import type { StoreDialect } from './dialects/dialect.js';
import { createPostgresDialect } from './dialects/postgres.js';
import { createSqliteDialect } from './dialects/sqlite.js';
import { sqliteOpenError } from './dialects/sqlite-open-error.js';
import { createFeedStore } from './feeds.js';
import { createJobStore } from './jobs.js';
import { createLetterStore } from './letters.js';
import { migrateToLatest } from './migrations/index.js';
import { createOutboxStore } from './outbox.js';
import { createOutletStore } from './outlets.js';
import { createSearch } from './search.js';
import { createStoryStore } from './stories.js';
import { createSubscriberStore } from './subscribers.js';
import type { OpenStoreOptions, Store } from './types.js';

/** The SQLite file used when no location is given. */
export const DEFAULT_SQLITE_PATH = './data/multipolar.db';

/** Open the database (PostgreSQL when `url` is given, else SQLite) and migrate it to the latest schema. */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  let d: StoreDialect;
  if (opts.url) {
    if (!/^postgres(ql)?:\/\//i.test(opts.url)) {
      throw new AppError('config', 'the database URL must start with postgres:// or postgresql://');
    }
    d = await createPostgresDialect(opts.url, opts.schema, { stallMs: opts.search?.stallMs });
  } else {
    d = createSqliteDialect(opts.sqlitePath ?? DEFAULT_SQLITE_PATH, { stallMs: opts.search?.stallMs });
  }
  try {
    await migrateToLatest(d);
  } catch (error) {
    await d.destroy();
    // Damage deeper in a SQLite file shows only once the migrations read it.
    throw (d.name === 'sqlite' && sqliteOpenError(opts.sqlitePath ?? DEFAULT_SQLITE_PATH, error)) || error;
  }
  let closing: Promise<void> | null = null;
  return {
    dialect: d.name,
    close: () => {
      closing ??= d.destroy();
      return closing;
    },
    outlets: createOutletStore(d),
    feeds: createFeedStore(d),
    articles: createArticleStore(d),
    actors: createActorStore(d),
    stories: createStoryStore(d),
    jobs: createJobStore(d),
    letters: createLetterStore(d),
    subscribers: createSubscriberStore(d),
    outbox: createOutboxStore(d),
    search: createSearch(d, opts.search?.deadlineMs),
  };
}
