/**
 * Newsletter sending benchmark (issue 14): one issue rendered once, personalised and delivered to
 * 10,000 subscribers through the outbox (SQLite) and a 5-connection nodemailer pool to a local SMTP
 * server running in its own process; the anchor, in the same run, is nodemailer's own pool sending
 * one pre-rendered message 10,000 times to the same server, all handed to it at once (its best case).
 * Rounds alternate anchor and ours; the ratio is ours ÷ anchor of the same round.
 *
 *   npm run bench:newsletter                     10,000 subscribers, 2 rounds
 *   npm run bench:newsletter -- --subscribers 2000 --rounds 3
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { sendLetter } from '../../src/newsletter/send.js';
import { createMailTransport } from '../../src/newsletter/transport.js';
import { PERSONAL, type RenderedLetter } from '../../src/newsletter/types.js';
import { openStore } from '../../src/storage/index.js';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '5' },
  },
});
const N = Number(values.subscribers);
const ROUNDS = Number(values.rounds);
const CONNECTIONS = Number(values.connections);
const tmp = path.resolve('.tmp/bench-newsletter');

/** A briefing-sized letter (about 16 KB of HTML, 6 KB of text): ten stories, each with facts and perspective lines. */
function benchLetter(issue: string): RenderedLetter {
  const story = (i: number) =>
    `<tr><td style="padding:16px 24px;font-family:Georgia,serif"><h2 style="font-size:20px;margin:0 0 8px">Story ${i}: talks resume as ministers meet in the capital</h2>` +
    `<p style="margin:0 0 8px;color:#333">${'Officials from both sides met for a third day, and agreed to meet again next week. '.repeat(6)}</p>` +
    `<ul>${['State media', 'Public broadcasters', 'Private outlets', 'Independent outlets']
      .map(
        (g) =>
          `<li style="margin:0 0 4px"><strong>${g}:</strong> “${'a key quote from a named speaker '.repeat(3)}” — a spokesperson</li>`,
      )
      .join(
        '',
      )}</ul><p><a href="https://news.example/stories/${i}" style="color:#0b5394">Read the story</a></p></td></tr>`;
  const body = Array.from({ length: 10 }, (_, i) => story(i + 1)).join('');
  return {
    list: 'briefing',
    issueKey: issue,
    subject: 'The morning briefing',
    preheader: 'Ten stories, forty perspectives',
    html: `<!doctype html><html><body><table width="600" style="margin:0 auto"><tr><td>${PERSONAL.greeting}</td></tr>${body}<tr><td><a href="${PERSONAL.preferencesUrl}">Preferences</a> · <a href="${PERSONAL.unsubscribeUrl}">Unsubscribe</a></td></tr></table></body></html>`,
    text: `${PERSONAL.greeting}\n\n${'Story text and perspectives.\n'.repeat(200)}\nPreferences: ${PERSONAL.preferencesUrl}\nUnsubscribe: ${PERSONAL.unsubscribeUrl}\n`,
    storyIds: [],
  };
}

async function startSink(): Promise<{ url: string; count(): Promise<number>; stop(): void }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'smtp-sink.ts')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: proc.stdout! });
  const next = () => new Promise<string>((resolve) => lines.once('line', resolve));
  const port = await next();
  return {
    url: `smtp://127.0.0.1:${port}`,
    async count() {
      proc.stdin!.write('count\n');
      return Number((await next()).split(' ')[0]);
    },
    stop: () => proc.stdin!.write('quit\n'),
  };
}

async function anchor(url: string, letter: RenderedLetter): Promise<number> {
  const u = new URL(url);
  const mailer = nodemailer.createTransport({
    pool: true,
    host: u.hostname,
    port: Number(u.port),
    maxConnections: CONNECTIONS,
    maxMessages: Number.POSITIVE_INFINITY,
  });
  const message = {
    from: 'Multipolar <letters@news.example>',
    to: 'reader@example.org',
    subject: letter.subject,
    html: letter.html,
    text: letter.text,
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: N }, () => mailer.sendMail(message)));
  const seconds = (performance.now() - started) / 1000;
  mailer.close();
  return seconds;
}

async function ours(url: string, round: number): Promise<{ seconds: number; sent: number }> {
  const store = await openStore({ sqlitePath: path.join(tmp, 'bench.db') });
  const transport = createMailTransport({ smtpUrl: url, outboxDir: tmp, maxConnections: CONNECTIONS });
  const links = { secret: 'bench-secret-of-at-least-thirty-two-chars', baseUrl: 'https://news.example' };
  const started = performance.now();
  const report = await sendLetter(
    {
      store,
      transport,
      envelope: { from: 'Multipolar <letters@news.example>', fromAddress: 'letters@news.example', links },
      now: () => new Date(),
    },
    benchLetter(`briefing/bench-${round}`),
    { ratePerSecond: 1_000_000, concurrency: CONNECTIONS },
  );
  const seconds = (performance.now() - started) / 1000;
  await transport.close();
  await store.close();
  return { seconds, sent: report.counts.sent };
}

rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const setupStarted = performance.now();
const store = await openStore({ sqlitePath: path.join(tmp, 'bench.db') });
for (let i = 0; i < N; i++)
  await store.subscribers.upsert(
    { email: `reader${i}@example.org`, lists: ['briefing'], state: 'confirmed' },
    new Date(),
  );
await store.close();
console.log(
  `${N} confirmed subscribers stored in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
);

const sink = await startSink();
const letter = benchLetter('anchor');
console.log(
  `letter: ${(Buffer.byteLength(letter.html) / 1024).toFixed(1)} KB HTML, ${(Buffer.byteLength(letter.text) / 1024).toFixed(1)} KB text; ${CONNECTIONS} pooled connections; ${os.cpus().length} cores, shared with other work\n`,
);
const rows: string[][] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const before = await sink.count();
  const a = await anchor(sink.url, letter);
  const mid = await sink.count();
  const o = await ours(sink.url, round);
  const after = await sink.count();
  if (mid - before !== N || after - mid !== N || o.sent !== N)
    throw new Error(
      `round ${round}: the server received ${mid - before} and ${after - mid}, the outbox says ${o.sent} sent`,
    );
  rows.push([String(round), (N / a).toFixed(0), (N / o.seconds).toFixed(0), (a / o.seconds).toFixed(2)]);
}
sink.stop();
const header = [
  'round',
  'anchor: nodemailer, one message (letters/s)',
  'ours: outbox + personalised (letters/s)',
  'ratio',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(fmt(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(fmt(r));
rmSync(tmp, { recursive: true, force: true });
