import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config/index.js';
import type { HandlerEnv } from '../jobs/index.js';
import { headerOf, startTestSmtp } from '../newsletter/send-test-smtp.js';
import { openStore, type Job } from '../storage/index.js';
import {
  type LetterBuilder,
  NEWSLETTER_SEND_JOB,
  newsletterSendJob,
  registerNewsletterSend,
} from './commands/newsletter-send.js';
import { issuedLetter } from './commands/newsletter.js';

// The builder `multipolar newsletter send` uses: the issue as stored (issued from the store's stories).
const issuedLetterBuilder: LetterBuilder = issuedLetter;

const dir = mkdtempSync(path.join(tmpdir(), 'multipolar-send-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function setup() {
  const dataDir = mkdtempSync(path.join(dir, 'data-'));
  const smtp = await startTestSmtp();
  const config = loadConfig(
    { MULTIPOLAR_DATA_DIR: dataDir, MULTIPOLAR_LOG_LEVEL: 'silent' },
    { smtpUrl: smtp.url, publicUrl: 'https://news.example' },
  );
  const store = await openStore({ sqlitePath: config.sqlitePath });
  for (const email of ['a@example.org', 'b@example.org', 'c@example.org'])
    await store.subscribers.upsert({ email, lists: ['good-news'], state: 'confirmed' }, new Date());
  return { smtp, config, store };
}

describe('multipolar newsletter send', () => {
  it('sends the issue to every confirmed subscriber once and says what happened', async () => {
    const { smtp, config, store } = await setup();
    const program = new Command('multipolar').exitOverride();
    registerNewsletterSend(program.command('newsletter'), () => config, issuedLetterBuilder);
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    try {
      await program.parseAsync(['newsletter', 'send', 'good-news', '--date', '2026-12-07'], { from: 'user' });
      await program.parseAsync(['newsletter', 'send', 'good-news', '--date', '2026-12-07'], { from: 'user' });
    } finally {
      spy.mockRestore();
    }
    expect(out[0]).toContain(
      `good-news/2026-12-07: 3 sent, 0 failed, 0 unknown, 0 waiting to retry (of 3; 3 queued now) → ${smtp.url}`,
    );
    expect(out[1]).toContain('3 sent, 0 failed, 0 unknown, 0 waiting to retry (of 3; 0 queued now)');
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([
      'a@example.org',
      'b@example.org',
      'c@example.org',
    ]);
    expect(headerOf(smtp.received[0], 'List-Unsubscribe')).toContain(
      'https://news.example/newsletter/unsubscribe?t=',
    );
    await store.close();
    await smtp.close();
  });

  it('refuses an unknown list in one line', async () => {
    const program = new Command('multipolar').exitOverride();
    registerNewsletterSend(program.command('newsletter'), () => loadConfig({}), issuedLetterBuilder);
    await expect(program.parseAsync(['newsletter', 'send', 'sport'], { from: 'user' })).rejects.toThrow(
      'the list is one of briefing, good-news, blindspots',
    );
  });
});

describe('the newsletter-send job', () => {
  it('sends, and queues itself again for the earliest retry when a server answers 4xx', async () => {
    const { smtp, config, store } = await setup();
    await store.subscribers.upsert(
      { email: 'busy@example.org', lists: ['good-news'], state: 'confirmed' },
      new Date(),
    );
    await smtp.close();
    const refusing = await startTestSmtp({
      onRcpt: (to) => (to === 'busy@example.org' ? { code: 452, message: 'full' } : null),
    });
    const queued: { kind: string; payload: unknown; runAt: Date; dedupeKey?: string }[] = [];
    const env = {
      ctx: {
        store,
        config: { ...config, smtpUrl: refusing.url },
        now: () => new Date(),
        log: { info() {}, debug() {} },
      },
      enqueue: async (kind: string, payload: unknown, opts: { runAt: Date; dedupeKey?: string }) => {
        queued.push({ kind, payload, ...opts });
      },
      reclusterDelayMs: 0,
    } as unknown as HandlerEnv;
    const job = {
      id: 1,
      kind: NEWSLETTER_SEND_JOB,
      payload: { list: 'good-news', at: '2026-12-07T06:00:00.000Z' },
    } as Job;
    expect(await newsletterSendJob(issuedLetterBuilder)(job, env)).toEqual({ ok: true });
    expect(refusing.received).toHaveLength(3);
    expect(queued).toEqual([
      {
        kind: NEWSLETTER_SEND_JOB,
        payload: { list: 'good-news', at: '2026-12-07T06:00:00.000Z' },
        runAt: expect.any(Date),
        dedupeKey: 'newsletter-send:good-news/2026-12-07',
      },
    ]);
    expect(
      await newsletterSendJob(issuedLetterBuilder)({ ...job, payload: { list: 'x' } }, env),
    ).toMatchObject({
      ok: false,
      retry: false,
    });
    await store.close();
    await refusing.close();
  });
});
