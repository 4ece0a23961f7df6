import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoNewsroom, demoArticles, startDemoNewsroom, toNewOutlet } from '../demo/index.js';
import { openStore, type Store } from '../storage/index.js';
import { mainScript, repoRoot } from './test-harness.js';

const main = mainScript;

function envFor(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MULTIPOLAR_DATA_DIR: dataDir,
    DATABASE_URL: '',
    MULTIPOLAR_LOG_LEVEL: 'silent',
    MULTIPOLAR_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
  };
}

/** Start `multipolar serve …` as its own process and resolve once it has said what it runs. */
function serve(dataDir: string, ...args: string[]): Promise<{ child: ChildProcess; banner: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', main, 'serve', ...args], {
    cwd: repoRoot,
    env: envFor(dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ child, banner: out.trim() });
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`serve ${args.join(' ')} exited with ${code}: ${err}`)));
  });
}

/** Ask a process to stop as an operator would (SIGTERM) and return its exit code. */
function terminate(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return check();
}

describe('multipolar serve --role', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mp-serve-'));
  const articles = demoArticles.filter((a) => a.story === 'sco-summit');
  let newsroom: DemoNewsroom;
  let store: Store;

  beforeAll(async () => {
    newsroom = await startDemoNewsroom({ now: new Date(), articles });
    store = await openStore({ sqlitePath: path.join(dataDir, 'multipolar.db') });
    for (const { outlet, url } of newsroom.feedUrls) {
      const stored = await store.outlets.upsert(toNewOutlet(outlet, `demo/${outlet.slug}`));
      await store.feeds.add(url, stored.id);
    }
  });
  afterAll(async () => {
    await store.close();
    await newsroom.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('rejects a role it does not know, naming the flag', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', main, 'serve', '--role', 'janitor'], {
      cwd: repoRoot,
      env: envFor(dataDir),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad option: role/);
  });

  it('runs the scheduler and a worker as separate processes on one database, without a web port, and stops cleanly', async () => {
    const scheduler = await serve(dataDir, '--role', 'scheduler');
    const worker = await serve(dataDir, '--role', 'worker', '--concurrency', '2');
    try {
      expect(scheduler.banner).toBe('Multipolar is running the scheduler role');
      expect(worker.banner).toBe('Multipolar is running the worker role');
      const drained = await until(async () => {
        const counts = await store.jobs.counts();
        return counts.done >= newsroom.feedUrls.length && (await store.articles.count()) === articles.length;
      }, 30_000);
      expect(drained).toBe(true);
      const feeds = await store.feeds.list();
      expect(feeds.every((f) => f.lastCheckedAt !== null && f.lastError === null)).toBe(true);
    } finally {
      const codes = await Promise.all([terminate(scheduler.child), terminate(worker.child)]);
      expect(codes).toEqual([0, 0]);
    }
  }, 60_000);
});
