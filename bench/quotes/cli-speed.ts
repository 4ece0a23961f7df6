/**
 * Speed as researchers run it: `multipolar quotes --jsonl` over many files as one process. Start-up (loading the
 * code, building the gazetteer) is excluded by timing the same command over one file and taking the difference.
 * The command is the installed one, `bin/multipolar.js` over the compiled `dist/` (built here first, so it is never
 * stale), not `tsx` over the sources: that is what `npm install` gives a researcher.
 * The texts are written to a temporary folder outside the repository and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const binScript = path.join(repoRoot, 'bin', 'multipolar.js');
const tscScript = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');

/** Wall seconds of one run of the CLI over `files`. */
function run(files: readonly string[]): number {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [binScript, 'quotes', '--jsonl', ...files], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, MULTIPOLAR_LOG_LEVEL: 'silent', DATABASE_URL: '' },
  });
  const wall = (performance.now() - t0) / 1000;
  if (res.status !== 0) throw new Error(`multipolar quotes failed: ${res.stderr}`);
  return wall;
}

/** Articles per second of the CLI over `texts`, start-up excluded (best of `repeats` runs of each size). */
export function cliSpeed(texts: readonly string[], repeats = 2): { articles: number; perSecond: number } {
  const build = spawnSync(process.execPath, [tscScript, '-p', 'tsconfig.build.json'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stdout}${build.stderr}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-quotes-speed-'));
  try {
    const files = texts.map((t, i) => {
      const file = path.join(dir, `${String(i).padStart(5, '0')}.txt`);
      writeFileSync(file, t);
      return file;
    });
    const best = (list: readonly string[]) => Math.min(...Array.from({ length: repeats }, () => run(list)));
    const one = best(files.slice(0, 1));
    const all = best(files);
    return { articles: files.length, perSecond: (files.length - 1) / Math.max(1e-3, all - one) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
