import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Agent, get } from 'node:http';

/** What one fixed-time load run measured. */
export interface LoadResult {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connect/read/write errors and non-2xx/3xx answers. */
  errors: number;
  /** The errors by kind, e.g. "read 3, status 1" (empty when none). */
  errorKinds: string;
  /** Requests still unanswered after wrk's 2 s time-out (kept apart: the yardstick shows them too on a loaded box). */
  slow: number;
}

const REPORT = new URL('./report.lua', import.meta.url).pathname;

/** wrk's version line, or null when wrk is not installed. */
export function wrkVersion(): string | null {
  const r = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (r.error) return null;
  return (r.stdout || r.stderr).split('\n')[0]?.trim() ?? null;
}

/**
 * A wrk script that asks for `paths` in turn (each once while there are more paths than requests) and
 * reports like report.lua. Lua long brackets quote the paths, which are URL-encoded and hold no `]`.
 */
function cyclingScript(paths: readonly string[]): { file: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mp-wrk-'));
  const file = path.join(dir, 'cycle.lua');
  const list = paths.map((p) => `[[${p}]]`).join(',\n');
  writeFileSync(
    file,
    `local paths = {\n${list}\n}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(nil, paths[i])\nend\n${readFileSync(REPORT, 'utf8')}`,
  );
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Drive `url` with `connections` keep-alive connections for `seconds` from one wrk thread (its own
 * process), asking for gzip as every browser does. With `paths`, the requests go to those paths of
 * `url`'s origin in turn instead of to `url` itself.
 */
export async function runWrk(
  url: string,
  connections: number,
  seconds: number,
  paths?: readonly string[],
): Promise<LoadResult> {
  const script = paths ? cyclingScript(paths) : null;
  const child = spawn(
    'wrk',
    [
      '-t1',
      `-c${connections}`,
      `-d${seconds}s`,
      '--timeout',
      '2s',
      '-H',
      'Accept-Encoding: gzip',
      '-s',
      script?.file ?? REPORT,
      url,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  script?.remove();
  const line = out.split('\n').find((l) => l.startsWith('{'));
  if (code !== 0 || !line) throw new Error(`wrk failed (exit ${code}): ${out}`);
  const r = JSON.parse(line) as Record<string, number>;
  return {
    requests: r.requests!,
    rps: r.requests! / (r.durationUs! / 1e6),
    p50Ms: r.p50Us! / 1000,
    p99Ms: r.p99Us! / 1000,
    maxMs: r.maxUs! / 1000,
    errors: r.connect! + r.read! + r.write! + r.status!,
    slow: r.timeout!,
    errorKinds: (['connect', 'read', 'write', 'status'] as const)
      .filter((k) => r[k]! > 0)
      .map((k) => `${k} ${r[k]}`)
      .join(', '),
  };
}

/** One GET over `agent`: status and milliseconds to the last byte. */
export function timedGet(url: string, agent?: Agent): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('probe timed out after 30 s')));
  });
}

/** What the /healthz prober saw. */
export interface ProbeResult {
  probes: number;
  failures: number;
  maxMs: number;
  p99Ms: number;
}

/** Request `url` every `everyMs` (one at a time, so a stall shows as one long probe) until stopped. */
export function startProber(url: string, everyMs = 100): { stop(): Promise<ProbeResult> } {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { status, ms } = await timedGet(url, agent);
        times.push(ms);
        if (status !== 200) failures++;
        await sleep(Math.max(0, everyMs - ms));
      } catch {
        failures++;
        await sleep(everyMs);
      }
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      agent.destroy();
      const sorted = times.slice().sort((a, b) => a - b);
      return {
        probes: times.length + failures,
        failures,
        maxMs: sorted.at(-1) ?? 0,
        p99Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0,
      };
    },
  };
}

/** Wait `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
