import { findActorsInText, findMentions, speakerHints } from '../actors/index.js';
import type { Actor, ActorMention, ExtractedArticle, Quote } from '../domain/index.js';
import { extractQuotes } from '../quotes/index.js';
import { type PipelineContext, timed } from './context.js';

/** What the analysis stages find in one article body. */
export interface Analysis {
  /** Gazetteer mentions and mentions of people and organisations found in the text, in text order. */
  mentions: ActorMention[];
  quotes: Quote[];
  /** The people and organisations found in the text, with the role and organisation it gives them. */
  foundActors: Actor[];
}

/**
 * Find the gazetteer's actors in the body, then who says what (typed by those actors), then the
 * people and organisations the gazetteer does not know, helped by the quotes' named speakers.
 */
export async function analyseArticle(
  ctx: PipelineContext,
  article: ExtractedArticle,
  outletName: string,
): Promise<Analysis> {
  const known = await timed(ctx, 'actors', () => findMentions(article.bodyText, ctx.gazetteer));
  const quotes = await timed(ctx, 'quotes', () =>
    extractQuotes(article.bodyText, { mentions: known, outletName, gazetteer: ctx.gazetteer }),
  );
  const found = await timed(ctx, 'actors', () =>
    findActorsInText(article.bodyText, known, { speakers: speakerHints(quotes) }),
  );
  const mentions = [...known, ...found.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const foundActors: Actor[] = found.actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    country: null,
    description: describe(a.role, a.organisation),
    origin: 'text',
    role: a.role,
    organisation: a.organisation,
    organisationId: a.organisationId,
  }));
  return { mentions, quotes, foundActors };
}

/** "spokesperson, Qatari Foreign Ministry": the role and organisation as the text gives them. */
function describe(role: string | null, organisation: string | null): string | null {
  const parts = [role, organisation].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : null;
}
