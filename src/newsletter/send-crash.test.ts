import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../storage/index.js';
import { startTestSmtp } from './send-test-smtp.js';

const RECIPIENTS = 2000;
const KILLS = 20;
const dir = mkdtempSync(path.join(tmpdir(), 'multipolar-crash-'));
const child = path.join(import.meta.dirname, 'send-crash-child.ts');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the sender; with `killAfterMs`, SIGKILL it that long after it says it is sending. */
function runSender(args: object, killAfterMs: number | null): Promise<{ killed: boolean; out: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, JSON.stringify(args)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    if (killAfterMs !== null && out.includes('sending\n')) {
      setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      killAfterMs = null;
    }
  });
  proc.stderr.on('data', (c: Buffer) => {
    err += c.toString();
  });
  return new Promise((resolve, reject) =>
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, out });
      else if (code === 0) resolve({ killed: false, out });
      else reject(new Error(`sender exited ${code}: ${err}`));
    }),
  );
}

describe('a send killed at random moments', () => {
  it(`delivers no letter twice to any of ${RECIPIENTS} recipients over ${KILLS} SIGKILLs, and accounts for every one`, async () => {
    const sqlitePath = path.join(dir, 'crash.db');
    const store = await openStore({ sqlitePath });
    for (let i = 0; i < RECIPIENTS; i++)
      await store.subscribers.upsert(
        { email: `reader${i}@example.org`, lists: ['briefing'], state: 'confirmed' },
        new Date(),
      );
    const smtp = await startTestSmtp({ parse: false });
    const args = { sqlitePath, smtpUrl: smtp.url };
    try {
      let kills = 0;
      // A kill that lands after the sender finished is not a crash: try again until 20 landed mid-send.
      for (let tries = 0; kills < KILLS && tries < KILLS * 3; tries++) {
        const { killed, out } = await runSender(args, Math.floor(Math.random() * 120));
        if (killed) kills++;
        else if (out.includes('done')) break;
      }
      const last = await runSender(args, null);
      expect(last.out).toContain('done');
      expect(kills).toBe(KILLS);

      const deliveries = new Map<string, number>();
      for (const m of smtp.received) for (const to of m.to) deliveries.set(to, (deliveries.get(to) ?? 0) + 1);
      const twice = [...deliveries].filter(([, n]) => n > 1);
      expect(twice).toEqual([]);

      const rows = await store.outbox.list('briefing/2026-12-07');
      expect(rows).toHaveLength(RECIPIENTS);
      const unknown = rows.filter((r) => r.state === 'unknown');
      const unaccounted = rows.filter((r) => !deliveries.has(r.email) && r.state !== 'unknown');
      expect(unaccounted.map((r) => `${r.email} ${r.state}`)).toEqual([]);
      // Every row marked sent was received.
      expect(rows.filter((r) => r.state === 'sent' && !deliveries.has(r.email))).toEqual([]);
      const receivedUnknown = unknown.filter((r) => deliveries.has(r.email)).length;
      console.log(
        `crash test: ${kills} SIGKILLs, ${deliveries.size} of ${RECIPIENTS} delivered once, none twice; ` +
          `${unknown.length} ended unknown (${receivedUnknown} of them had in fact arrived)`,
      );
    } finally {
      await smtp.close();
      await store.close();
    }
  }, 600_000);
});
