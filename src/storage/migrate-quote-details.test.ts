import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteDialect } from './dialects/sqlite.js';
import { allMigrations } from './migrations/index.js';
import { openStore } from './open-store.js';
import { articleFixture, outletFixture } from './test-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'multipolar-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0008-quote-details', () => {
  it('upgrades a database holding quotes from before it, which then read back without the new fields', async () => {
    const path = join(dir, 'old.db');
    const old = createSqliteDialect(path);
    // The schema as it stood before 0008: later migrations may rely on it and are not applied either.
    const before = Object.fromEntries(Object.entries(allMigrations(old)).filter(([name]) => name < '0008'));
    const migrated = await new Migrator({
      db: old.db,
      provider: { getMigrations: async () => before },
    }).migrateToLatest();
    expect(migrated.error).toBeUndefined();
    const { id: outletId } = await old.db
      .insertInto('outlets')
      .values(outletFixture('up'))
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: articleId } = await old.db
      .insertInto('articles')
      .values({
        outlet_id: outletId,
        url: 'https://up.example/a',
        tags: '[]',
        body_text: 'Body.',
        body_html: '<p>Body.</p>',
        content_hash: 'h',
        fetched_at: old.toDb(new Date('2024-05-01T00:00:00Z')),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await old.db
      .insertInto('quotes')
      .values({
        article_id: articleId,
        ordinal: 0,
        text: 'old words',
        kind: 'direct',
        span_start: 0,
        span_end: 9,
      })
      .execute();
    await old.destroy();

    const store = await openStore({ sqlitePath: path });
    try {
      const got = await store.articles.get(Number(articleId));
      expect(got?.quotes).toStrictEqual([
        {
          text: 'old words',
          kind: 'direct',
          speaker: null,
          speakerKind: null,
          speakerActorId: null,
          affiliation: null,
          cue: null,
          start: 0,
          end: 9,
          source: null,
          cueSpan: null,
        },
      ]);
      // New rows in the upgraded file carry the details.
      const outlet = await store.outlets.upsert(outletFixture('after'));
      const id = await store.articles.insert(
        articleFixture(outlet.id, 'after', {
          quotes: [{ ...got!.quotes[0]!, outlet: 'CNN', cueClass: 'speech' }],
        }),
      );
      expect((await store.articles.get(id))?.quotes[0]).toMatchObject({ outlet: 'CNN', cueClass: 'speech' });
    } finally {
      await store.close();
    }
  });
});
