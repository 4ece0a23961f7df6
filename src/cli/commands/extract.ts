import { once } from 'node:events';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import type { ExtractedArticle } from '../../domain/article.js';
import { detectInput, extractArticle } from '../../extract/index.js';
import { decodeBody } from '../../lib/decode-body.js';
import { type Progress, startProgress } from '../progress.js';

/** Bytes read from one file, and after gunzip; far above any real page, so only hostile files hit them. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const PAGE_FILE = /\.(?:html?|xhtml|txt|text)(?:\.gz)?$/i;

/** One line of `extract --jsonl` output. */
export interface ExtractLine {
  file: string;
  title: string | null;
  standfirst: string | null;
  byline: string | null;
  published: string | null;
  language: string | null;
  image: { url: string | null; caption: string | null; credit: string | null };
  body: string;
  error?: string;
}

type Loaded = { ok: true; kind: 'html' | 'text'; text: string } | { ok: false; error: string };

function toLine(file: string, a: ExtractedArticle | null, error?: string): ExtractLine {
  return {
    file,
    title: a?.title ?? null,
    standfirst: a?.standfirst ?? null,
    byline: a?.byline ?? null,
    published: a?.published?.toISOString() ?? null,
    language: a?.language ?? null,
    image: {
      url: a?.image?.url ?? null,
      caption: a?.image?.caption ?? null,
      credit: a?.image?.credit ?? null,
    },
    body: a?.bodyText ?? '',
    ...(error ? { error } : {}),
  };
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

/** Read one file as page text: gunzip when it is gzip, decode its charset, refuse binaries. */
async function load(file: string): Promise<Loaded> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, error: 'not a regular file' };
    if (info.size > MAX_FILE_BYTES) return { ok: false, error: `too large (${info.size} bytes)` };
    bytes = await readFile(file);
  } catch (err) {
    return { ok: false, error: describeFsError(err) };
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_FILE_BYTES });
    } catch (err) {
      const tooBig = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      return { ok: false, error: tooBig ? 'too large once decompressed' : 'damaged gzip data' };
    }
  }
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  const hint = /\.(?:html?|xhtml)(?:\.gz)?$/i.test(file) ? 'text/html' : null;
  const kind = detectInput(bytes, hint);
  if (kind === 'binary') return { ok: false, error: 'binary file, not HTML or text' };
  const text = decodeBody(bytes, null, kind === 'html' ? 'text/html' : 'text/plain');
  if (text.trim() === '') return { ok: false, error: 'no text in file' };
  return { ok: true, kind, text };
}

/** Files named on the command line, with directories expanded (recursively, sorted) to page files. */
async function expand(sources: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && PAGE_FILE.test(e.name)) out.push(full);
    }
  };
  for (const source of sources) {
    const isDir = await stat(source).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isDir) await walk(source);
    else out.push(source);
  }
  return out;
}

/** Extract one file into an output line; a file that cannot be read gives an empty body and an error. */
export async function extractFile(file: string): Promise<ExtractLine> {
  const loaded = await load(file);
  if (!loaded.ok) return toLine(file, null, loaded.error);
  const article = extractArticle(loaded.text, { url: '', kind: loaded.kind });
  return toLine(file, article, article.bodyText === '' ? 'no article text found' : undefined);
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await once(process.stdout, 'drain');
}

/** `multipolar extract <file-or-dir>… [--jsonl]`: extract pages from files, no database. */
export function registerExtract(program: Command): void {
  program
    .command('extract <sources...>')
    .description(
      'extract articles from HTML (also .html.gz) or plain-text files and directories, without storing them',
    )
    .option(
      '--jsonl',
      'print one JSON object per file: file, title, standfirst, byline, published, language, image, body',
    )
    .action(async (sources: string[], raw: { jsonl?: boolean }) => {
      const files = await expand(sources);
      const progress: Progress | null = process.stderr.isTTY ? startProgress('extract', files.length) : null;
      let failed = 0;
      for (const [i, file] of files.entries()) {
        const line = await extractFile(file);
        if (line.error) failed++;
        if (raw.jsonl) await write(`${JSON.stringify(line)}\n`);
        else if (line.error) process.stderr.write(`multipolar extract: ${file}: ${line.error}\n`);
        else {
          const words = line.body.split(/\s+/).length;
          await write(`${file}: “${line.title ?? '(untitled)'}”, ${words} words\n`);
        }
        progress?.tick(i + 1);
      }
      progress?.finish(failed > 0 ? `${failed} failed` : undefined);
      if (failed > 0) process.exitCode = 1;
    });
}
