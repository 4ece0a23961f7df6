import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mainScript, repoRoot } from './test-harness.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mp-allow-list-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function run(env: Record<string, string>, ...args: string[]) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', mainScript, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      MULTIPOLAR_DATA_DIR: dataDir,
      DATABASE_URL: '',
      MULTIPOLAR_LOG_LEVEL: 'silent',
      ...env,
    },
    timeout: 60_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('an invalid private-host allow-list entry', () => {
  it('stops serve from starting, naming the entry from the environment', () => {
    const res = run({ MULTIPOLAR_ALLOW_PRIVATE_HOSTS: '127.0.0.1, 10.0.0.0/33' }, 'serve', '--port', '0');
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe(
      'multipolar: MULTIPOLAR_ALLOW_PRIVATE_HOSTS / allowPrivateHosts: "10.0.0.0/33" is not a host name, an IP address or a CIDR such as 10.0.0.0/8\n',
    );
  });

  it('names an entry from the config file, and says a port has no place in it', () => {
    const file = path.join(dataDir, 'config.json');
    writeFileSync(file, JSON.stringify({ allowPrivateHosts: ['intranet.local', '127.0.0.1:8080'] }));
    const res = run({ MULTIPOLAR_CONFIG: file }, 'sources', 'list');
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(
      'multipolar: MULTIPOLAR_ALLOW_PRIVATE_HOSTS / allowPrivateHosts: "127.0.0.1:8080" is not a host name, an IP address or a CIDR such as 10.0.0.0/8 (leave out the port: an entry allows a host or address on every port)\n',
    );
  });

  it('valid entries still start', () => {
    const res = run({ MULTIPOLAR_ALLOW_PRIVATE_HOSTS: 'intranet.local,10.0.0.0/8,::1' }, 'sources', 'list');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
  });
});
