/**
 * Runs one extractor over every benchmark page in a process of its own, so its memory is measured
 * alone, and writes bodies, per-page times and memory as one JSON object to stdout.
 * `node --import tsx bench/extraction/body-worker.ts multipolar|readability [rounds]`
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../../src/extract/index.js';
import { readPage, readTruth } from './dataset.js';

/** What a worker reports back to the bench. */
export interface WorkerReport {
  tool: string;
  /** Body text per page id, from the last timed round. */
  bodies: Record<string, string>;
  /** Milliseconds per page of the last timed round, in page order. */
  ms: number[];
  /** Peak resident set size during extraction minus resident size before it, in bytes. */
  rssDelta: number;
  /** Peak JS heap in use during extraction minus heap in use before it, in bytes. */
  heapDelta: number;
}

type Extractor = (html: string, url: string) => string;

const tools: Record<string, Extractor> = {
  multipolar: (html, url) => extractHtml(html, { url }).bodyText,
  // As the upstream harness, but on linkedom instead of jsdom: default options, textContent scored.
  readability: (html) => {
    const { document } = parseHTML(html);
    return new Readability(document as never).parse()?.textContent ?? '';
  },
};

function main(): void {
  const tool = process.argv[2] ?? '';
  const rounds = Math.max(1, Number(process.argv[3] ?? '2'));
  const extract = tools[tool];
  if (!extract) {
    process.stderr.write(`unknown tool "${tool}"; use ${Object.keys(tools).join(' or ')}\n`);
    process.exitCode = 2;
    return;
  }
  const pages = readTruth().map((t) => ({ id: t.id, url: t.url, html: readPage(t.id) }));
  globalThis.gc?.();
  const rss0 = process.memoryUsage.rss();
  const heap0 = process.memoryUsage().heapUsed;
  const kernelPeak0 = process.resourceUsage().maxRSS * 1024;
  let rssPeak = rss0;
  let heapPeak = heap0;
  const bodies: Record<string, string> = {};
  let ms: number[] = [];
  // Earlier rounds warm the JIT; only the last one is timed and scored.
  for (let round = 0; round < rounds; round++) {
    ms = [];
    for (const page of pages) {
      const t0 = performance.now();
      const body = extract(page.html, page.url);
      ms.push(performance.now() - t0);
      bodies[page.id] = body;
      const mem = process.memoryUsage();
      if (mem.rss > rssPeak) rssPeak = mem.rss;
      if (mem.heapUsed > heapPeak) heapPeak = mem.heapUsed;
    }
  }
  // The kernel's high-water mark catches peaks between samples (maxRSS is in KiB), when it rose
  // during extraction rather than while the pages were loaded.
  const kernelPeak = process.resourceUsage().maxRSS * 1024;
  if (kernelPeak > kernelPeak0) rssPeak = Math.max(rssPeak, kernelPeak);
  const report: WorkerReport = { tool, bodies, ms, rssDelta: rssPeak - rss0, heapDelta: heapPeak - heap0 };
  process.stdout.write(JSON.stringify(report));
}

main();
