import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliRunner } from './test-harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'multipolar-subscribers-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = cliRunner(dir);

describe('multipolar subscribers', () => {
  it('adds, lists, suppresses, exports and re-imports subscribers on the configured store', () => {
    const added = run(
      'subscribers',
      'add',
      'ana@example.org',
      '--lists',
      'briefing,good-news',
      '--confirmed',
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe('added ana@example.org\tbriefing,good-news\tconfirmed\n');

    // Without --confirmed: pending, and the confirmation mail is written as .eml (no SMTP configured).
    const pending = run('subscribers', 'add', 'bo@Bücher.example', '--lists', 'blindspots');
    expect(pending.stdout).toContain('added bo@xn--bcher-kva.example (pending)');
    const eml = readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
    expect(eml).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'outbox', eml[0]!), 'utf8')).toMatch(/\/newsletter\/confirm\?t=/);

    expect(run('subscribers', 'suppress', 'cy@example.org', '--reason', 'complaint').code).toBe(0);
    const list = JSON.parse(run('subscribers', 'list', '--json').stdout) as {
      email: string;
      lists: string[];
      state: string;
    }[];
    expect(list.map((s) => [s.email, s.lists.join(','), s.state])).toEqual([
      ['ana@example.org', 'briefing,good-news', 'confirmed'],
      ['bo@xn--bcher-kva.example', '', 'pending'],
    ]);

    const exported = run('subscribers', 'export').stdout;
    expect(exported.split('\r\n')[0]).toBe('email,lists,state,paused,created_at,confirmed_at');
    const again = mkdtempSync(path.join(dir, 'copy-'));
    const file = path.join(dir, 'export.csv');
    writeFileSync(file, exported);
    const imported = cliRunner(again)('subscribers', 'import', file);
    expect(imported.stdout).toBe('imported 2 rows: 2 new, 0 already known\n');
    expect(cliRunner(again)('subscribers', 'list').stdout).toBe(
      'ana@example.org\tbriefing,good-news\tconfirmed\nbo@xn--bcher-kva.example\t-\tpending\n',
    );
  }, 300_000);

  it('refuses a bad address, an unknown list and a CSV with a bad row, writing nothing', () => {
    const injected = run('subscribers', 'add', 'eve@example.org\r\nBcc: x@example.org', '--confirmed');
    expect(injected.code).toBe(1);
    expect(injected.stderr).toBe('multipolar: That email address contains characters it may not.\n');
    const badList = run('subscribers', 'add', 'eve@example.org', '--lists', 'sport', '--confirmed');
    expect(badList.stderr).toContain('Unknown list sport');
    const file = path.join(dir, 'bad.csv');
    writeFileSync(
      file,
      'email,lists\nfine@example.org,briefing\n"=HYPERLINK(1)",briefing\nx@example.org,weather\n',
    );
    const imported = run('subscribers', 'import', file);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain('nothing imported, 2 bad rows');
    expect(imported.stderr).toContain('line 3:');
    expect(imported.stderr).toContain('line 4: unknown list weather');
    expect(run('subscribers', 'list').stdout).not.toContain('fine@example.org');
  }, 300_000);
});
