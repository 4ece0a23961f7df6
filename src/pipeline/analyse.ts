import { findMentions } from '../actors/index.js';
import type { ActorMention, ExtractedArticle, Quote } from '../domain/index.js';
import { extractQuotes } from '../quotes/index.js';
import { type PipelineContext, timed } from './context.js';

/** What the analysis stages find in one article body. */
export interface Analysis {
  mentions: ActorMention[];
  quotes: Quote[];
}

/** Find the actors named in the body, then who says what, using those actors to type the speakers. */
export async function analyseArticle(
  ctx: PipelineContext,
  article: ExtractedArticle,
  outletName: string,
): Promise<Analysis> {
  const mentions = await timed(ctx, 'actors', () => findMentions(article.bodyText, ctx.gazetteer));
  const quotes = await timed(ctx, 'quotes', () =>
    extractQuotes(article.bodyText, { mentions, outletName, gazetteer: ctx.gazetteer }),
  );
  return { mentions, quotes };
}
