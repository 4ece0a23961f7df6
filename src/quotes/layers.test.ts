import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The inner layout of quotes/ (README.md): each folder may import only from the folders before it
// (and itself) and the shared types; the top level wires them. A file that needs a later folder belongs in a later one.
const LAYERS = ['lexicon', 'text', 'speakers', 'cues', 'rules', 'confidence'] as const;
const here = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(path.join(here, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
}

/** The quotes/ folders a file imports from ('' for the top level), by its relative imports. */
function importedFolders(dir: string, file: string): string[] {
  const text = readFileSync(path.join(here, dir, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const target = path.relative(here, path.resolve(here, dir, m[1]!));
    if (target.startsWith('..')) continue; // outside quotes/: the architecture test checks those
    // The shared types (quotes/types.ts, which imports nothing of quotes/) are open to every layer.
    if (target === 'types.js' || target === 'types.ts') continue;
    out.push(target.includes(path.sep) ? target.split(path.sep)[0]! : '');
  }
  return out;
}

describe('quotes/ inner layout', () => {
  it('imports one way: lexicon → text → speakers → cues → rules → confidence → the top level', () => {
    const wrong: string[] = [];
    LAYERS.forEach((layer, rank) => {
      for (const file of sources(layer)) {
        for (const folder of importedFolders(layer, file)) {
          const allowed = folder !== '' && LAYERS.indexOf(folder as (typeof LAYERS)[number]) <= rank;
          if (!allowed) wrong.push(`${layer}/${file} imports from ${folder || 'the top level'}`);
        }
      }
    });
    expect(wrong).toEqual([]);
  });

  it('keeps the top level small: the entry, the wiring and shared types only', () => {
    expect(sources('').sort()).toEqual([
      'build-quote.ts',
      'extract-quotes.ts',
      'index.ts',
      'test-helpers.ts',
      'types.ts',
    ]);
  });
});
