import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRunner } from './test-harness.js';
import type { QuotesLine } from './commands/quotes.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-quotes-'));

const multipolar = cliRunner(dir);

const ARTICLE = [
  'The Kremlin-backed website Sputnik reported that the ferry talks had failed.',
  '“We are still ready to talk,” said Foreign Minister Wang Yi. “The door is open.”',
  'Robert Kaplan in The Wall Street Journal argued that the deal was dead.',
].join('\n\n');

describe('multipolar quotes --jsonl', () => {
  it('prints one line per file with quotes and actors whose offsets slice the file text', () => {
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    writeFileSync(a, ARTICLE);
    writeFileSync(b, 'Rain fell on the harbour all week.\n');
    const run = multipolar('quotes', '--jsonl', a, b);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as QuotesLine);
    expect(lines.map((l) => l.file)).toEqual([a, b]);
    const [first, second] = lines;
    expect(second).toEqual({ file: b, quotes: [], actors: [] });
    expect(first!.quotes.map((q) => [q.speaker, q.speakerKind, q.outlet, q.kind, q.cue?.text])).toEqual([
      ['Sputnik', 'outlet', 'Sputnik', 'reported', 'reported'],
      ['Wang Yi', 'person', null, 'direct', 'said'],
      ['Robert Kaplan', 'person', 'The Wall Street Journal', 'reported', 'argued'],
    ]);
    // The role and organisation the text gives each speaker ("Foreign Minister Wang Yi", "Kaplan in the WSJ").
    expect(first!.quotes.map((q) => [q.speakerRole, q.affiliation])).toEqual([
      [null, null],
      ['Foreign Minister', null],
      [null, 'Wall Street Journal'],
    ]);
    for (const q of first!.quotes) {
      expect(Object.keys(q).sort()).toEqual([
        'affiliation',
        'confidence',
        'content',
        'cue',
        'kind',
        'outlet',
        'shown',
        'source',
        'speaker',
        'speakerKind',
        'speakerRole',
      ]);
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
      expect(typeof q.shown).toBe('boolean');
      if (q.source) expect(ARTICLE.slice(q.source.start, q.source.end)).toBe(q.source.text);
      if (q.cue) expect(ARTICLE.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
    expect(first!.quotes[1]!.content.map((s) => ARTICLE.slice(s.start, s.end))).toEqual([
      '“We are still ready to talk,”',
      '“The door is open.”',
    ]);
    const actors = Object.fromEntries(first!.actors.map((x) => [x.name, x]));
    expect(actors.Sputnik).toMatchObject({ kind: 'outlet' });
    for (const x of first!.actors)
      for (const [s, e] of x.spans) expect(ARTICLE.slice(s, e).length).toBe(e - s);
    const [[s, e]] = actors['Wang Yi']!.spans as [[number, number]];
    expect(ARTICLE.slice(s, e)).toBe('Wang Yi');
  });

  it('reports a missing file on its own line and exits non-zero without stopping the others', () => {
    const a = path.join(dir, 'ok.txt');
    writeFileSync(a, ARTICLE);
    const run = multipolar('quotes', '--jsonl', path.join(dir, 'nope.txt'), a);
    expect(run.code).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as QuotesLine);
    expect(lines[0]).toMatchObject({ quotes: [], actors: [], error: 'no such file' });
    expect(lines[1]!.quotes.length).toBe(3);
  });

  it('prints a readable summary without --jsonl', () => {
    const a = path.join(dir, 'plain.txt');
    writeFileSync(a, ARTICLE);
    const run = multipolar('quotes', a);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 quotes');
    expect(run.stdout).toMatch(/Wang Yi \(person, Foreign Minister\) said/);
    expect(run.stdout).toMatch(/Robert Kaplan \(person, via The Wall Street Journal\) argued/);
  });
});
