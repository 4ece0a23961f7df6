import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import type { Database, DbDate } from '../schema.js';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../snippet-marks.js';
import type { SearchPage, StoreDialect } from './dialect.js';
import { toFts5Query } from './fts5-query.js';
import { ImmediateSqliteDialect } from './sqlite-immediate.js';

/** Open (creating if needed) a SQLite file with WAL, foreign keys and a busy timeout. */
export function createSqliteDialect(path: string): StoreDialect {
  if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
  const conn = new SqliteDatabase(path);
  conn.pragma('journal_mode = WAL');
  conn.pragma('foreign_keys = ON');
  // Web, worker, scheduler and one-off commands may share the file from separate processes: a writer
  // waits for the one before it (transactions take the write lock at BEGIN; see sqlite-immediate.ts)
  // for as long as a large re-clustering may hold it.
  conn.pragma('busy_timeout = 30000');
  conn.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: conn }) });

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
    search: (query, page) => search(db, query, page),
    claimLock: null,
    // The transaction already holds the file's one write lock from its BEGIN IMMEDIATE.
    serialize: async () => {},
    destroy: () => db.destroy(),
  };
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

async function search(
  db: Kysely<Database>,
  query: string,
  page: { limit: number; offset: number },
): Promise<SearchPage> {
  const match = toFts5Query(query);
  if (match === null) return { total: 0, hits: [] };
  const counted = await sql<{ n: number }>`
    select count(*) as n from articles_fts where articles_fts match ${match}`.execute(db);
  const total = Number(counted.rows[0]?.n ?? 0);
  if (total === 0) return { total, hits: [] };
  // Title hits weigh most, then the standfirst, then the body (bm25: lower is better).
  const found = await sql<{ id: number; snippet: string | null }>`
    select f.rowid as id,
      snippet(articles_fts, 2, ${SNIPPET_MARK_START}, ${SNIPPET_MARK_END}, '…', 24) as snippet
    from articles_fts f join articles a on a.id = f.rowid
    where articles_fts match ${match}
    order by bm25(articles_fts, 10.0, 4.0, 1.0), coalesce(a.published_at, a.fetched_at) desc, a.id desc
    limit ${page.limit} offset ${page.offset}`.execute(db);
  return { total, hits: found.rows.map((r) => ({ id: Number(r.id), snippet: r.snippet ?? '' })) };
}
