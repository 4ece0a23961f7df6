import type { ExtractedArticle, Outlet } from '../domain/index.js';
import { contentHash, normalizeUrl } from '../lib/index.js';
import { type Analysis, analyseArticle } from './analyse.js';
import { type PipelineContext, timed } from './context.js';

/** Where an extracted article came from. */
export interface ArticleSource {
  outlet: Outlet;
  feedId: number | null;
  url: string;
  guid: string | null;
}

/** What happened to one article: stored as new, or recognised as one we already have. */
export type StoreOutcome =
  | { status: 'stored'; id: number }
  | { status: 'duplicate'; id: number; by: 'guid' | 'url' | 'hash' }
  | { status: 'empty'; reason: string };

/**
 * Analyse an extracted article (unless the caller already did) and store it, unless it is a
 * duplicate or has no body. The look-up first saves the analysis of a known article; the insert
 * itself is the guarantee: when another process stored the same article meanwhile it reports a
 * duplicate, and the analysis is attached only to the row that won.
 */
export async function analyseAndStore(
  ctx: PipelineContext,
  extracted: ExtractedArticle,
  source: ArticleSource,
  analysis?: Analysis,
): Promise<StoreOutcome> {
  if (extracted.bodyText.trim().length === 0)
    return { status: 'empty', reason: 'no article text found on the page' };
  const hash = contentHash(`${extracted.title ?? ''}\n${extracted.bodyText}`);
  const canonicalUrl = extracted.canonicalUrl ? normalizeUrl(extracted.canonicalUrl) : null;
  const url = normalizeUrl(source.url) ?? source.url;
  const duplicate = await ctx.store.articles.findDuplicate({
    outletId: source.outlet.id,
    feedId: source.feedId,
    guid: source.guid,
    url,
    canonicalUrl,
    contentHash: hash,
  });
  if (duplicate) return { status: 'duplicate', ...duplicate };
  const { mentions, quotes, foundActors } =
    analysis ?? (await analyseArticle(ctx, extracted, source.outlet.name));
  return timed(ctx, 'store', () =>
    ctx.store.articles.insertOrSkip({
      ...extracted,
      canonicalUrl,
      outletId: source.outlet.id,
      feedId: source.feedId,
      url,
      guid: source.guid,
      contentHash: hash,
      fetchedAt: ctx.now(),
      mentions,
      quotes,
      foundActors,
    }),
  );
}
