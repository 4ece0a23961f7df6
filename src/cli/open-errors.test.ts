import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../storage/index.js';
import { outletFixture } from '../storage/test-harness.js';
import { mainScript, repoRoot } from './test-harness.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'mp-open-errors-'));
// Others may enter: the unwritable-directory case runs the CLI as an unprivileged user.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Root writes anywhere, so as root the CLI runs as `nobody` to meet a directory it may not write.
const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function sourcesList(dataDir: string, user: { uid?: number; gid?: number } = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', mainScript, 'sources', 'list'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, MULTIPOLAR_DATA_DIR: dataDir, DATABASE_URL: '', MULTIPOLAR_LOG_LEVEL: 'silent' },
    timeout: 60_000,
    ...user,
  });
  return { code: run.status, stderr: run.stderr };
}

const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/unexpected error|\n\s+at /);
  return stderr.trim();
};

describe('a database that cannot be opened is named in one line, exit 1', () => {
  it('a file that is not a SQLite database', () => {
    const dir = path.join(root, 'not-a-db');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'multipolar.db'), 'These are my notes, not a database.\n'.repeat(200));
    const run = sourcesList(dir);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      `multipolar: cannot use the SQLite database ${path.join(dir, 'multipolar.db')}: the file is not a SQLite database (damaged, or another kind of file)`,
    );
  });

  it('a SQLite file damaged past its first page', async () => {
    const dir = path.join(root, 'damaged');
    const file = path.join(dir, 'multipolar.db');
    const store = await openStore({ sqlitePath: file });
    await store.outlets.upsert(outletFixture('damaged'));
    await store.close();
    const bytes = readFileSync(file);
    bytes.fill(0x41, 4096);
    writeFileSync(file, bytes);
    const run = sourcesList(dir);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      `multipolar: cannot use the SQLite database ${file}: the database file is damaged (database disk image is malformed)`,
    );
  });

  it('a data directory that is a file', () => {
    const file = path.join(root, 'a-file');
    writeFileSync(file, 'not a directory');
    const run = sourcesList(file);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      `multipolar: cannot use the SQLite database ${path.join(file, 'multipolar.db')}: ${file} (or a folder above it) is a file, not a directory`,
    );
  });

  it('a data directory it may not write', () => {
    const dir = path.join(root, 'read-only');
    mkdirSync(dir, { mode: 0o755 });
    if (!asOther.uid) chmodSync(dir, 0o555);
    const run = sourcesList(dir, asOther);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      `multipolar: cannot use the SQLite database ${path.join(dir, 'multipolar.db')}: the directory ${dir} is not writable`,
    );
    const missing = path.join(dir, 'data');
    const below = sourcesList(missing, asOther);
    expect(below.code).toBe(1);
    expect(oneLine(below.stderr)).toBe(
      `multipolar: cannot use the SQLite database ${path.join(missing, 'multipolar.db')}: permission denied creating the directory ${missing}`,
    );
  });
});
