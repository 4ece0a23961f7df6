/**
 * Test support, run as its own process by send-crash.test.ts: sends one issue to the list and is
 * killed with SIGKILL somewhere in the middle. Prints `sending` once it holds the issue, then
 * `done <counts JSON>` if it lives to the end.
 */
import { openStore } from '../storage/index.js';
import { sendLetter } from './send.js';
import { letterFixture } from './send-fixtures.js';
import { createMailTransport } from './transport.js';

const { sqlitePath, smtpUrl } = JSON.parse(process.argv[2] ?? '{}') as {
  sqlitePath: string;
  smtpUrl: string;
};
const store = await openStore({ sqlitePath });
const transport = createMailTransport({ smtpUrl, outboxDir: '/nonexistent', timeoutMs: 5000 });
const links = { secret: 'crash-test-secret-of-thirty-two-characters', baseUrl: 'https://news.example' };
let started = false;
const report = await sendLetter(
  {
    store,
    transport,
    envelope: { from: 'Multipolar <letters@news.example>', fromAddress: 'letters@news.example', links },
    now: () => new Date(),
  },
  letterFixture('briefing'),
  {
    ratePerSecond: 10_000,
    leaseMs: 400,
    waitForLeaseMs: 10_000,
    onProgress: ({ done }) => {
      if (done >= 0 && !started) {
        started = true;
        process.stdout.write('sending\n');
      }
    },
  },
);
process.stdout.write(`done ${JSON.stringify(report.counts)}\n`);
await transport.close();
await store.close();
