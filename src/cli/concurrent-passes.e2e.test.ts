import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoNewsroom, demoArticles, startDemoNewsroom, toNewOutlet } from '../demo/index.js';
import { type OpenStoreOptions, openStore, type Store } from '../storage/index.js';
import { mainScript, repoRoot } from './test-harness.js';

// Issue 9: concurrent passes on one database, as real CLI processes, on SQLite and PostgreSQL.
// Every article must be stored once, and no process may die because another one won a race.

/** What a crashed or failing command prints (the progress line and "Stopping…" are fine). */
const FAILURE = /error|constraint|locked|busy|failed/i;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** One fresh database: the env a CLI process needs to use it, and how the test opens it itself. */
interface Db {
  env: NodeJS.ProcessEnv;
  options: OpenStoreOptions;
}

function start(db: Db, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', mainScript, ...args], {
    cwd: repoRoot,
    env: db.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function cli(db: Db, ...args: string[]): Promise<Run> {
  const child = start(db, args);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr!.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Every stored article URL, once per row. */
async function storedUrls(store: Store): Promise<string[]> {
  const urls: string[] = [];
  for (const outlet of await store.outlets.list()) {
    const rows = await store.articles.listByOutlet(outlet.id, { limit: 10_000, offset: 0 });
    urls.push(...rows.map((r) => r.url));
  }
  return urls;
}

function repeated(urls: string[]): string[] {
  const seen = new Set<string>();
  const again: string[] = [];
  for (const u of urls) {
    if (seen.has(u)) again.push(u);
    seen.add(u);
  }
  return again;
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return check();
}

/** A feed of three entries on loopback whose second page answers 503 the first time it is asked for. */
async function startFlakyFeed(): Promise<{ origin: string; close(): Promise<void> }> {
  let secondAsked = 0;
  const server: Server = createServer((req, res) => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/feed.xml') {
      const etag = '"flaky-v1"';
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag }).end();
        return;
      }
      const items = [1, 2, 3]
        .map(
          (n) =>
            `<item><title>Flaky story ${n}</title><link>${origin}/story-${n}</link><guid>${origin}/story-${n}</guid></item>`,
        )
        .join('');
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: etag })
        .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Flaky</title>${items}</channel></rss>`);
      return;
    }
    const m = /^\/story-(\d)$/.exec(url.pathname);
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    if (m[1] === '2' && secondAsked++ === 0) {
      res.writeHead(503, { 'Content-Type': 'text/plain' }).end('try again later');
      return;
    }
    const words = Array.from(
      { length: 12 },
      (_, i) => `Sentence ${i} of flaky story ${m[1]} tells what happened.`,
    );
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html><head><title>Flaky story ${m[1]}</title></head><body><article><h1>Flaky story ${m[1]}</h1>${words.map((w) => `<p>${w}</p>`).join('')}</article></body></html>`,
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const pgUrl = process.env.TEST_DATABASE_URL;
const dialects: ('sqlite' | 'postgres')[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];

