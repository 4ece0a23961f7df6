/**
 * The texts the actor annotations point at: real pages of the article-extraction set (read from
 * the shared data folder at run time, never copied) and the demo's own articles. An annotation
 * names a page, a paragraph index and a hash of the paragraph, so a changed text is caught.
 */
import { createHash } from 'node:crypto';
import { datasetDir, datasetPresent, readTruth } from '../extraction/dataset.js';
import { demoArticles } from '../../src/demo/index.js';

/** One article as the detector sees it: paragraphs joined by blank lines, with each paragraph's offsets. */
export interface SourceArticle {
  text: string;
  paragraphs: { start: number; end: number }[];
}

/** The first 16 hex digits of the paragraph's SHA-256: enough to notice an edit, too little to recover text. */
export const paragraphHash = (p: string): string => createHash('sha256').update(p).digest('hex').slice(0, 16);

function assemble(paragraphs: string[]): SourceArticle {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    spans.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, paragraphs: spans };
}

/** Paragraphs of a ground-truth body as the annotations count them: non-empty lines, trimmed. */
export function splitBody(body: string): string[] {
  return body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Where to read an annotated page: `demo` pages by slug, the others by id prefix in the extraction set. */
export interface ArticleSources {
  /** False when the shared data folder is absent (the real pages cannot be scored then). */
  realPagesPresent: boolean;
  get(source: string, page: string): SourceArticle | null;
}

/** Open the two sources once. */
export function openSources(dir = datasetDir()): ArticleSources {
  const present = datasetPresent(dir);
  const truth = present ? readTruth(dir) : [];
  const cache = new Map<string, SourceArticle | null>();
  return {
    realPagesPresent: present,
    get(source, page) {
      const key = `${source}/${page}`;
      if (!cache.has(key)) {
        if (source === 'demo') {
          const a = demoArticles.find((d) => d.slug === page);
          cache.set(key, a ? assemble([...a.paragraphs]) : null);
        } else {
          const t = truth.find((item) => item.id.startsWith(page));
          cache.set(key, t ? assemble(splitBody(t.body)) : null);
        }
      }
      return cache.get(key) ?? null;
    },
  };
}
