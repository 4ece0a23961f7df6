import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import { sendLetter } from '../newsletter/send.js';
import { letterFixture } from '../newsletter/send-fixtures.js';
import { headerOf, startTestSmtp } from '../newsletter/send-test-smtp.js';
import { preferencesUrl } from '../newsletter/subscribers-links.js';
import { createMailTransport } from '../newsletter/transport.js';
import { openStore, type Store } from '../storage/index.js';
import { createWebApp } from './app.js';
import { testLabels } from './test-harness.js';

const SECRET = 'web-test-secret-of-at-least-thirty-two-chars';
const BASE = 'https://news.example';
const dir = mkdtempSync(path.join(tmpdir(), 'multipolar-subscribe-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
  rmSync(dir, { recursive: true, force: true });
});

async function site(opts: { perIp?: number } = {}) {
  const store = await openStore({ sqlitePath: path.join(dir, `${Math.random().toString(36).slice(2)}.db`) });
  const smtp = await startTestSmtp();
  const transport = createMailTransport({ smtpUrl: smtp.url, outboxDir: dir, timeoutMs: 3000 });
  const sending: Promise<void>[] = [];
  const clock = { now: new Date('2026-12-07T08:00:00Z') };
  const app = createWebApp({
    store,
    config: loadConfig({}, { publicUrl: BASE }),
    now: () => clock.now,
    labels: testLabels,
    demo: false,
    newsletter: {
      secret: SECRET,
      transport,
      from: 'Multipolar <letters@news.example>',
      perIpLimit: { max: opts.perIp ?? 100, windowMs: 3_600_000 },
      onMail: (p) => sending.push(p),
    },
  });
  cleanups.push(async () => {
    await transport.close();
    await smtp.close();
    await store.close();
  });
  const settled = async () => {
    await Promise.all(sending.splice(0));
  };
  const request = (url: string, init: RequestInit = {}, ip = '192.0.2.1') =>
    app.request(url, init, { incoming: { socket: { remoteAddress: ip } } });
  return { store, smtp, app, clock, settled, request, transport };
}

/** The inputs of the first form on a page whose action matches, as a browser would submit them. */
function formOf(html: string, action: RegExp): { method: string; action: string; fields: URLSearchParams } {
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = m[1]!;
    const act = /action="([^"]*)"/.exec(attrs)?.[1]?.replace(/&amp;/g, '&') ?? '';
    if (!action.test(act)) continue;
    const fields = new URLSearchParams();
    for (const input of m[2]!.matchAll(/<input\b([^>]*)>/g)) {
      const name = /name="([^"]*)"/.exec(input[1]!)?.[1];
      const type = /type="([^"]*)"/.exec(input[1]!)?.[1] ?? 'text';
      if (!name || ((type === 'checkbox' || type === 'radio') && !/\bchecked\b/.test(input[1]!))) continue;
      fields.append(name, (/value="([^"]*)"/.exec(input[1]!)?.[1] ?? '').replace(/&amp;/g, '&'));
    }
    return { method: /method="([^"]*)"/.exec(attrs)?.[1] ?? 'get', action: act, fields };
  }
  throw new Error(`no form with action ${action}`);
}

const post = (body: URLSearchParams | string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body: body.toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
});

async function signUpFromHome(s: Awaited<ReturnType<typeof site>>, email: string, ip?: string) {
  const home = await (await s.request('/')).text();
  const f = formOf(home, /^\/subscribe$/);
  f.fields.set('email', email);
  return s.request(f.action, post(f.fields), ip);
}

const confirmLinkOf = (text: string | undefined) => /https?:\/\/\S*confirm\S*/.exec(text ?? '')?.[0];

describe('double opt-in from the sign-up box on the home page', () => {
  it('mails a link whose page confirms only by POST, once, and not after 24 hours', async () => {
    const s = await site();
    const res = await signUpFromHome(s, 'ana@example.org');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Check your inbox');
    await s.settled();
    expect(s.smtp.received).toHaveLength(1);
    expect((await s.store.subscribers.getByEmail('ana@example.org'))?.state).toBe('pending');
    const link = confirmLinkOf(s.smtp.received[0]!.parsed?.text)!;
    expect(new URL(link).pathname).toContain('confirm');
    expect(link.startsWith(BASE)).toBe(true);

    // Following the link (a mail scanner does) confirms nothing.
    const landing = await s.request(new URL(link).pathname + new URL(link).search);
    expect(landing.status).toBe(200);
    expect((await s.store.subscribers.getByEmail('ana@example.org'))?.state).toBe('pending');
    const f = formOf(await landing.text(), /confirm/);
    expect(f.method).toBe('post');
    const done = await s.request(f.action, post(f.fields));
    expect(done.status).toBe(200);
    expect(await s.store.subscribers.getByEmail('ana@example.org')).toMatchObject({
      state: 'confirmed',
      lists: ['briefing'],
    });
    // Replayed: refused, nothing changes.
    const replay = await s.request(f.action, post(f.fields));
    expect(replay.status).toBe(410);

    // A second sign-up's link, used after 25 hours, has expired.
    await signUpFromHome(s, 'bo@example.org');
    await s.settled();
    const late = confirmLinkOf(s.smtp.received[1]!.parsed?.text)!;
    s.clock.now = new Date(s.clock.now.getTime() + 25 * 3_600_000);
    const expired = await s.request(new URL(late).pathname + new URL(late).search);
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain('expired');
  });

  it('refuses a forged confirmation token and a confirmation form without its form token', async () => {
    const s = await site();
    await signUpFromHome(s, 'cy@example.org');
    await s.settled();
    const link = new URL(confirmLinkOf(s.smtp.received[0]!.parsed?.text)!);
    const t = link.searchParams.get('t')!;
    const forged = `${t.slice(0, -4)}AAAA`;
    expect((await s.request(`/newsletter/confirm?t=${forged}`)).status).toBe(400);
    const noCsrf = await s.request('/newsletter/confirm', post(new URLSearchParams({ t })));
    expect(noCsrf.status).toBe(403);
    expect((await s.store.subscribers.getByEmail('cy@example.org'))?.state).toBe('pending');
  });
});

