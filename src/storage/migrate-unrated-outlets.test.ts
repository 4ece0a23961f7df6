import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteDialect } from './dialects/sqlite.js';
import { allMigrations } from './migrations/index.js';
import { openStore } from './open-store.js';
import { outletFixture } from './test-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'multipolar-unrated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0012-unrated-outlets', () => {
  it('turns the old "ZZ" and guessed "private" placeholders into unknown, leaving rated outlets alone', async () => {
    const path = join(dir, 'old.db');
    const old = createSqliteDialect(path);
    const before = Object.fromEntries(Object.entries(allMigrations(old)).filter(([name]) => name < '0012'));
    const migrated = await new Migrator({
      db: old.db,
      provider: { getMigrations: async () => before },
    }).migrateToLatest();
    expect(migrated.error).toBeUndefined();
    await old.db
      .insertInto('outlets')
      .values([
        outletFixture('guessed', {
          country: 'ZZ',
          ownership: 'private',
          notes: 'Created by import; country and ownership not yet set.',
        }),
        outletFixture('half', { country: 'ZZ', ownership: 'state', notes: 'An editor said state.' }),
        outletFixture('rated', { country: 'US', ownership: 'private', notes: null }),
      ])
      .execute();
    const version = Number(
      (await old.db.selectFrom('story_views').select('version').executeTakeFirstOrThrow()).version,
    );
    await old.destroy();

    const store = await openStore({ sqlitePath: path });
    try {
      expect(await store.outlets.getBySlug('guessed')).toMatchObject({
        country: 'unknown',
        ownership: 'unknown',
      });
      expect(await store.outlets.getBySlug('half')).toMatchObject({ country: 'unknown', ownership: 'state' });
      expect(await store.outlets.getBySlug('rated')).toMatchObject({ country: 'US', ownership: 'private' });
      // 0012 and later migrations that change what pages show raise the version, so composed pages are redone.
      expect(await store.stories.version()).toBeGreaterThan(version);
    } finally {
      await store.close();
    }
  });
});
