import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

/** The module table of docs/ARCHITECTURE.md: module → modules it may import. */
function allowedImports(): Map<string, Set<string>> {
  const doc = readFileSync(path.join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');
  const table = new Map<string, Set<string>>();
  for (const line of doc.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = /^`src\/([a-z]+)\/`$/.exec(cells[1] ?? '')?.[1];
    if (!name || cells.length < 5) continue;
    const allowed = [...(cells[3] ?? '').matchAll(/`([a-z]+)`/g)].map((m) => m[1]!);
    table.set(name, new Set(allowed));
  }
  return table;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testdata' ? [] : sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Which module a path under src/ belongs to (`main.ts` belongs to cli). */
function moduleOf(file: string): string {
  const rel = path.relative(src, file).split(path.sep);
  return rel.length === 1 ? 'cli' : rel[0]!;
}

describe('module boundaries', () => {
  const table = allowedImports();

  it('reads every module of src/ from the table in docs/ARCHITECTURE.md', () => {
    const dirs = readdirSync(src, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(dirs.filter((d) => !table.has(d))).toEqual([]);
    expect(table.get('domain')?.size).toBe(0);
  });

  it('has no import that goes against the table', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = moduleOf(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g,
      )) {
        const spec = m[1] ?? m[2]!;
        const target = moduleOf(path.resolve(path.dirname(file), spec));
        if (target !== from && !table.get(from)?.has(target)) {
          violations.push(`${path.relative(root, file)} imports ${spec} (${from} → ${target})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps process.env inside config and the composition root', () => {
    // Test harnesses may read TEST_DATABASE_URL; they are not part of the running product.
    const readers = sourceFiles(src)
      .filter((f) => !f.endsWith('test-harness.ts') && readFileSync(f, 'utf8').includes('process.env'))
      .map((f) => moduleOf(f))
      .filter((m) => m !== 'config' && m !== 'cli');
    expect(readers).toEqual([]);
  });
});
