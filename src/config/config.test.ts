import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to SQLite under ./data and loopback on port 3000', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBeNull();
    expect(c.sqlitePath).toBe(path.resolve('data', 'multipolar.db'));
    expect(c.port).toBe(3000);
    expect(Object.isFrozen(c)).toBe(true);
  });
  it('splits the private-host allow list and lets env win over the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mp-config-'));
    const file = path.join(dir, 'multipolar.json');
    writeFileSync(file, JSON.stringify({ port: 4000, allowPrivateHosts: ['10.0.0.0/8'] }));
    const c = loadConfig({
      MULTIPOLAR_CONFIG: file,
      PORT: '5000',
      MULTIPOLAR_ALLOW_PRIVATE_HOSTS: ' 127.0.0.1, ::1 ,',
    });
    expect(c.port).toBe(5000);
    expect(c.allowPrivateHosts).toEqual(['10.0.0.0/8', '127.0.0.1', '::1']);
  });
  it('names the bad setting in one clear line', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    const dir = mkdtempSync(path.join(tmpdir(), 'mp-config-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ prot: 1 }));
    expect(() => loadConfig({ MULTIPOLAR_CONFIG: file })).toThrow(/Bad config file .*prot/);
  });
  it('reads the newsletter settings and refuses an SMTP URL that is not smtp(s)://', () => {
    const c = loadConfig({ MULTIPOLAR_SMTP_URL: 'smtp://127.0.0.1:2525', MULTIPOLAR_SEND_RATE: '20' });
    expect(c).toMatchObject({
      smtpUrl: 'smtp://127.0.0.1:2525',
      sendRatePerSecond: 20,
      newsletterSecret: null,
    });
    expect(loadConfig({}).smtpUrl).toBeNull();
    expect(() => loadConfig({ MULTIPOLAR_SMTP_URL: 'http://mail.example' })).toThrow(/MULTIPOLAR_SMTP_URL/);
    expect(() => loadConfig({ MULTIPOLAR_NEWSLETTER_SECRET: 'short' })).toThrow(
      /MULTIPOLAR_NEWSLETTER_SECRET/,
    );
  });
});
