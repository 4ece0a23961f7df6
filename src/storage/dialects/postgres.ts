import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { AppError } from '../../domain/index.js';
import type { Database, DbDate } from '../schema.js';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../snippet-marks.js';
import { type ParsedQuery, toWebSearchText } from '../search-query.js';
import type { SearchOptions, SearchPage, StoreDialect } from './dialect.js';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// Text-search configuration for both the stored vector and the query; they must match.
const TS_CONFIG = 'english';

const HEADLINE_OPTIONS = [
  `StartSel="${SNIPPET_MARK_START}"`,
  `StopSel="${SNIPPET_MARK_END}"`,
  'MaxWords=30',
  'MinWords=12',
  'ShortWord=2',
  'MaxFragments=2',
  'FragmentDelimiter=" … "',
].join(', ');

/** Connect a pool to PostgreSQL with every session's search_path set to `schema` (created if missing). */
export async function createPostgresDialect(
  url: string,
  schema = 'public',
  searchOptions: SearchOptions = {},
): Promise<StoreDialect> {
  if (!SCHEMA_NAME.test(schema)) {
    throw new AppError(
      'config',
      `PostgreSQL schema name must be lower-case letters, digits and _: ${schema}`,
    );
  }
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` });
  // An idle client dropped by the server is discarded by the pool; the next query reconnects.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new AppError('config', `cannot open PostgreSQL at the configured URL: ${String(error)}`, {
      cause: error,
    });
  }

  return {
    name: 'postgres',
    db,
    migrationTableSchema: schema,
    timestampType: 'timestamptz',
    idColumn: (col) => col.generatedByDefaultAsIdentity().primaryKey(),
    toDb: (d) => d,
    fromDb: (v: DbDate) => (v instanceof Date ? v : new Date(v)),
    createSearchIndex,
    dropSearchIndex,
    search: (query, page, deadlineMs) => search(db, query, page, deadlineMs, searchOptions),
    claimLock: sql`for update skip locked`,
    serialize: async (trx, key) => {
      await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
    },
    destroy: () => db.destroy(),
  };
}

async function createSearchIndex(db: Kysely<unknown>): Promise<void> {
  // A stored generated column keeps the vector in step with the text without triggers;
  // weights let ranking prefer title hits over standfirst over body.
  await sql`alter table articles add column if not exists search tsvector generated always as (
    setweight(to_tsvector(${sql.lit(TS_CONFIG)}::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector(${sql.lit(TS_CONFIG)}::regconfig, coalesce(standfirst, '')), 'B') ||
    setweight(to_tsvector(${sql.lit(TS_CONFIG)}::regconfig, body_text), 'C')
  ) stored`.execute(db);
  await sql`create index if not exists articles_search_idx on articles using gin (search)`.execute(db);
}

async function dropSearchIndex(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists articles_search_idx`.execute(db);
  await sql`alter table articles drop column if exists search`.execute(db);
}

// PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout.
const QUERY_CANCELED = '57014';

async function search(
  db: Kysely<Database>,
  query: ParsedQuery,
  page: { limit: number; offset: number },
  deadlineMs: number,
  opts: SearchOptions,
): Promise<SearchPage> {
  const text = toWebSearchText(query);
  if (text === '') return { timedOut: false, total: 0, hits: [] };
  try {
    return await db.transaction().execute(async (trx) => {
      // Local to this transaction: the pooled connection goes back without the limit.
      await sql`select set_config('statement_timeout', ${String(Math.max(1, Math.round(deadlineMs)))}, true)`.execute(
        trx,
      );
      if (opts.stallMs) await sql`select pg_sleep(${opts.stallMs / 1000})`.execute(trx);
      return await searchWithin(trx, text, page);
    });
  } catch (error) {
    if ((error as { code?: string }).code === QUERY_CANCELED) return { timedOut: true };
    throw error;
  }
}

async function searchWithin(
  db: Kysely<Database>,
  text: string,
  page: { limit: number; offset: number },
): Promise<SearchPage> {
  // websearch_to_tsquery accepts any text (quotes, -, or) without raising a syntax error.
  const tsq = sql`websearch_to_tsquery(${sql.lit(TS_CONFIG)}::regconfig, ${text})`;
  const counted = await sql<{ n: number }>`
    select count(*)::int as n from articles, ${tsq} as q(q) where articles.search @@ q.q`.execute(db);
  const total = Number(counted.rows[0]?.n ?? 0);
  if (total === 0) return { timedOut: false, total, hits: [] };
  // Rank and page first, then build headlines for the page only: ts_headline is costly.
  const found = await sql<{ id: number; snippet: string | null }>`
    select hit.id, ts_headline(${sql.lit(TS_CONFIG)}::regconfig, a.body_text, hit.q, ${HEADLINE_OPTIONS}) as snippet
    from (
      select articles.id, q.q, ts_rank_cd(articles.search, q.q) as rank,
        coalesce(articles.published_at, articles.fetched_at) as at
      from articles, ${tsq} as q(q)
      where articles.search @@ q.q
      order by rank desc, at desc, articles.id desc
      limit ${page.limit} offset ${page.offset}
    ) hit
    join articles a on a.id = hit.id
    order by hit.rank desc, hit.at desc, hit.id desc`.execute(db);
  return {
    timedOut: false,
    total,
    hits: found.rows.map((r) => ({ id: Number(r.id), snippet: r.snippet ?? '' })),
  };
}
