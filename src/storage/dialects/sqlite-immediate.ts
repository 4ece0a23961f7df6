import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
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
}
