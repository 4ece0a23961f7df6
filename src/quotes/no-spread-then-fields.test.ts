import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// README "Speed": on Node 20 an object literal that opens with a spread and goes on with more properties
// (`{ ...cue, cueClass }`, `{ ...a, ...b }`) gets a hidden class of its own each time it is built, about 50 µs an
// object and megamorphic reads after it. The quotes code builds such objects for every article, so none may come back.
const here = import.meta.dirname;
const SPREAD_THEN_MORE = /\{\s*\.\.\.[\w.?!()[\]]+(?:\([^()]*\))?,\s*(?:\.\.\.|[\w'"[]+\s*[:,}])/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && e.name !== 'test-helpers.ts'
      ? [full]
      : [];
  });
}

/** Each literal in `text` that spreads first and adds more after, with its line number. */
function spreadsThenFields(text: string): string[] {
  return [...text.matchAll(SPREAD_THEN_MORE)].map(
    (m) => `${text.slice(0, m.index).split('\n').length}: ${m[0].replace(/\s+/g, ' ')}`,
  );
}

describe('object spreads in quotes/', () => {
  it('finds a spread followed by fields, or by a second spread, and lets a spread alone or last pass', () => {
    expect(spreadsThenFields('return { ...cue, cueClass: "x" };')).toHaveLength(1);
    expect(spreadsThenFields('const s = {\n  ...it.speaker,\n  ...outletFields(f),\n};')).toHaveLength(1);
    expect(spreadsThenFields('return { ...base, speaker, kind };')).toHaveLength(1);
    expect(
      spreadsThenFields('const k = {\n  ...knownOf(r.speaker, r.kind),\n  spoke: true,\n};'),
    ).toHaveLength(1);
    expect(spreadsThenFields('const p = { ...span };')).toEqual([]);
    expect(spreadsThenFields('return { role: null, ...org };')).toEqual([]);
    expect(spreadsThenFields('const all = [...a, b];')).toEqual([]);
  });

  it('builds no object with a spread followed by more properties', () => {
    const found = sourceFiles(here).flatMap((file) =>
      spreadsThenFields(readFileSync(file, 'utf8')).map((hit) => `${path.relative(here, file)}:${hit}`),
    );
    expect(found).toEqual([]);
  });
});