describe('sign-up abuse', () => {
  it('answers the same whether the address is new, pending, confirmed or suppressed, and mails the suppressed one nothing', async () => {
    const s = await site();
    await s.store.subscribers.upsert(
      { email: 'known@example.org', lists: ['briefing'], state: 'confirmed' },
      new Date(),
    );
    await s.store.subscribers.suppress('bounced@example.org', 'hard bounce', new Date());
    const bodies = new Set<string>();
    for (const email of ['new@example.org', 'known@example.org', 'bounced@example.org', 'new@example.org']) {
      const res = await signUpFromHome(s, email);
      expect(res.status).toBe(200);
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
    await s.settled();
    expect(s.smtp.received.map((m) => m.to[0]).sort()).toEqual([
      'known@example.org',
      'new@example.org',
      'new@example.org',
    ]);
  });

  it('drops a sign-up whose honeypot is filled, silently', async () => {
    const s = await site();
    const home = await (await s.request('/')).text();
    const f = formOf(home, /^\/subscribe$/);
    f.fields.set('email', 'bot@example.org');
    f.fields.set('website', 'http://spam.example');
    const res = await s.request(f.action, post(f.fields));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Check your inbox');
    await s.settled();
    expect(s.smtp.received).toHaveLength(0);
    expect(await s.store.subscribers.getByEmail('bot@example.org')).toBeNull();
  });

  it('refuses a sign-up without a valid form token or from another site', async () => {
    const s = await site();
    const noToken = await s.request('/subscribe', post(new URLSearchParams({ email: 'x@example.org' })));
    expect(noToken.status).toBe(403);
    // The refusal hands back a form with a fresh token, so a person just presses again.
    expect(formOf(await noToken.text(), /^\/subscribe$/).fields.get('csrf')).toBeTruthy();
    const home = await (await s.request('/')).text();
    const f = formOf(home, /^\/subscribe$/);
    f.fields.set('email', 'x@example.org');
    const crossSite = await s.request(f.action, post(f.fields, { origin: 'https://evil.example' }));
    expect(crossSite.status).toBe(403);
    const sameSite = await s.request(f.action, post(f.fields, { origin: BASE }));
    expect(sameSite.status).toBe(200);
    await s.settled();
    expect(s.smtp.received).toHaveLength(1);
  });

  it('limits sign-ups per client address and confirmation mails per address', async () => {
    const s = await site({ perIp: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await signUpFromHome(s, `r${i}@example.org`, '198.51.100.7')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await signUpFromHome(s, 'r9@example.org', '198.51.100.8')).status).toBe(200);
    for (let i = 0; i < 5; i++)
      expect((await signUpFromHome(s, 'target@example.org', `203.0.113.${i}`)).status).toBe(200);
    await s.settled();
    expect(s.smtp.received.filter((m) => m.to[0] === 'target@example.org')).toHaveLength(3);
  });

  it('refuses header injection, 10 KB addresses and malformed ones with a clear error and stores nothing', async () => {
    const s = await site();
    for (const [email, says] of [
      ['ana@example.org\r\nBcc: victim@example.net', 'characters it may not'],
      ['ana@example.org\nSubject: hi', 'characters it may not'],
      [`${'a'.repeat(10 * 1024)}@example.org`, 'too long'],
      ['not-an-address', 'not an email address'],
      ['a b@example.org', 'may hold'],
      ['ana@-bad-.example', 'not a domain'],
    ] as const) {
      const res = await signUpFromHome(s, email);
      expect(res.status, email.slice(0, 40)).toBe(400);
      expect(await res.text()).toContain(says);
    }
    await s.settled();
    expect(s.smtp.received).toHaveLength(0);
    expect(await s.store.subscribers.list()).toEqual([]);
  });

  it('accepts an internationalised domain, stored and mailed as punycode', async () => {
    const s = await site();
    expect((await signUpFromHome(s, 'ana@Bücher.example')).status).toBe(200);
    await s.settled();
    // smtp-server shows envelope domains in Unicode; the header we wrote carries the punycode.
    expect(s.smtp.received).toHaveLength(1);
    expect(s.smtp.received[0]?.raw.toString()).toMatch(/^To: ana@xn--bcher-kva\.example\r$/m);
    expect(await s.store.subscribers.getByEmail('ana@xn--bcher-kva.example')).not.toBeNull();
  });

  it('offers a JSON endpoint that answers 202 the same way and takes only JSON', async () => {
    const s = await site();
    const json = (body: unknown) =>
      s.request('/api/subscribe', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    const ok = await json({ email: 'js@example.org', lists: ['good-news', 'blindspots'] });
    expect(ok.status).toBe(202);
    expect(await ok.json()).toMatchObject({ status: 'check-your-inbox' });
    const bad = await json({ email: 'js@example.org\r\nBcc: x@example.org' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad-input' } });
    expect((await json({ email: 'js2@example.org', lists: ['nope'] })).status).toBe(400);
    const form = await s.request('/api/subscribe', post(new URLSearchParams({ email: 'f@example.org' })));
    expect(form.status).toBe(415);
    await s.settled();
    expect(s.smtp.received).toHaveLength(1);
    expect(s.smtp.received[0]?.parsed?.subject).toContain('The week’s good news, Blindspots');
  });
});

async function confirmed(store: Store, email: string, lists: ('briefing' | 'good-news' | 'blindspots')[]) {
  return (await store.subscribers.upsert({ email, lists, state: 'confirmed' }, new Date())).subscriber;
}

describe('preferences and unsubscribing', () => {
  it('changes lists and pauses through the signed preferences link', async () => {
    const s = await site();
    const sub = await confirmed(s.store, 'p@example.org', ['briefing']);
    const url = new URL(preferencesUrl({ secret: SECRET, baseUrl: BASE }, sub.id));
    const pageRes = await s.request(url.pathname + url.search);
    expect(pageRes.status).toBe(200);
    const f = formOf(await pageRes.text(), /preferences/);
    expect(f.fields.getAll('lists')).toEqual(['briefing']);
    f.fields.delete('lists');
    f.fields.append('lists', 'good-news');
    f.fields.append('lists', 'blindspots');
    f.fields.set('paused', '1');
    expect((await s.request(f.action, post(f.fields))).status).toBe(200);
    expect(await s.store.subscribers.get(sub.id)).toMatchObject({
      lists: ['good-news', 'blindspots'],
      paused: true,
    });
    const forged = `${url.searchParams.get('t')!.slice(0, -3)}xyz`;
    expect((await s.request(`/newsletter/preferences?t=${forged}`)).status).toBe(400);
    f.fields.set('csrf', 'nope');
    expect((await s.request(f.action, post(f.fields))).status).toBe(403);
  });

  it('unsubscribes with one POST of List-Unsubscribe=One-Click to the URL in a sent letter, no login or form token', async () => {
    const s = await site();
    const sub = await confirmed(s.store, 'u@example.org', ['briefing', 'good-news']);
    const links = { secret: SECRET, baseUrl: BASE };
    await sendLetter(
      {
        store: s.store,
        transport: s.transport,
        envelope: { from: 'Multipolar <letters@news.example>', fromAddress: 'letters@news.example', links },
        now: () => new Date(),
      },
      letterFixture('briefing'),
      { ratePerSecond: 100 },
    );
    const mail = s.smtp.received.find((m) => m.to[0] === 'u@example.org');
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const https = new URL(/<(https:[^>]+)>/.exec(headerOf(mail, 'List-Unsubscribe')!)![1]!);
    const res = await s.request(https.pathname + https.search, post('List-Unsubscribe=One-Click'));
    expect(res.status).toBe(200);
    expect(await s.store.subscribers.get(sub.id)).toMatchObject({ state: 'confirmed', lists: ['good-news'] });
    // Again: still 200, nothing else changes.
    expect((await s.request(https.pathname + https.search, post('List-Unsubscribe=One-Click'))).status).toBe(
      200,
    );
    // Without the one-click body and without a form token: refused.
    expect((await s.request(https.pathname + https.search, post(''))).status).toBe(403);
    // The page behind the link has a button that works.
    const pageRes = await s.request(https.pathname + https.search);
    expect(pageRes.status).toBe(200);
    const f = formOf(await pageRes.text(), /unsubscribe/);
    expect((await s.request(f.action, post(f.fields))).status).toBe(200);
    expect(
      (await s.request('/newsletter/unsubscribe?t=forged.token', post('List-Unsubscribe=One-Click'))).status,
    ).toBe(400);
  });
});
