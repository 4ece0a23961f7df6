import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mainScript, repoRoot } from './test-harness.js';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-demo-cmd-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function env(dir: string, databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MULTIPOLAR_DATA_DIR: dir,
    DATABASE_URL: databaseUrl,
    MULTIPOLAR_LOG_LEVEL: 'silent',
  };
}

/** Start `multipolar demo` as a user would and resolve with the address it prints. */
function startDemoProcess(
  dir: string,
  databaseUrl: string,
): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', mainScript, 'demo', '--port', '0'], {
    cwd: repoRoot,
    env: env(dir, databaseUrl),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Open (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`demo exited with ${code}: ${err}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function listenAnywhere(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    }),
  );
}

describe('multipolar demo: a safe first run', () => {
  it('runs on its own SQLite file whatever DATABASE_URL says', async () => {
    const dir = dataDir();
    const { child, url, stderr } = await startDemoProcess(dir, 'postgres://nowhere/x');
    try {
      const home = await fetch(url);
      expect(home.status).toBe(200);
      expect(await home.text()).toMatch(/fictional/i);
      expect(existsSync(path.join(dir, 'demo.db'))).toBe(true);
      expect(stderr()).toContain('The demo ignores DATABASE_URL');
    } finally {
      await stop(child);
    }
  }, 120_000);

  it('stops with one clear line, before touching the previous demo.db, when its port is taken', async () => {
    const dir = dataDir();
    const previous = path.join(dir, 'demo.db');
    writeFileSync(previous, 'the previous demo, untouched');
    const { server, port } = await listenAnywhere();
    try {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', mainScript, 'demo', '--port', String(port), '--host', '127.0.0.1'],
        { cwd: repoRoot, env: env(dir, ''), encoding: 'utf8', timeout: 60_000 },
      );
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        `multipolar: demo: port ${port} on 127.0.0.1 is already in use; stop what uses it or choose another port with --port. Nothing was changed.`,
      ]);
      expect(run.stdout).toBe('');
      expect(readFileSync(previous, 'utf8')).toBe('the previous demo, untouched');
      expect(existsSync(`${previous}-wal`)).toBe(false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);
});
