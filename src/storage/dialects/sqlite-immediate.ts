import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type Kysely,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from 'kysely';

/**
 * Kysely's SQLite driver opens every transaction with a plain (deferred) BEGIN, which takes the write
 * lock only at the first write. In WAL mode a deferred transaction that has read and then writes
 * after another connection committed fails at once with SQLITE_BUSY, without waiting for
 * busy_timeout. Every transaction Multipolar runs writes, so each takes the write lock at its start
 * (BEGIN IMMEDIATE), where busy_timeout queues concurrent writers instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Kysely takes no migration lock on SQLite (one connection is enough inside one process), so two
 * processes starting on a new file both applied the same migration and one failed ("duplicate
 * column"). Holding the write lock from the migrator's lock to its release makes the second wait and
 * then find the work done.
 */
class LockingSqliteAdapter extends SqliteAdapter {
  override async acquireMigrationLock(db: Kysely<unknown>): Promise<void> {
    await sql`begin immediate`.execute(db);
  }

  override async releaseMigrationLock(db: Kysely<unknown>): Promise<void> {
    await sql`commit`.execute(db);
  }
}

/** Kysely's SqliteDialect with write transactions that take the database's write lock at BEGIN. */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new LockingSqliteAdapter();
  }
}
