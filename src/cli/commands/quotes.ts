import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { createGazetteer, findMentions } from '../../actors/index.js';
import type { Gazetteer } from '../../actors/index.js';
import type { ActorMention } from '../../domain/actor.js';
import type { Quote } from '../../domain/quote.js';
import { extractQuotes } from '../../quotes/index.js';
import { parseOptions } from './shared.js';

/** Larger files are refused: research corpora are made of articles, not books. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** One quote as `quotes --jsonl` prints it; offsets are JavaScript string indices into the file's text. */
export interface QuoteJson {
  source: { start: number; end: number; text: string } | null;
  cue: { start: number; end: number; text: string } | null;
  content: { start: number; end: number }[];
  speaker: string | null;
  speakerKind: Quote['speakerKind'];
  outlet: string | null;
  kind: Quote['kind'];
  /** The speaker's role as the text gives it ("spokesman", "Foreign Minister"), or null. */
  speakerRole: string | null;
  /** The organisation or outlet the speaker is tied to in the text ("Qatari Foreign Ministry"), or null. */
  affiliation: string | null;
  /** 0 to 1: how far the attribution can be trusted (speaker and content right). */
  confidence: number;
  /** Whether readers would be shown it (the confidence reaches the display threshold). */
  shown: boolean;
}

/** One line of `quotes --jsonl` output. */
export interface QuotesLine {
  file: string;
  quotes: QuoteJson[];
  actors: { name: string; kind: string; spans: [number, number][] }[];
  error?: string;
}

const options = z.object({ jsonl: z.boolean().optional() });

const span = (text: string, s: { start: number; end: number } | null) =>
  s ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : null;

/** The JSON form of one file's analysis. */
export function quotesLine(file: string, text: string, g: Gazetteer): QuotesLine {
  const mentions = findMentions(text, g);
  const quotes = extractQuotes(text, { mentions, gazetteer: g }).map(
    (q): QuoteJson => ({
      source: span(text, q.source),
      cue: span(text, q.cueSpan),
      content: (q.contentSpans ?? [{ start: q.start, end: q.end }]).map((s) => ({
        start: s.start,
        end: s.end,
      })),
      speaker: q.speaker,
      speakerKind: q.speakerKind,
      outlet: q.outlet ?? null,
      kind: q.kind,
      speakerRole: q.speakerRole ?? null,
      affiliation: q.affiliation,
      confidence: q.confidence ?? 0,
      shown: q.shown === true,
    }),
  );
  return { file, quotes, actors: groupActors(mentions) };
}

/** Mentions grouped by actor, in order of first mention. */
function groupActors(mentions: readonly ActorMention[]): QuotesLine['actors'] {
  const byId = new Map<string, QuotesLine['actors'][number]>();
  for (const m of mentions) {
    let a = byId.get(m.actorId);
    if (!a) {
      a = { name: m.name, kind: m.kind, spans: [] };
      byId.set(m.actorId, a);
    }
    a.spans.push([m.start, m.end]);
  }
  return [...byId.values()];
}

const utf8 = new TextDecoder('utf-8');

/**
 * Read one file as UTF-8 text, or say why not. Synchronous on purpose: files are analysed one after another, and
 * each promise-based read took four thread-pool round trips (open, stat, read, close) that cost more than the
 * analysis of a short article.
 */
function readText(file: string): { ok: true; text: string } | { ok: false; error: string } {
  try {
    const info = statSync(file);
    if (!info.isFile()) return { ok: false, error: 'not a regular file' };
    if (info.size > MAX_FILE_BYTES) return { ok: false, error: `too large (${info.size} bytes)` };
    const bytes = readFileSync(file);
    if (bytes.includes(0)) return { ok: false, error: 'binary file, not text' };
    return { ok: true, text: utf8.decode(bytes) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, error: 'no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, error: 'permission denied' };
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** A quote as one readable line: speaker (kind, role, organisation, outlet) cue: “words”. */
function describe(q: QuoteJson, text: string): string {
  const who = q.speaker ?? '(unattributed)';
  // "Wall Street Journal" and "via The Wall Street Journal" name one body: say it once.
  const bare = (name: string | null) => name?.replace(/^the\s+/i, '') ?? null;
  const organisation = bare(q.affiliation) !== bare(q.outlet) ? q.affiliation : null;
  const tags = [
    q.speakerKind,
    q.speakerRole,
    organisation,
    q.outlet && q.outlet !== q.speaker ? `via ${q.outlet}` : null,
  ].filter(Boolean);
  const words = q.content.map((s) => text.slice(s.start, s.end)).join(' … ');
  const short = words.length > 160 ? `${words.slice(0, 157)}…` : words;
  const hidden = q.shown ? '' : ` [not shown, confidence ${q.confidence.toFixed(2)}]`;
  return `  ${who}${tags.length ? ` (${tags.join(', ')})` : ''} ${q.cue?.text ?? '—'}: ${short.replace(/\s+/g, ' ')}${hidden}`;
}

/** `multipolar quotes <file…> [--jsonl]`: who says what in plain-text files, for research and evaluation. */
export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('find who says what in plain-text files (one JSON line per file with --jsonl)')
    .argument('<files...>', 'plain-text files (UTF-8)')
    .option('--jsonl', 'print one JSON object per file')
    .action((files: string[], raw: unknown) => {
      const opts = parseOptions(options, raw);
      const g = createGazetteer();
      const out = new OutputBuffer();
      let failed = false;
      for (const file of files) {
        const loaded = readText(file);
        if (!loaded.ok) {
          failed = true;
          out.flush();
          if (opts.jsonl)
            out.add(`${JSON.stringify({ file, quotes: [], actors: [], error: loaded.error })}\n`);
          else process.stderr.write(`multipolar: ${file}: ${loaded.error}\n`);
          continue;
        }
        const line = quotesLine(file, loaded.text, g);
        if (opts.jsonl) {
          out.add(`${JSON.stringify(line)}\n`);
          continue;
        }
        const lines = [`${file}: ${line.quotes.length} quotes, ${line.actors.length} actors`];
        for (const q of line.quotes) lines.push(describe(q, loaded.text));
        out.add(`${lines.join('\n')}\n`);
      }
      out.flush();
      if (failed) process.exitCode = 1;
    });
}

/** Output gathered into writes of about 64 KiB: one write per file was a system call per short article. */
class OutputBuffer {
  private chunks: string[] = [];
  private size = 0;

  add(chunk: string): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size >= 65_536) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    process.stdout.write(this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }
}
