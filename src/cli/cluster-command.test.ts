import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClusterLine } from './commands/cluster.js';
import { cliRunner } from './test-harness.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-cluster-'));
const multipolar = cliRunner(dir);

const FED =
  'The Federal Reserve left its benchmark interest rate unchanged on Wednesday, holding the target range between 5.25 and 5.5 percent. Policymakers said borrowing costs would stay high until inflation falls toward two percent.';
const BALTIC =
  'Thousands of NATO troops began a two-week exercise in the Baltic Sea region on Monday, with warships and amphibious landings off Estonia and Lithuania.';

const line = (o: object) => JSON.stringify(o);

describe('multipolar cluster --jsonl', () => {
  it('prints every article in input order with its story, and names each bad line on stderr', () => {
    const file = path.join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        line({ id: 'a', title: 'Fed holds rates steady', text: FED, published: '2026-03-04T18:00:00Z' }),
        line({ id: 'b', title: 'NATO begins Baltic drills', text: BALTIC, outlet: 'x' }),
        '{"id": "broken", "title": ',
        line({
          id: 'c',
          title: 'Federal Reserve keeps rates unchanged',
          text: FED,
          published: '2026-03-04T19:30:00Z',
        }),
        line({ id: 'd', title: '', text: '' }),
        line({ id: 'e', title: 'x', published: 'last tuesday' }),
        line({ id: 'a', title: 'again', text: 'again' }),
        '',
        line({ title: 'no id', text: BALTIC }),
      ].join('\n'),
    );
    const run = multipolar('cluster', file, '--jsonl');
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; story: number });
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(out.map((o) => o.story)).toEqual([1, 2, 1]);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(5);
    expect(errors[0]).toBe(`multipolar: ${file}:3: not valid JSON, skipped`);
    expect(errors[1]).toContain(':5: article d has no title and no text');
    expect(errors[2]).toContain(':6: article e: "published" is not a date');
    expect(errors[3]).toContain(':7: article a repeats an earlier id');
    expect(errors[4]).toMatch(/:9: "id": /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(1);
  });

  it('says so in one line when the file is missing', () => {
    const run = multipolar('cluster', path.join(dir, 'nope.jsonl'), '--jsonl');
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(/^multipolar: .*nope\.jsonl: no such file$/);
    expect(run.code).toBe(1);
  });
});

describe('parseClusterLine', () => {
  it('accepts numeric ids and a missing title or date', () => {
    expect(parseClusterLine('{"id": 7, "text": "Only a body"}')).toEqual({
      ok: true,
      id: '7',
      title: '',
      text: 'Only a body',
      published: null,
    });
  });

  it('refuses an article that is not an object', () => {
    expect(parseClusterLine('[1, 2]')).toMatchObject({ ok: false });
  });
});
