/** Run Multipolar's actors + quotes stages over gold articles and turn each Quote into scorer spans. */
import { createGazetteer, findMentions } from '../../src/actors/index.js';
import type { Quote } from '../../src/domain/quote.js';
import { extractQuotes } from '../../src/quotes/index.js';
import type { GoldArticle } from './polnear.js';
import type { AttributionSpans, ScoredDoc } from './spans.js';

/** A quote as scorer spans: its content fragments, its source as written and its cue. */
export function quoteSpans(q: Quote): AttributionSpans {
  return {
    source: q.source ? [q.source] : null,
    cue: q.cueSpan ? [q.cueSpan] : [],
    content: q.contentSpans ? q.contentSpans.map((s) => ({ ...s })) : [{ start: q.start, end: q.end }],
    confidence: q.confidence ?? null,
  };
}

/** The scored documents of a split and the seconds spent in the two stages (one core, this process). */
export function runExtractor(articles: readonly GoldArticle[]): { docs: ScoredDoc[]; seconds: number } {
  const gazetteer = createGazetteer();
  const docs: ScoredDoc[] = [];
  let ms = 0;
  for (const a of articles) {
    const t0 = performance.now();
    const mentions = findMentions(a.text, gazetteer);
    const quotes = extractQuotes(a.text, { mentions, gazetteer });
    ms += performance.now() - t0;
    docs.push({ text: a.text, gold: a.attributions, pred: quotes.map(quoteSpans) });
  }
  return { docs, seconds: ms / 1000 };
}
