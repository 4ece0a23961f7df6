import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mainScript, repoRoot } from './test-harness.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mp-public-url-'));
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** `serve --role web` on `host`, resolved with its address and whatever it logged before the banner. */
function serveWeb(host: string): Promise<{ url: string; stderr: () => string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', mainScript, 'serve', '--role', 'web', '--host', host, '--port', '0'],
    {
      cwd: repoRoot,
      env: { ...process.env, MULTIPOLAR_DATA_DIR: dataDir, DATABASE_URL: '', MULTIPOLAR_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /serving (\S+)/.exec(out)?.[1];
      if (url) resolve({ url, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

/** GET with a forged Host and X-Forwarded-* headers, as a client poisoning a shared cache would send. */
function forgedGet(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve(body));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('absolute links with no public URL configured', () => {
  it('name the listen address, never a forged Host, and serve warns once on a non-loopback host', async () => {
    const site = await serveWeb('0.0.0.0');
    const origin = site.url.replace(/\/$/, '');
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const atom = await forgedGet(`${origin}/feeds/stories.atom`);
    expect(atom).toContain(`<id>${origin}/</id>`);
    expect(atom).not.toContain('evil.example');
    const api = await forgedGet(`${origin}/api/outlets`);
    expect(api).not.toContain('evil.example');
    const warnings = site
      .stderr()
      .split('\n')
      .filter((l) => l.includes('MULTIPOLAR_PUBLIC_URL is not set'));
    expect(warnings).toHaveLength(1);
  }, 60_000);

  it('does not warn on a loopback host', async () => {
    const site = await serveWeb('127.0.0.1');
    await forgedGet(`${site.url}healthz`);
    expect(site.stderr()).not.toContain('MULTIPOLAR_PUBLIC_URL');
  }, 60_000);
});
