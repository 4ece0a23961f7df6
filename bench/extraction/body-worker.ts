/**
 * Runs one extractor over every page of one set in a process of its own, so its memory is measured
 * alone, and writes bodies, per-page times and memory as one JSON object to stdout.
 * `node --import tsx bench/extraction/body-worker.ts multipolar|readability [rounds] [zyte|wcxb]`
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../../src/extract/index.js';
import { BODY_SETS, type BodySet, datasetDir, readPage, readTruth } from './dataset.js';

/** What a worker reports back to the bench. */
export interface WorkerReport {
  tool: string;
  /** Body text per page id, from the last timed round. */
  bodies: Record<string, string>;
  /** Multipolar only: title, byline and published date per page id, for field scoring. */
  fields?: Record<string, PageFields>;
  /** Milliseconds per page of the last timed round, in page order. */
  ms: number[];
  /** Peak resident set size during extraction minus resident size before it, in bytes. */
  rssDelta: number;
  /** Peak JS heap in use during extraction minus heap in use before it, in bytes. */
  heapDelta: number;
}

/** The metadata fields of one page as Multipolar extracted them. */
export interface PageFields {
  title: string | null;
  byline: string | null;
  published: string | null;
}

type Extractor = (html: string, url: string) => { body: string; fields?: PageFields };

const tools: Record<string, Extractor> = {
  multipolar: (html, url) => {
    const a = extractHtml(html, { url });
    return {
      body: a.bodyText,
      fields: { title: a.title, byline: a.byline, published: a.published?.toISOString() ?? null },
    };
  },
  // As the upstream harness, but on linkedom instead of jsdom: default options, textContent scored.
  readability: (html) => {
    const { document } = parseHTML(html);
    return { body: new Readability(document as never).parse()?.textContent ?? '' };
  },
};

function main(): void {
  const tool = process.argv[2] ?? '';
  const rounds = Math.max(1, Number(process.argv[3] ?? '2'));
  const set = (process.argv[4] ?? 'zyte') as BodySet;
  const extract = tools[tool];
  if (!extract) {
    process.stderr.write(`unknown tool "${tool}"; use ${Object.keys(tools).join(' or ')}\n`);
    process.exitCode = 2;
    return;
  }
  if (!(set in BODY_SETS)) {
    process.stderr.write(`unknown set "${set}"; use ${Object.keys(BODY_SETS).join(' or ')}\n`);
    process.exitCode = 2;
    return;
  }
  const dir = datasetDir(set);
  const pages = readTruth(dir).map((t) => ({ id: t.id, url: t.url, html: readPage(t.id, dir) }));
  globalThis.gc?.();
  const rss0 = process.memoryUsage.rss();
  const heap0 = process.memoryUsage().heapUsed;
  const kernelPeak0 = process.resourceUsage().maxRSS * 1024;
  let rssPeak = rss0;
  let heapPeak = heap0;
  const bodies: Record<string, string> = {};
  const fields: Record<string, PageFields> = {};
  let ms: number[] = [];
  // Earlier rounds warm the JIT; only the last one is timed and scored.
  for (let round = 0; round < rounds; round++) {
    ms = [];
    for (const page of pages) {
      const t0 = performance.now();
      const out = extract(page.html, page.url);
      ms.push(performance.now() - t0);
      bodies[page.id] = out.body;
      if (out.fields) fields[page.id] = out.fields;
      const mem = process.memoryUsage();
      if (mem.rss > rssPeak) rssPeak = mem.rss;
      if (mem.heapUsed > heapPeak) heapPeak = mem.heapUsed;
    }
  }
  // The kernel's high-water mark catches peaks between samples (maxRSS is in KiB), when it rose
  // during extraction rather than while the pages were loaded.
  const kernelPeak = process.resourceUsage().maxRSS * 1024;
  if (kernelPeak > kernelPeak0) rssPeak = Math.max(rssPeak, kernelPeak);
  const report: WorkerReport = {
    tool,
    bodies,
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    ms,
    rssDelta: rssPeak - rss0,
    heapDelta: heapPeak - heap0,
  };
  process.stdout.write(JSON.stringify(report));
}

main();
