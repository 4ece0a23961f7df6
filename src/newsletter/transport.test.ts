import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headerOf, startTestSmtp, type TestSmtp } from './send-test-smtp.js';
import { createMailTransport, type OutgoingMail } from './transport.js';

const dir = mkdtempSync(path.join(tmpdir(), 'multipolar-transport-'));
const servers: TestSmtp[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

const mail = (to: string, n = 1): OutgoingMail => ({
  from: 'Multipolar <letters@news.example>',
  to,
  subject: `Letter ${n}`,
  html: `<p>Letter ${n}</p>`,
  text: `Letter ${n}`,
  headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  messageId: `<m${n}.${to.replace('@', '.')}@news.example>`,
});

async function server(opts: Parameters<typeof startTestSmtp>[0]) {
  const s = await startTestSmtp(opts);
  servers.push(s);
  return s;
}

describe('transport: SMTP through a pool to a real server on 127.0.0.1', () => {
  it('delivers with our Message-ID and headers', async () => {
    const s = await server({});
    const t = createMailTransport({ smtpUrl: s.url, outboxDir: dir });
    const out = await t.send(mail('ana@example.org'));
    await t.close();
    expect(out).toEqual({ status: 'sent', messageId: '<m1.ana.example.org@news.example>' });
    expect(headerOf(s.received[0], 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(s.received[0]?.to).toEqual(['ana@example.org']);
  });

  it('sorts refusals: 4xx is retried, 5xx at RCPT rejects the recipient, 5xx to the message fails it', async () => {
    const s = await server({
      onRcpt: (to) =>
        to.startsWith('later')
          ? { code: 451, message: 'try later' }
          : to.startsWith('gone')
            ? { code: 550, message: 'no such user' }
            : null,
      onData: (to) => (to[0]?.startsWith('spam') ? { code: 554, message: 'content refused' } : 'accept'),
    });
    const t = createMailTransport({ smtpUrl: s.url, outboxDir: dir });
    const [later, gone, spam, fine] = await Promise.all(
      ['later@example.org', 'gone@example.org', 'spam@example.org', 'fine@example.org'].map((a) =>
        t.send(mail(a)),
      ),
    );
    await t.close();
    expect(later).toMatchObject({ status: 'retry', error: expect.stringContaining('451') });
    expect(gone).toMatchObject({ status: 'rejected', error: expect.stringContaining('550') });
    expect(spam).toMatchObject({ status: 'failed', error: expect.stringContaining('554') });
    expect(fine?.status).toBe('sent');
  });

  it('reports a connection dropped in the middle of the message as unknown, never as safe to retry', async () => {
    const s = await server({ onData: () => 'drop' });
    const t = createMailTransport({ smtpUrl: s.url, outboxDir: dir, timeoutMs: 3000 });
    const out = await t.send(mail('drop@example.org'));
    await t.close();
    expect(out.status).toBe('unknown');
  });

  it('reports a server that stops answering after the message as unknown once the time-out passes', async () => {
    const s = await server({ onData: () => 'hang' });
    const t = createMailTransport({ smtpUrl: s.url, outboxDir: dir, timeoutMs: 500 });
    const started = Date.now();
    const out = await t.send(mail('hang@example.org'));
    await t.close();
    expect(out.status).toBe('unknown');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports a refused connection, or a server that never greets, as safe to retry', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const refused = createMailTransport({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      outboxDir: dir,
      timeoutMs: 1000,
    });
    expect((await refused.send(mail('a@example.org'))).status).toBe('retry');
    await refused.close();

    const silent = net.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const silentPort = (silent.address() as net.AddressInfo).port;
    const mute = createMailTransport({
      smtpUrl: `smtp://127.0.0.1:${silentPort}`,
      outboxDir: dir,
      timeoutMs: 400,
    });
    expect((await mute.send(mail('b@example.org'))).status).toBe('retry');
    await mute.close();
    silent.close();
  });
});

describe('transport: .eml files when no SMTP server is configured', () => {
  it('writes one complete .eml per message, named by its Message-ID', async () => {
    const out = path.join(dir, 'outbox');
    const t = createMailTransport({ smtpUrl: null, outboxDir: out });
    expect((await t.send(mail('ana@example.org', 1))).status).toBe('sent');
    expect((await t.send(mail('bo@example.org', 2))).status).toBe('sent');
    const files = readdirSync(out).sort();
    expect(files).toEqual(['m1.ana.example.org@news.example.eml', 'm2.bo.example.org@news.example.eml']);
    const eml = readFileSync(path.join(out, files[0]!), 'utf8');
    expect(eml).toContain('To: ana@example.org');
    expect(eml).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });
});