for (const dialect of dialects) {
  describe(`concurrent passes on ${dialect}`, () => {
    const now = new Date();
    const dirs: string[] = [];
    const schemas: string[] = [];
    const stores: Store[] = [];
    let newsroom: DemoNewsroom;

    const freshDb = async (): Promise<{ db: Db; store: Store }> => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-race-'));
      dirs.push(dir);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        MULTIPOLAR_DATA_DIR: dir,
        DATABASE_URL: '',
        MULTIPOLAR_DB_SCHEMA: '',
        MULTIPOLAR_LOG_LEVEL: 'silent',
        MULTIPOLAR_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      };
      let options: OpenStoreOptions = { sqlitePath: path.join(dir, 'multipolar.db') };
      if (dialect === 'postgres') {
        const schema = `test_race_${randomBytes(5).toString('hex')}`;
        schemas.push(schema);
        env.DATABASE_URL = pgUrl;
        env.MULTIPOLAR_DB_SCHEMA = schema;
        options = { url: pgUrl!, schema };
      }
      const store = await openStore(options);
      stores.push(store);
      return { db: { env, options }, store };
    };

    /** Subscribe to every demo outlet's feed, and also to a second URL of it (a "section" serving the same items). */
    const subscribeTwice = async (store: Store) => {
      for (const { outlet, url } of newsroom.feedUrls) {
        const stored = await store.outlets.upsert(toNewOutlet(outlet, `demo/${outlet.slug}`));
        await store.feeds.add(url, stored.id);
        await store.feeds.add(`${url}?section=world`, stored.id);
      }
    };

    beforeAll(async () => {
      newsroom = await startDemoNewsroom({ now, articles: demoArticles });
    });
    afterAll(async () => {
      for (const s of stores) await s.close();
      await newsroom.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      if (schemas.length > 0) {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        for (const schema of schemas) await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      }
    });

    it('stores each article once when section feeds of one outlet carry the same items', async () => {
      const { db, store } = await freshDb();
      await subscribeTwice(store);
      const run = await cli(db, 'ingest', '--all');
      expect(run.stderr).not.toMatch(FAILURE);
      expect(run.code).toBe(0);
      const urls = await storedUrls(store);
      expect(repeated(urls)).toEqual([]);
      expect(urls).toHaveLength(demoArticles.length);
    }, 120_000);

    it('runs two ingest --all passes at once: both exit 0 and each article is stored once', async () => {
      const { db, store } = await freshDb();
      await subscribeTwice(store);
      const runs = await Promise.all([cli(db, 'ingest', '--all'), cli(db, 'ingest', '--all')]);
      for (const r of runs) expect(r.stderr).not.toMatch(FAILURE);
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      const urls = await storedUrls(store);
      expect(repeated(urls)).toEqual([]);
      expect(urls).toHaveLength(demoArticles.length);
      // Every story's articles exist and every article counted in a story points back at it.
      const stories = await store.stories.list({ limit: 1000, offset: 0 });
      expect(stories.length).toBeGreaterThan(0);
      for (const story of stories) {
        expect((await store.articles.listByStory(story.id)).length).toBe(story.articleCount);
      }
    }, 180_000);

    it('runs ingest beside serve on one database: the pass exits 0, serve keeps running, each article once', async () => {
      const { db, store } = await freshDb();
      await subscribeTwice(store);
      const server = start(db, ['serve', '--port', '0']);
      let serverErr = '';
      server.stderr!.on('data', (c: Buffer) => {
        serverErr += c.toString();
      });
      try {
        const run = await cli(db, 'ingest', '--all');
        expect(run.stderr).not.toMatch(FAILURE);
        expect(run.code).toBe(0);
        const drained = await until(
          async () => (await store.jobs.counts()).done >= 2 * newsroom.feedUrls.length,
          60_000,
        );
        expect(drained).toBe(true);
        expect(server.exitCode).toBeNull();
        const counts = await store.jobs.counts();
        expect(counts.dead).toBe(0);
        const urls = await storedUrls(store);
        expect(repeated(urls)).toEqual([]);
        expect(urls).toHaveLength(demoArticles.length);
      } finally {
        const code = await new Promise<number | null>((resolve) => {
          if (server.exitCode !== null) return resolve(server.exitCode);
          server.once('exit', (c) => resolve(c));
          server.kill('SIGTERM');
        });
        expect(serverErr).not.toMatch(FAILURE);
        expect(code).toBe(0);
      }
    }, 180_000);

    it('runs two imports of the same pages at once: both exit 0 and each page is stored once', async () => {
      const { db, store } = await freshDb();
      const pages = newsroom.articleUrls.slice(0, 30).map((a) => a.url);
      const runs = await Promise.all([cli(db, 'import', ...pages), cli(db, 'import', ...pages)]);
      for (const r of runs) expect(r.stderr).not.toMatch(FAILURE);
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      const urls = await storedUrls(store);
      expect(repeated(urls)).toEqual([]);
      expect(urls).toHaveLength(pages.length);
      expect(await store.outlets.list()).toHaveLength(1);
    }, 120_000);

    it('stores on a later pass the article whose page answered 503 once', async () => {
      const flaky = await startFlakyFeed();
      try {
        const { db, store } = await freshDb();
        const outlet = await store.outlets.upsert(toNewOutlet(newsroom.feedUrls[0]!.outlet, 'flaky.example'));
        await store.feeds.add(`${flaky.origin}/feed.xml`, outlet.id);
        for (let pass = 0; pass < 3; pass++) {
          const run = await cli(db, 'ingest', '--all');
          expect(run.stderr).not.toMatch(FAILURE);
          expect(run.code).toBe(0);
        }
        const urls = (await storedUrls(store)).sort();
        expect(urls).toEqual([1, 2, 3].map((n) => `${flaky.origin}/story-${n}`));
      } finally {
        await flaky.close();
      }
    }, 120_000);
  });
}
