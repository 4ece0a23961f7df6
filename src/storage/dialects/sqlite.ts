import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import type { Database, DbDate } from '../schema.js';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../snippet-marks.js';
import type { ParsedQuery } from '../search-query.js';
import type { SearchOptions, SearchPage, StoreDialect } from './dialect.js';
import { toFts5Query } from './fts5-query.js';
import { ImmediateSqliteDialect } from './sqlite-immediate.js';
import { sqliteOpenError } from './sqlite-open-error.js';
import { createReadThreads, type ReadStatement, type ReadThreads } from './sqlite-read-threads.js';

// One per core of a small server; more searches wait their turn (within their deadline).
const SEARCH_THREADS = 2;

/** Open (creating if needed) a SQLite file with WAL, foreign keys and a busy timeout. */
export function createSqliteDialect(path: string, searchOptions: SearchOptions = {}): StoreDialect {
  const onDisk = path !== ':memory:' && path !== '';
  const conn = openConnection(path, onDisk);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: conn }) });
  let readers: ReadThreads | null = null;

  return {
    name: 'sqlite',
    db,
    migrationTableSchema: undefined,
    timestampType: 'text',
    idColumn: (col) => col.primaryKey().autoIncrement(),
    toDb: (d) => d.toISOString(),
    fromDb: (v: DbDate) => (v instanceof Date ? v : new Date(v)),
    createSearchIndex,
    dropSearchIndex,
    search: (query, page, deadlineMs) => {
      // Reader threads open the file on first use, after migrations have built the index.
      readers ??= onDisk
        ? createReadThreads(path, { threads: SEARCH_THREADS, stallMs: searchOptions.stallMs })
        : null;
      return search(readers ? readers.run : inThread(conn), query, page, deadlineMs);
    },
    claimLock: null,
    // The transaction already holds the file's one write lock from its BEGIN IMMEDIATE.
    serialize: async () => {},
    destroy: async () => {
      await readers?.close();
      await db.destroy();
    },
  };
}

function openConnection(path: string, onDisk: boolean): SqliteDatabase.Database {
  let conn: SqliteDatabase.Database | null = null;
  try {
    if (onDisk) mkdirSync(dirname(path), { recursive: true });
    conn = new SqliteDatabase(path);
    // The first statement reads the file: a damaged or foreign file fails here, inside the try.
    conn.pragma('journal_mode = WAL');
    conn.pragma('foreign_keys = ON');
    // Web, worker, scheduler and one-off commands may share the file from separate processes: a writer
    // waits for the one before it (transactions take the write lock at BEGIN; see sqlite-immediate.ts)
    // for as long as a large re-clustering may hold it.
    conn.pragma('busy_timeout = 30000');
    conn.pragma('synchronous = NORMAL');
    return conn;
  } catch (error) {
    conn?.close();
    throw sqliteOpenError(path, error) ?? error;
  }
}

async function createSearchIndex(db: Kysely<unknown>): Promise<void> {
  // External-content FTS5 table: the text lives once, in articles; triggers keep the index in step.
  await sql`create virtual table if not exists articles_fts using fts5(
    title, standfirst, body_text,
    content='articles', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`create trigger if not exists articles_fts_insert after insert on articles begin
    insert into articles_fts(rowid, title, standfirst, body_text)
    values (new.id, new.title, new.standfirst, new.body_text);
  end`.execute(db);
  await sql`create trigger if not exists articles_fts_delete after delete on articles begin
    insert into articles_fts(articles_fts, rowid, title, standfirst, body_text)
    values ('delete', old.id, old.title, old.standfirst, old.body_text);
  end`.execute(db);
  // Only text changes re-index: reclustering rewrites story_id on many rows and must stay cheap.
  await sql`create trigger if not exists articles_fts_update after update of title, standfirst, body_text on articles begin
    insert into articles_fts(articles_fts, rowid, title, standfirst, body_text)
    values ('delete', old.id, old.title, old.standfirst, old.body_text);
    insert into articles_fts(rowid, title, standfirst, body_text)
    values (new.id, new.title, new.standfirst, new.body_text);
  end`.execute(db);
  await sql`insert into articles_fts(articles_fts) values ('rebuild')`.execute(db);
}

async function dropSearchIndex(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists articles_fts_update`.execute(db);
  await sql`drop trigger if exists articles_fts_delete`.execute(db);
  await sql`drop trigger if exists articles_fts_insert`.execute(db);
  await sql`drop table if exists articles_fts`.execute(db);
}

// Title hits weigh most, then the standfirst, then the body (bm25: lower is better). The page is ranked
// first and its snippets made after: a select list is computed for every matching row before the sort,
// and a snippet reads the article's text, so snippets in the ranking query cost one body per match.
const COUNT_SQL = 'select count(*) as n from articles_fts where articles_fts match ?';
const PAGE_SQL = `with page as (
    select f.rowid as id, bm25(articles_fts, 10.0, 4.0, 1.0) as score, coalesce(a.published_at, a.fetched_at) as at
    from articles_fts f join articles a indexed by articles_search_order on a.id = f.rowid
    where articles_fts match ?
    order by score, at desc, a.id desc
    limit ? offset ?)
  select page.id as id, snippet(articles_fts, 2, ?, ?, '…', 24) as snippet
  from page join articles_fts f on f.rowid = page.id
  where articles_fts match ?
  order by page.score, page.at desc, page.id desc`;

/** Statements run on the reader threads, or in this thread for a store with no file to share. */
type ReadRunner = (statements: readonly ReadStatement[], deadlineMs: number) => Promise<unknown[][] | null>;

function inThread(conn: SqliteDatabase.Database): ReadRunner {
  return async (statements) => statements.map((s) => conn.prepare(s.sql).all(...s.params));
}

async function search(
  run: ReadRunner,
  query: ParsedQuery,
  page: { limit: number; offset: number },
  deadlineMs: number,
): Promise<SearchPage> {
  const match = toFts5Query(query);
  if (match === null) return { timedOut: false, total: 0, hits: [] };
  const rows = await run(
    [
      { sql: COUNT_SQL, params: [match] },
      {
        sql: PAGE_SQL,
        params: [match, page.limit, page.offset, SNIPPET_MARK_START, SNIPPET_MARK_END, match],
      },
    ],
    deadlineMs,
  );
  if (rows === null) return { timedOut: true };
  const [counted, found] = rows as [{ n: number }[], { id: number; snippet: string | null }[]];
  return {
    timedOut: false,
    total: Number(counted[0]?.n ?? 0),
    hits: found.map((r) => ({ id: Number(r.id), snippet: r.snippet ?? '' })),
  };
}
