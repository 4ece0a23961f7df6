import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../storage/index.js';
import { sendLetter } from './send.js';
import { letterFixture } from './send-fixtures.js';
import { letterMessageId } from './send-personalise.js';
import { headerOf, startTestSmtp, type TestSmtp, type TestSmtpOptions } from './send-test-smtp.js';
import { verifyToken } from './tokens.js';
import { createMailTransport } from './transport.js';

const dir = mkdtempSync(path.join(tmpdir(), 'multipolar-send-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
  rmSync(dir, { recursive: true, force: true });
});

const SECRET = 'test-secret-of-at-least-thirty-two-characters';
const links = { secret: SECRET, baseUrl: 'https://news.example' };
const envelope = { from: 'Multipolar <letters@news.example>', fromAddress: 'letters@news.example', links };
const at = new Date('2026-12-07T06:00:00Z');

async function setup(smtp: TestSmtpOptions = {}) {
  const store = await openStore({ sqlitePath: path.join(dir, `${Math.random().toString(36).slice(2)}.db`) });
  const server = await startTestSmtp(smtp);
  const transport = createMailTransport({ smtpUrl: server.url, outboxDir: dir, timeoutMs: 2000 });
  cleanups.push(async () => {
    await transport.close();
    await server.close();
    await store.close();
  });
  const deps = { store, transport, envelope, now: () => new Date() };
  return { store, server, deps };
}

async function add(
  store: Store,
  email: string,
  state: 'pending' | 'confirmed',
  lists: ('briefing' | 'good-news')[],
) {
  return (await store.subscribers.upsert({ email, lists, state }, at)).subscriber;
}

const fast = { ratePerSecond: 1000, retryDelaysMs: [0], leaseMs: 2000 };
const recipientsOf = (s: TestSmtp) => s.received.map((m) => m.to[0]).sort();

