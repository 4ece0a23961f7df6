import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRunner, repoRoot } from './test-harness.js';

const testdata = path.join(repoRoot, 'src', 'extract', 'testdata');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mp-cli-'));

const multipolar = cliRunner(dataDir);

type ImportJson = {
  title: string;
  standfirst: string | null;
  byline: string | null;
  image: { caption: string | null; credit: string | null };
  body: string;
  quotes: { speaker: string | null; cue: string | null; text: string; kind: string }[];
  actors: { name: string; kind: string; mentions: number }[];
};

describe('multipolar import --json', () => {
  it('prints a magazine page saved as text as clean JSON, chrome gone and quotes attributed', () => {
    const run = multipolar('import', '--json', path.join(testdata, 'magazine-essay.txt'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const page = JSON.parse(lines[0]!) as ImportJson;
    expect(page.title).toBe('The long afternoon of the river towns');
    expect(page.standfirst).toMatch(/^As the barges stopped coming/);
    expect(page.byline).toBe('Mirela Ostrova');
    expect(page.image.credit).toBe('Tomas Lind/Northlight Images');
    expect(page.image.caption).toMatch(/Dockworkers/);
    for (const chrome of [
      'Subscribe',
      'Sign up',
      'Enter your email',
      'Explore more',
      'Cartographers',
      '©',
      'Image credit',
    ]) {
      expect(page.body).not.toContain(chrome);
    }
    expect(page.body).toMatch(/^For most of the twentieth century/);
    const speakers = new Set(page.quotes.map((q) => q.speaker));
    for (const name of ['Anka Doltz', 'Piet Varga', 'Joost Meer']) expect(speakers).toContain(name);
  });

  it('prints one line per page for several pages, with speakers and actors', () => {
    const run = multipolar(
      'import',
      '--json',
      '--dry-run',
      path.join(testdata, 'newspaper-photo-newsletter.txt'),
      path.join(testdata, 'local-news-nav-cookies.txt'),
    );
    expect(run.code).toBe(0);
    const [harbour, tram] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ImportJson);
    expect(harbour!.title).toBe('Harbour strike enters third week as talks stall');
    expect(harbour!.image.credit).toBe('Ana Belić/Reuters');
    expect(harbour!.body).not.toMatch(/Sign up for our newsletter|Share on Facebook|Privacy Notice/);
    expect(harbour!.quotes.map((q) => q.speaker)).toEqual(
      expect.arrayContaining(['Vesna Orlić', 'Henrik Aas']),
    );
    expect(tram!.body).not.toMatch(/cookies|Advertisement|Related stories|Copyright/);
    expect(tram!.quotes.map((q) => q.speaker)).toContain('Derek Hollis');
  });
});

describe('bad input on the command line', () => {
  it('says in one line that a file does not exist, and exits non-zero', () => {
    const run = multipolar('import', path.join(dataDir, 'nope.html'));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/nope\.html: no such file/);
  });

  it('refuses a binary file with a reason and still imports the good page after it', () => {
    const png = path.join(dataDir, 'image.html');
    writeFileSync(
      png,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3,
      ]),
    );
    const run = multipolar('import', '--json', '--dry-run', png, path.join(testdata, 'minimal-wrapped.txt'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/image\.html: not an HTML or text page/);
    expect(JSON.parse(run.stdout.trim()).title).toBe('Water levels fall in northern reservoirs');
  });

  it('rejects an unknown flag and a bad port without a stack trace', () => {
    const flag = multipolar('import', '--jsn', 'x');
    expect(flag.code).not.toBe(0);
    expect(flag.stderr).toMatch(/unknown option/);
    const port = multipolar('serve', '--port', 'eighty');
    expect(port.code).toBe(1);
    expect(port.stderr).toMatch(/bad option: port/);
    for (const r of [flag, port]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a private address that is not allow-listed', () => {
    const run = multipolar('sources', 'add', 'http://127.0.0.1:9/feed.xml');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/refused|private|loopback|not allowed/i);
  });

  it('has help for every command', () => {
    for (const cmd of [
      ['demo'],
      ['serve'],
      ['sources', 'add'],
      ['sources', 'list'],
      ['ingest'],
      ['import'],
    ]) {
      const run = multipolar(...cmd, '--help');
      expect(run.code, cmd.join(' ')).toBe(0);
      expect(run.stdout).toMatch(/Usage: multipolar/);
    }
  });
});

describe('multipolar import of a URL it cannot fetch', () => {
  it('names the unsupported scheme instead of looking for a file', () => {
    const sources = [
      'ftp://example.org/page.html',
      'file:///etc/hostname',
      'javascript:alert(1)',
      'data:text/html,<p>hi</p>',
    ];
    const run = multipolar('import', '--dry-run', ...sources);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'multipolar import: ftp://example.org/page.html: unsupported URL scheme ftp: (only http and https, or a file path)',
      'multipolar import: file:///etc/hostname: unsupported URL scheme file: (only http and https, or a file path)',
      'multipolar import: javascript:alert(1): unsupported URL scheme javascript: (only http and https, or a file path)',
      'multipolar import: data:text/html,<p>hi</p>: unsupported URL scheme data: (only http and https, or a file path)',
    ]);
  });

  it('still reads a file whose name has a colon', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-colon-'));
    writeFileSync(
      path.join(dir, 'notes:today.txt'),
      'Harbour reopens\n\nThe harbour reopened on Monday after a week of strikes, the port authority said.\n',
    );
    const run = multipolar('import', '--dry-run', path.join(dir, 'notes:today.txt'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
