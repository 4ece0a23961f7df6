/**
 * Web load benchmark (issue 9): the real `multipolar serve --role web` on a SQLite database of the
 * scaled demo newsroom (100 outlets × 52 articles, regrouped into the generator's ~860 stories), driven
 * by wrk (one thread, its own process) on home, a story page, /api/stories and search with 50 and 500
 * connections, beside a plain node:http server answering with the home page's bytes as a static file
 * (gzipped once, as the server's composed views are).
 * While the 500-connection runs go, a prober asks /healthz every 100 ms. Last, one 250-term search
 * is timed while the home page is under load.
 *
 *   npm run bench:web                  build the database afresh, then measure
 *   npm run bench:web -- --reuse       reuse the database in .tmp/bench-web when it is there
 *   npm run bench:web -- --seconds 5   shorter runs
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { prepareBenchDb } from './bench-db.js';
import { distinctQueries } from './queries.js';
import {
  type LoadResult,
  type ProbeResult,
  runWrk,
  sleep,
  startProber,
  timedGet,
  wrkVersion,
} from './load.js';

const { values } = parseArgs({
  options: {
    reuse: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '10' },
    outlets: { type: 'string', default: '100' },
    articles: { type: 'string', default: '52' },
    seed: { type: 'string', default: '7' },
    connections: { type: 'string', default: '50,500' },
  },
});
const seconds = Number(values.seconds);
const connections = values.connections.split(',').map(Number);
const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
const SEARCH = 'minister';
const LONG_SEARCH = Array.from({ length: 250 }, () => 'a').join(' ');

const wrk = wrkVersion();
if (!wrk) {
  console.error('bench:web drives the servers with wrk; install it first (Debian: apt-get install wrk).');
  process.exit(1);
}

/** Start a child process and wait for its first stdout line that `match` accepts. */
async function startChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  match: (line: string) => string | null,
): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`${args.join(' ')} exited with ${code} before it was ready`)),
    );
    lines.on('line', (line) => {
      const found = match(line);
      if (found) resolve(found);
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

const db = await prepareBenchDb(
  path.join(ROOT, '.tmp', 'bench-web'),
  { outlets: Number(values.outlets), articlesPerOutlet: Number(values.articles), seed: Number(values.seed) },
  values.reuse,
);

const serve = await startChild(
  ['--import', 'tsx', 'src/main.ts', 'serve', '--role', 'web', '--host', '127.0.0.1', '--port', '0'],
  { ...process.env, MULTIPOLAR_DATA_DIR: db.dataDir, MULTIPOLAR_LOG_LEVEL: 'warn', DATABASE_URL: '' },
  (line) => /serving (http:\/\/\S+)/.exec(line)?.[1] ?? null,
);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'multipolar-bench-web-'));
let yardstick: { url: string; stop(): Promise<void> } | null = null;
try {
  const base = serve.url.replace(/\/$/, '');
  const top = (await (await fetch(`${base}/api/stories?limit=1`)).json()) as { stories: { id: number }[] };
  const storyId = top.stories[0]?.id;
  if (!storyId) throw new Error('the benchmark database has no stories');
  const home = Buffer.from(await (await fetch(`${base}/`)).arrayBuffer());
  const storyBytes = (await (await fetch(`${base}/stories/${storyId}`)).arrayBuffer()).byteLength;
  writeFileSync(path.join(tmp, 'home.html'), home);
  yardstick = await startChild(
    ['--import', 'tsx', 'bench/web/static-server.ts', path.join(tmp, 'home.html')],
    process.env,
    (line) => (line.startsWith('{') ? (JSON.parse(line) as { url: string }).url : null),
  );

  const queries = distinctQueries(home.toString('utf8'), 60_000);
  const routes: [name: string, url: string, paths?: string[]][] = [
    ['static file (node:http)', yardstick.url],
    ['home `/`', `${base}/`],
    [`story page \`/stories/${storyId}\``, `${base}/stories/${storyId}`],
    ['`/api/stories`', `${base}/api/stories`],
    [`search \`/search?q=${SEARCH}\``, `${base}/search?q=${SEARCH}`],
    [
      `search, ${queries.length.toLocaleString('en')} distinct queries`,
      `${base}/search`,
      queries.map((q) => `/search?q=${encodeURIComponent(q)}`),
    ],
  ];
  // Every route answers once before it is measured, as it would have for some earlier reader.
  for (const [, url] of routes) await timedGet(url);

  const rows: { route: string; conns: number; r: LoadResult; probe: ProbeResult | null; static: number }[] =
    [];
  for (const conns of connections) {
    let staticRps = 0;
    for (const [route, url, paths] of routes) {
      const isStatic = url === yardstick.url;
      const prober = conns >= 500 && !isStatic ? startProber(`${base}/healthz`) : null;
      const r = await runWrk(url, conns, seconds, paths);
      const probe = prober ? await prober.stop() : null;
      if (isStatic) staticRps = r.rps;
      rows.push({ route, conns, r, probe, static: staticRps });
      process.stderr.write(`${route} × ${conns}: ${r.rps.toFixed(0)} req/s\n`);
      await sleep(500);
    }
  }

  // One 250-term search while the home page is under load from 50 connections.
  const underLoad = runWrk(`${base}/`, 50, seconds);
  await sleep(Math.min(2000, (seconds * 1000) / 3));
  let longSearch: { status: number; ms: number } | { error: string };
  try {
    longSearch = await timedGet(`${base}/search?q=${encodeURIComponent(LONG_SEARCH)}`);
  } catch (err) {
    longSearch = { error: String(err) };
  }
  const homeDuringSearch = await underLoad;

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const f = (n: number, d = 1) => n.toFixed(d);
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  console.log(`\n### Web under load (issue 9)\n`);
  console.log(`- **Date:** ${new Date().toISOString()}`);
  console.log(
    `- **Machine:** ${os.cpus().length} cores (\`nproc\`), ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average before the runs ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  );
  console.log(
    `- **Server:** \`multipolar serve --role web\` (child process) on SQLite, ${db.articles} articles, ${db.stories} stories (${db.reused ? 'reused database' : `built in ${f(db.buildSeconds, 0)} s`}); home page ${home.byteLength} bytes (${gzipSync(home).byteLength} gzipped), story page ${storyBytes} bytes.`,
  );
  console.log(
    `- **Load:** ${wrk}, one thread, its own process, \`Accept-Encoding: gzip\` as browsers send; ${seconds} s per run, keep-alive, 2 s time-out. Errors = connect/read/write errors + non-2xx/3xx answers; requests unanswered after 2 s are counted in their own column, for the yardstick as for Multipolar. The yardstick is a plain \`node:http\` server sending the home page's bytes as a static file, gzipped once at its start (as nginx's gzip_static does).\n`,
  );
  console.log(
    line([
      'route',
      'connections',
      'req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'answers > 2 s',
      'req/s ÷ static',
      '/healthz max ms',
      '/healthz p99 ms',
    ]),
  );
  console.log(line(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const { route, conns, r, probe, static: s } of rows) {
    console.log(
      line([
        route,
        conns,
        f(r.rps, 0),
        f(r.p50Ms),
        f(r.p99Ms),
        r.errors > 0 ? `${r.errors} (${r.errorKinds})` : 0,
        r.slow,
        s > 0 ? `${f((r.rps / s) * 100, 0)} %` : '–',
        probe ? `${f(probe.maxMs)}${probe.failures ? ` (${probe.failures} failed)` : ''}` : '–',
        probe ? f(probe.p99Ms) : '–',
      ]),
    );
  }
  const searchCell =
    'error' in longSearch
      ? `failed: ${longSearch.error}`
      : `${f(longSearch.ms, 0)} ms (status ${longSearch.status})`;
  console.log(
    `\n250-term search (\`a\` × 250) while home is under 50 connections: **${searchCell}**; home meanwhile ${f(homeDuringSearch.rps, 0)} req/s, p99 ${f(homeDuringSearch.p99Ms)} ms, max ${f(homeDuringSearch.maxMs)} ms, ${homeDuringSearch.errors} errors, ${homeDuringSearch.slow} answers > 2 s.`,
  );
} finally {
  await yardstick?.stop();
  await serve.stop();
  rmSync(tmp, { recursive: true, force: true });
}