describe('sending a letter through the outbox to a real SMTP server', () => {
  it('sends one personalised copy to each confirmed member of the list, with RFC 8058 headers, and never again', async () => {
    const { store, server, deps } = await setup();
    const ana = await add(store, 'ana@example.org', 'confirmed', ['briefing']);
    await add(store, 'bo@example.org', 'confirmed', ['briefing', 'good-news']);
    await add(store, 'cy@example.org', 'pending', ['briefing']);
    await add(store, 'di@example.org', 'confirmed', ['good-news']);
    const paused = await add(store, 'ed@example.org', 'confirmed', ['briefing']);
    await store.subscribers.setPreferences(paused.id, { lists: ['briefing'], paused: true }, at);
    await add(store, 'fa@example.org', 'confirmed', ['briefing']);
    await store.subscribers.suppress('fa@example.org', 'complaint', at);

    const report = await sendLetter(deps, letterFixture('briefing'), fast);
    expect(report.counts).toEqual({ queued: 0, sending: 0, sent: 2, failed: 0, unknown: 0 });
    expect(recipientsOf(server)).toEqual(['ana@example.org', 'bo@example.org']);

    const mail = server.received.find((m) => m.to[0] === 'ana@example.org')!;
    expect(mail.parsed?.messageId).toBe(
      letterMessageId('briefing/2026-12-07', ana.id, 'letters@news.example'),
    );
    expect(mail.parsed?.html).not.toContain('%%MP_');
    expect(mail.parsed?.text).toContain('Hello,');
    const listUnsubscribe = headerOf(mail, 'List-Unsubscribe')!;
    const [https, mailto] = [...listUnsubscribe.matchAll(/<([^>]+)>/g)].map((m) => m[1]!);
    expect(https).toMatch(/^https:\/\/news\.example\/newsletter\/unsubscribe\?t=/);
    expect(mailto).toMatch(/^mailto:unsubscribe@news\.example\?subject=unsubscribe%20/);
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const claims = verifyToken(SECRET, new URL(https!).searchParams.get('t'), 'unsub', new Date());
    expect(claims).toMatchObject({ ok: true, value: { subject: String(ana.id), data: 'briefing' } });
    expect(mail.parsed?.text).toContain(https);

    const again = await sendLetter(deps, letterFixture('briefing'), fast);
    expect(again.queuedNow).toBe(0);
    expect(server.received).toHaveLength(2);
  });

  it('retries a 4xx with back-off, and fails and suppresses an address the server refuses for good', async () => {
    let refusals = 2;
    const { store, server, deps } = await setup({
      onRcpt: (to) =>
        to === 'busy@example.org' && refusals-- > 0
          ? { code: 451, message: 'mailbox busy' }
          : to === 'gone@example.org'
            ? { code: 550, message: 'no such user' }
            : null,
    });
    await add(store, 'busy@example.org', 'confirmed', ['briefing']);
    await add(store, 'gone@example.org', 'confirmed', ['briefing']);
    const report = await sendLetter(deps, letterFixture('briefing'), fast);
    expect(report.counts).toMatchObject({ sent: 1, failed: 1 });
    const rows = await store.outbox.list('briefing/2026-12-07');
    expect(rows.find((r) => r.email === 'busy@example.org')).toMatchObject({ state: 'sent', attempts: 3 });
    expect(rows.find((r) => r.email === 'gone@example.org')?.lastError).toContain('550');
    expect(await store.subscribers.isSuppressed('gone@example.org')).toBe(true);
    expect(recipientsOf(server)).toEqual(['busy@example.org']);
    // The next issue goes to the address still subscribed only.
    await sendLetter(deps, letterFixture('briefing', '2026-12-08'), fast);
    expect(recipientsOf(server)).toEqual(['busy@example.org', 'busy@example.org']);
  });

  it('leaves a 4xx that outlasts the run queued with its retry time, and the next run delivers it', async () => {
    let refusing = true;
    const { store, server, deps } = await setup({
      onRcpt: () => (refusing ? { code: 421, message: 'too busy' } : null),
    });
    await add(store, 'later@example.org', 'confirmed', ['briefing']);
    const first = await sendLetter(deps, letterFixture(), { ...fast, retryDelaysMs: [300] });
    expect(first.counts.queued).toBe(1);
    expect(first.nextRetryAt).not.toBeNull();
    refusing = false;
    await new Promise((r) => setTimeout(r, 350));
    const second = await sendLetter(deps, letterFixture(), fast);
    expect(second.counts).toMatchObject({ queued: 0, sent: 1 });
    expect(server.received).toHaveLength(1);
  });

  it('records a connection dropped mid-message as unknown and does not send it again', async () => {
    const { store, server, deps } = await setup({
      onData: (to) => (to[0] === 'drop@example.org' ? 'drop' : 'accept'),
    });
    await add(store, 'drop@example.org', 'confirmed', ['briefing']);
    await add(store, 'fine@example.org', 'confirmed', ['briefing']);
    const report = await sendLetter(deps, letterFixture(), fast);
    expect(report.counts).toMatchObject({ sent: 1, unknown: 1 });
    await sendLetter(deps, letterFixture(), fast);
    expect(recipientsOf(server)).toEqual(['fine@example.org']);
    expect((await store.outbox.list('briefing/2026-12-07', 'unknown'))[0]?.email).toBe('drop@example.org');
  });

  it('skips a subscriber who left after the letter was queued', async () => {
    const { store, server, deps } = await setup();
    const s = await add(store, 'left@example.org', 'confirmed', ['briefing']);
    await store.outbox.enqueue('briefing/2026-12-07', [{ id: s.id, email: s.email }], at);
    await store.subscribers.unsubscribe(s.id, null, at);
    const report = await sendLetter(deps, letterFixture(), fast);
    expect(report.counts).toMatchObject({ sent: 0, failed: 1 });
    expect(server.received).toHaveLength(0);
  });
});
