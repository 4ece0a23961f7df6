import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

/** The repository root, for tests that read testdata or spawn the CLI. */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** The CLI's TypeScript entry, run through tsx in tests. */
export const mainScript = path.join(repoRoot, 'src', 'main.ts');

/** What a finished CLI run printed and returned. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A function that runs the real CLI in a child process, as a user would, with its data in `dataDir`,
 * on SQLite and with logs silenced so stdout and stderr hold only what the command itself prints.
 */
export function cliRunner(dataDir: string): (...args: string[]) => CliRun {
  return (...args) => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', mainScript, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, MULTIPOLAR_DATA_DIR: dataDir, DATABASE_URL: '', MULTIPOLAR_LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    return { code: res.status, stdout: res.stdout, stderr: res.stderr };
  };
}

/**
 * Like cliRunner, but the child runs while this process keeps serving: for commands that fetch from
 * a server the test itself runs on loopback. `env` is added to the child's environment.
 */
export function asyncCliRunner(
  dataDir: string,
  env: Record<string, string> = {},
): (...args: string[]) => Promise<CliRun> {
  return (...args) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', mainScript, ...args], {
        cwd: repoRoot,
        env: {
          ...process.env,
          MULTIPOLAR_DATA_DIR: dataDir,
          DATABASE_URL: '',
          MULTIPOLAR_LOG_LEVEL: 'silent',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
}
