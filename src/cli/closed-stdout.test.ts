import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../storage/index.js';
import { outletFixture } from '../storage/test-harness.js';
import { mainScript, repoRoot } from './test-harness.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mp-closed-stdout-'));
const pagesDir = path.join(dataDir, 'pages');

/** Run the CLI, read its first line of output, then close our end of its stdout as `head -1` does. */
function untilFirstLine(
  ...args: string[]
): Promise<{ code: number | null; firstLine: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', mainScript, ...args], {
    cwd: repoRoot,
    env: { ...process.env, MULTIPOLAR_DATA_DIR: dataDir, DATABASE_URL: '', MULTIPOLAR_LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let firstLine = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const end = out.indexOf('\n');
    if (end >= 0 && firstLine === '') {
      firstLine = out.slice(0, end);
      child.stdout.destroy();
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, firstLine, stderr })));
}

beforeAll(async () => {
  // Far more output than a pipe buffers, so the command is still writing when the reader leaves.
  const store = await openStore({ sqlitePath: path.join(dataDir, 'multipolar.db') });
  const outlet = await store.outlets.upsert(outletFixture('many-feeds'));
  for (let i = 0; i < 2_000; i++)
    await store.feeds.add(`https://many-feeds.example/feed-${i}.xml`, outlet.id);
  await store.close();
  mkdirSync(pagesDir);
  const paragraph =
    'The harbour authority said on Monday that grain shipments would resume within the week. ';
  for (let i = 0; i < 40; i++) {
    const body = Array.from({ length: 40 }, () => `<p>${paragraph.repeat(3)}</p>`).join('\n');
    writeFileSync(
      pageFiles()[i]!,
      `<!doctype html><html><head><title>Harbour report ${i}</title></head><body><article><h1>Harbour report ${i}</h1>${body}</article></body></html>`,
    );
  }
}, 60_000);

const pageFiles = () =>
  Array.from({ length: 40 }, (_, i) => path.join(pagesDir, `page-${String(i).padStart(2, '0')}.html`));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a reader that closes our output early (| head -1)', () => {
  it('sources list exits 0 with nothing on stderr', async () => {
    const run = await untilFirstLine('sources', 'list');
    expect(run.firstLine).toMatch(/^#1\t/);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('sources list --json exits 0 with nothing on stderr', async () => {
    const run = await untilFirstLine('sources', 'list', '--json');
    expect(run.firstLine).toBe('[');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('import --json exits 0 with nothing on stderr', async () => {
    const run = await untilFirstLine('import', '--json', '--dry-run', ...pageFiles());
    expect(JSON.parse(run.firstLine)).toMatchObject({ title: 'Harbour report 0' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('extract --jsonl exits 0 with nothing on stderr', async () => {
    const run = await untilFirstLine('extract', pagesDir, '--jsonl');
    expect(JSON.parse(run.firstLine)).toMatchObject({ title: 'Harbour report 0' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('any other write failure (a full disk) is one line on stderr and exit 74', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', mainScript, 'sources', 'list'], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: {
          ...process.env,
          MULTIPOLAR_DATA_DIR: dataDir,
          DATABASE_URL: '',
          MULTIPOLAR_LOG_LEVEL: 'silent',
        },
        stdio: ['ignore', full, 'pipe'],
        timeout: 60_000,
      });
      expect(run.stderr).toBe(
        'multipolar: cannot write the output: ENOSPC: no space left on device, write\n',
      );
      expect(run.status).toBe(74);
    } finally {
      closeSync(full);
    }
  });
});
