/**
 * Test support: runs a storage suite once per database — SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set — each store in its own temp file or random schema, removed afterwards.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe } from 'vitest';
export { articleFixture, outletFixture } from './fixtures.js';
import { openStore } from './open-store.js';
import type { OpenStoreOptions, Store } from './types.js';

/** A freshly migrated, empty store and a way to open the same database again. */
export interface TestDb {
  store: Store;
  /** Open the same database again, optionally with other store options. */
  reopen(extra?: Partial<OpenStoreOptions>): Promise<Store>;
  /** Where it is, for another process to open it too. */
  options: OpenStoreOptions;
}

/** Declare `suite` once per available database, inside a describe named for the dialect. */
export function forEachDialect(
  suite: (fresh: () => Promise<TestDb>, dialect: 'sqlite' | 'postgres') => void,
) {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (!pgUrl)
    console.log('TEST_DATABASE_URL is not set: the PostgreSQL run of this storage suite was skipped');
  const dialects: ('sqlite' | 'postgres')[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  for (const dialect of dialects) {
    describe(dialect, () => {
      const opened: Store[] = [];
      const schemas: string[] = [];
      let dir: string | null = null;
      const open = async (options: OpenStoreOptions) => {
        const store = await openStore(options);
        opened.push(store);
        return store;
      };
      const fresh = async (): Promise<TestDb> => {
        const tag = randomBytes(6).toString('hex');
        let options: OpenStoreOptions;
        if (dialect === 'sqlite') {
          dir ??= mkdtempSync(join(tmpdir(), 'multipolar-storage-'));
          options = { sqlitePath: join(dir, `${tag}.db`) };
        } else {
          schemas.push(`test_${tag}`);
          options = { url: pgUrl!, schema: `test_${tag}` };
        }
        return {
          store: await open(options),
          reopen: (extra = {}) => open({ ...options, ...extra }),
          options,
        };
      };
      afterAll(async () => {
        for (const s of opened) await s.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
        if (schemas.length > 0) {
          const client = new pg.Client({ connectionString: pgUrl });
          await client.connect();
          for (const schema of schemas) await client.query(`drop schema if exists "${schema}" cascade`);
          await client.end();
        }
      });
      suite(fresh, dialect);
    });
  }
}

/**
 * Run a TypeScript writer script as a process of its own (a second writer racing this one) with `job` as its JSON
 * argument; resolves to what it printed, rejects with its stderr when it fails.
 */
export function runWriterProcess(script: string, job: unknown): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(job)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    err += c.toString();
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error(`${script} exited ${code}: ${err}`)),
    ),
  );
}
