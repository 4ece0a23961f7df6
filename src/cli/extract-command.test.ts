import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ExtractLine } from './commands/extract.js';
import { cliRunner, repoRoot } from './test-harness.js';

const testdata = path.join(repoRoot, 'src', 'extract', 'testdata');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'mp-extract-'));

const multipolar = cliRunner(scratch);

type Line = ExtractLine;

const parse = (stdout: string): Line[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

describe('multipolar extract --jsonl', () => {
  it('prints one JSON line per HTML, gzipped HTML or text file, with the documented keys', () => {
    const gz = path.join(scratch, 'wire-story.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(path.join(testdata, 'wire-story.html'))));
    const run = multipolar(
      'extract',
      '--jsonl',
      path.join(testdata, 'fields', 'multiple-authors-getty.html'),
      gz,
      path.join(testdata, 'magazine-essay.txt'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [html, zipped, text] = parse(run.stdout);
    expect(Object.keys(html!)).toEqual([
      'file',
      'title',
      'standfirst',
      'byline',
      'published',
      'language',
      'image',
      'body',
    ]);
    expect(html).toMatchObject({
      title: 'Parliament passes water rights bill after all-night sitting',
      byline: 'Ana Ruiz, Li Wei and Tomás Ferreira',
      published: '2026-06-09T09:12:00.000Z',
      language: 'en-US',
      image: { credit: 'Mehmet Kaya/Getty Images' },
    });
    expect(html!.body).toMatch(/^Lawmakers passed a bill/);
    expect(html!.body).toContain('\n\n');
    expect(html!.body).not.toContain('Parliament passes water rights bill');
    expect(zipped!.file).toBe(gz);
    expect(zipped!.title).toBe('Grain exports rise as sea route reopens');
    expect(text!.title).toBe('The long afternoon of the river towns');
    expect(text!.image.credit).toBe('Tomas Lind/Northlight Images');
  });

  it('walks directories recursively in name order and picks only page files', () => {
    const dir = path.join(scratch, 'tree');
    mkdirSync(path.join(dir, 'b', 'deeper'), { recursive: true });
    copyFileSync(path.join(testdata, 'minimal-wrapped.txt'), path.join(dir, 'a.txt'));
    copyFileSync(path.join(testdata, 'wire-story.html'), path.join(dir, 'b', 'deeper', 'story.html'));
    writeFileSync(path.join(dir, 'b', 'notes.json'), '{"not": "a page"}');
    const run = multipolar('extract', '--jsonl', dir);
    expect(run.code).toBe(0);
    expect(parse(run.stdout).map((l) => path.relative(dir, l.file))).toEqual([
      'a.txt',
      'b/deeper/story.html',
    ]);
  });

  it('reports unreadable files with a reason, keeps going, and exits 1 at the end', () => {
    const binary = path.join(scratch, 'photo.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const empty = path.join(scratch, 'empty.txt');
    writeFileSync(empty, '');
    const broken = path.join(scratch, 'broken.html.gz');
    writeFileSync(broken, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3]));
    const run = multipolar(
      'extract',
      '--jsonl',
      path.join(scratch, 'missing.html'),
      binary,
      empty,
      broken,
      path.join(testdata, 'minimal-wrapped.txt'),
    );
    expect(run.code).toBe(1);
    const lines = parse(run.stdout);
    expect(lines.map((l) => l.error ?? null)).toEqual([
      'no such file',
      'binary file, not HTML or text',
      'empty file',
      'damaged gzip data',
      null,
    ]);
    for (const l of lines.slice(0, 4)) expect(l.body).toBe('');
    expect(lines[4]!.title).toBe('Water levels fall in northern reservoirs');
  });
});
