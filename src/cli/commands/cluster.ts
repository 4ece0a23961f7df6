import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import { AppError } from '../../domain/index.js';
import { StoryStream } from '../../stories/index.js';
import { parseOptions } from './shared.js';

// A line longer than this is not an article: refuse it rather than hold it.
const MAX_LINE_CHARS = 2_000_000;

const options = z.object({ jsonl: z.boolean().optional() });

const articleLine = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  title: z.string().optional().default(''),
  text: z.string().optional().default(''),
  published: z.string().nullish(),
  outlet: z.string().nullish(),
});

/** One input line read: an article, or why the line was skipped. */
export type ClusterLine =
  | { ok: true; id: string; title: string; text: string; published: Date | null }
  | { ok: false; error: string };

/** Validate one JSONL line of `multipolar cluster` input. */
export function parseClusterLine(line: string): ClusterLine {
  if (line.length > MAX_LINE_CHARS)
    return { ok: false, error: `line longer than ${MAX_LINE_CHARS} characters` };
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  const parsed = articleLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join('.')}": ` : '';
    return { ok: false, error: `${where}${issue?.message ?? 'not an article'}` };
  }
  const { id, title, text, published } = parsed.data;
  if (title.trim() === '' && text.trim() === '')
    return { ok: false, error: `article ${id} has no title and no text` };
  let date: Date | null = null;
  if (published != null && published !== '') {
    date = new Date(published);
    if (Number.isNaN(date.getTime()))
      return { ok: false, error: `article ${id}: "published" is not a date: ${published.slice(0, 40)}` };
  }
  return { ok: true, id, title, text, published: date };
}

/**
 * `multipolar cluster <file.jsonl> --jsonl`: read articles line by line, in input order, through the
 * online story clusterer, and print each article's story. Stories are numbered from 1 in order of
 * their first article; merges and splits made while the stream ran are already applied.
 */
export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description(
      'group articles into stories (JSONL lines {"id","title","text","published"?,"outlet"?}; "-" reads stdin)',
    )
    .argument('<file>', 'a JSONL file, or - for standard input')
    .option('--jsonl', 'print one {"id","story"} JSON object per article')
    .action(async (file: string, raw: unknown) => {
      const opts = parseOptions(options, raw);
      const input = file === '-' ? process.stdin : await openFile(file);
      const stream = new StoryStream({ now: new Date() });
      const ids: string[] = [];
      const seen = new Set<string>();
      let skipped = 0;
      let lineNo = 0;
      for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
        lineNo++;
        if (line.trim() === '') continue;
        const read = parseClusterLine(line);
        const error = !read.ok
          ? read.error
          : seen.has(read.id)
            ? `article ${read.id} repeats an earlier id`
            : null;
        if (error !== null || !read.ok) {
          skipped++;
          process.stderr.write(`multipolar: ${file}:${lineNo}: ${error}, skipped\n`);
          continue;
        }
        seen.add(read.id);
        stream.add({ id: ids.length, title: read.title, text: read.text, published: read.published });
        ids.push(read.id);
      }
      const storyOf = new Array<number>(ids.length);
      const found = stream.finish().stories;
      // Number stories by their earliest article in input order.
      const order = found.map((s) => Math.min(...s.articleIds)).map((first, i) => [first, i] as const);
      order.sort((a, b) => a[0] - b[0]);
      order.forEach(([, i], rank) => {
        for (const index of found[i]!.articleIds) storyOf[index] = rank + 1;
      });
      const out = ids.map((id, i) =>
        opts.jsonl ? JSON.stringify({ id, story: storyOf[i] }) : `${id}\t${storyOf[i]}`,
      );
      if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
      if (!opts.jsonl)
        process.stderr.write(
          `${ids.length} articles in ${found.length} stories${skipped ? `, ${skipped} lines skipped` : ''}\n`,
        );
      if (skipped > 0) process.exitCode = 1;
    });
}

async function openFile(file: string): Promise<NodeJS.ReadableStream> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new AppError('bad-input', `${file}: not a regular file`);
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError(
      'bad-input',
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message}`,
    );
  }
  return createReadStream(file, { encoding: 'utf8' });
}
