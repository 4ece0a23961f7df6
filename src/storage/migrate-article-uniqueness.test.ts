import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, Migrator } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoreDialect } from './dialects/dialect.js';
import { createPostgresDialect } from './dialects/postgres.js';
import { createSqliteDialect } from './dialects/sqlite.js';
import { allMigrations } from './migrations/index.js';
import { openStore } from './open-store.js';
import type { Database } from './schema.js';
import { articleFixture, outletFixture } from './test-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'multipolar-uniqueness-'));
const pgUrl = process.env.TEST_DATABASE_URL;
const schemas: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  for (const schema of schemas) await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

/** Insert an article row as a pre-0009 database could hold it, with one mention. */
async function oldRow(
  db: Kysely<Database>,
  d: StoreDialect,
  outletId: number,
  key: string,
  over: { url?: string; canonical_url?: string | null; content_hash?: string },
): Promise<number> {
  const a = articleFixture(outletId, key);
  const { id } = await db
    .insertInto('articles')
    .values({
      outlet_id: outletId,
      url: over.url ?? a.url,
      canonical_url: over.canonical_url ?? null,
      title: a.title,
      tags: '[]',
      body_text: a.bodyText,
      body_html: a.bodyHtml,
      content_hash: over.content_hash ?? a.contentHash,
      fetched_at: d.toDb(a.fetchedAt),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('actors')
    .values({ id: 'cn', name: 'China', kind: 'country' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('mentions')
    .values({ article_id: id, ordinal: 0, actor_id: 'cn', surface: 'China', span_start: 0, span_end: 5 })
    .execute();
  return Number(id);
}

const dialects = pgUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

describe('migration 0009-article-uniqueness', () => {
  for (const dialect of dialects) {
    it(`removes duplicates a concurrent pass left, keeping the oldest, then enforces uniqueness (${dialect})`, async () => {
      const schema = `test_uq_${randomBytes(5).toString('hex')}`;
      const options =
        dialect === 'sqlite' ? { sqlitePath: join(dir, `${schema}.db`) } : { url: pgUrl!, schema };
      if (dialect === 'postgres') schemas.push(schema);
      const old =
        dialect === 'sqlite'
          ? createSqliteDialect(options.sqlitePath!)
          : await createPostgresDialect(pgUrl!, schema);
      const before = Object.fromEntries(
        Object.entries(allMigrations(old)).filter(([name]) => name < '0009-article-uniqueness'),
      );
      const migrated = await new Migrator({
        db: old.db,
        provider: { getMigrations: async () => before },
        ...(old.migrationTableSchema ? { migrationTableSchema: old.migrationTableSchema } : {}),
      }).migrateToLatest();
      expect(migrated.error).toBeUndefined();
      const ids = async (slug: string) =>
        Number(
          (
            await old.db
              .insertInto('outlets')
              .values(outletFixture(slug))
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id,
        );
      const outlet = await ids('dup');
      const other = await ids('other');
      const kept = await oldRow(old.db, old, outlet, 'a', { url: 'https://dup.example/a' });
      const sameUrl = await oldRow(old.db, old, outlet, 'a2', { url: 'https://dup.example/a' });
      const sameHash = await oldRow(old.db, old, outlet, 'a3', { content_hash: 'hash-a' });
      const canon = await oldRow(old.db, old, outlet, 'b', { canonical_url: 'https://dup.example/b' });
      const sameCanon = await oldRow(old.db, old, outlet, 'b2', { canonical_url: 'https://dup.example/b' });
      // Another outlet may carry the same URL and text: that is a second perspective, not a duplicate.
      const elsewhere = await oldRow(old.db, old, other, 'a4', {
        url: 'https://dup.example/a',
        content_hash: 'hash-a',
      });
      await old.destroy();

      const store = await openStore(options);
      try {
        expect(await store.articles.count()).toBe(3);
        for (const id of [kept, canon, elsewhere])
          expect((await store.articles.get(id))?.mentions).toHaveLength(1);
        for (const id of [sameUrl, sameHash, sameCanon]) expect(await store.articles.get(id)).toBeNull();
        const again = await store.articles.insertOrSkip(
          articleFixture(outlet, 'new', { url: 'https://dup.example/a' }),
        );
        expect(again).toEqual({ status: 'duplicate', id: kept, by: 'url' });
      } finally {
        await store.close();
      }
    });
  }
});
