/**
 * Reading PolNeAR (brat standoff attributions over US political news) from the shared data folder.
 * Nothing is copied into the repository: the texts are copyrighted and the data has no licence.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '../../src/domain/quote.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** The PolNeAR folder: $MULTIPOLAR_BENCH_DATA/quotes/polnear, else ../shared/data/quotes/polnear. */
export function polnearDir(): string {
  const base = process.env.MULTIPOLAR_BENCH_DATA ?? path.resolve(repoRoot, '..', 'shared', 'data');
  return path.join(base, 'quotes', 'polnear');
}

/** True when the corpus is present (it is optional outside the lead's machine). */
export function polnearPresent(dir = polnearDir()): boolean {
  return existsSync(path.join(dir, 'dev', 'text'));
}

/** The three splits (by time: months 1-10, 11, 12). */
export type Split = 'train' | 'dev' | 'test';

/** One attribution: the source (absent for source-less ones), the cue and the content, each as fragments. */
export interface GoldAttribution {
  id: string;
  source: Span[] | null;
  cue: Span[];
  content: Span[];
}

/** One annotated article: its text and one annotator's attributions. */
export interface GoldArticle {
  name: string;
  annotator: string;
  text: string;
  attributions: GoldAttribution[];
}

const RECORD = /^([TE#]\d+)\t/;

/**
 * Parse one brat .ann file. Text-bound records may run over a line (their stored text can hold a newline),
 * so only lines that open a record count; E lines may name T ids defined later, hence two passes.
 * Events without a cue or content (orphans sharing a trigger) are skipped.
 */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: { id: string; args: string[] }[] = [];
  for (const line of ann.split('\n')) {
    const m = RECORD.exec(line);
    if (!m) continue;
    const id = m[1]!;
    const fields = line.split('\t');
    if (id.startsWith('T')) {
      const head = fields[1] ?? '';
      const space = head.indexOf(' ');
      const frags = head
        .slice(space + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number))
        .filter((p) => p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]))
        .map(([start, end]) => ({ start: start!, end: end! }));
      spans.set(id, frags);
    } else if (id.startsWith('E')) {
      events.push({ id, args: (fields[1] ?? '').trim().split(/\s+/).slice(1) });
    }
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    let source: Span[] | null = null;
    const cue: Span[] = [];
    const content: Span[] = [];
    for (const arg of e.args) {
      const [role, ref] = arg.split(':');
      const frags = spans.get(ref ?? '') ?? [];
      if (role === 'Source') source = [...(source ?? []), ...frags];
      else if (role === 'Cue') cue.push(...frags);
      else if (role?.startsWith('Content')) content.push(...frags);
    }
    if (cue.length === 0 || content.length === 0) continue;
    content.sort((a, b) => a.start - b.start);
    out.push({ id: e.id, source, cue, content });
  }
  return out.sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}

/** Every article of a split with the lexicographically first annotator's file (one file per article). */
export function readSplit(split: Split, dir = polnearDir()): GoldArticle[] {
  const textDir = path.join(dir, split, 'text');
  const annDir = path.join(dir, split, 'attributions');
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const firstAnn = new Map<string, string>();
  for (const f of anns) {
    const stem = f.slice(0, -'.ann'.length);
    const cut = stem.lastIndexOf('_');
    const name = stem.slice(0, cut);
    if (!firstAnn.has(name)) firstAnn.set(name, stem.slice(cut + 1));
  }
  const out: GoldArticle[] = [];
  for (const file of readdirSync(textDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const name = file.slice(0, -'.txt'.length);
    const annotator = firstAnn.get(name);
    if (!annotator) continue;
    const text = readFileSync(path.join(textDir, file), 'utf8');
    const ann = readFileSync(path.join(annDir, `${name}_${annotator}.ann`), 'utf8');
    out.push({ name, annotator, text, attributions: parseAnn(ann) });
  }
  return out;
}
