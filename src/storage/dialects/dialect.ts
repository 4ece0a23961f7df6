import type { ColumnDataType, ColumnDefinitionBuilder, Kysely, RawBuilder } from 'kysely';
import type { Database, DbDate } from '../schema.js';
import type { ParsedQuery } from '../search-query.js';

/** One page of full-text hits (ids best first, each with a marked snippet of the body), or word that the deadline passed. */
export type SearchPage =
  | { timedOut: false; total: number; hits: { id: number; snippet: string }[] }
  | { timedOut: true };

/** How a dialect runs searches. `stallMs` makes each search wait that long inside its time budget: tests use it to stand in for a slow query. */
export interface SearchOptions {
  stallMs?: number;
}

/**
 * Everything that differs between SQLite and PostgreSQL. Upserts (`on conflict`) and `returning`
 * share one syntax on both, so Kysely's builders cover them; what remains is how an id column is
 * declared, how instants are stored, and full-text search.
 */
export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /** The Kysely instance over this database. */
  readonly db: Kysely<Database>;
  /** The schema Kysely's migrator keeps its bookkeeping tables in (PostgreSQL only). */
  readonly migrationTableSchema: string | undefined;
  /** Column type used for instants: ISO text on SQLite, timestamptz on PostgreSQL. */
  readonly timestampType: ColumnDataType;
  /** Make `col` an auto-generated integer primary key that never reuses ids. */
  idColumn(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** A Date as this database stores it. */
  toDb(d: Date): DbDate;
  /** A stored instant back as a Date. */
  fromDb(v: DbDate): Date;
  /** Migration step: build the full-text index over articles (title, standfirst, body_text). */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  /** Migration step: remove what createSearchIndex built. */
  dropSearchIndex(db: Kysely<unknown>): Promise<void>;
  /**
   * Run a parsed query against the full-text index without holding up the event loop, giving up
   * after `deadlineMs`: SQLite on reader threads, PostgreSQL under a statement timeout.
   */
  search(
    query: ParsedQuery,
    page: { limit: number; offset: number },
    deadlineMs: number,
  ): Promise<SearchPage>;
  /**
   * Appended to the select that picks the next job to claim, or null: PostgreSQL locks the row and
   * lets concurrent claimers skip it; SQLite needs nothing, since its single update statement holds
   * the database's one write lock from before it reads.
   */
  readonly claimLock: RawBuilder<unknown> | null;
  /**
   * Inside a write transaction, wait until no other transaction serialized on `key` is running, and
   * hold that until this one ends: an advisory transaction lock on PostgreSQL; nothing on SQLite,
   * whose write transactions already hold the file's single write lock from BEGIN.
   */
  serialize(trx: Kysely<Database>, key: string): Promise<void>;
  /** Close every connection. */
  destroy(): Promise<void>;
}
