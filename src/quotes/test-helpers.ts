import type { ActorMention } from '../domain/actor.js';
import type { Quote } from '../domain/quote.js';
import { extractQuotes } from './extract-quotes.js';

/** Test helper: a mention of `surface` (its first occurrence after `from`) in `text`. */
export function mention(
  text: string,
  surface: string,
  actorId: string,
  kind: ActorMention['kind'],
  name = surface,
  from = 0,
): ActorMention {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`"${surface}" is not in the text`);
  return { actorId, name, kind, surface, start, end: start + surface.length };
}

/** Test helper: the quotes of a text, with the pieces tests compare most. */
export function quotesOf(text: string, opts: Parameters<typeof extractQuotes>[1] = {}) {
  return extractQuotes(text, opts).map((q) => ({
    ...q,
    sourceText: sliceOf(text, q.source),
    cueText: sliceOf(text, q.cueSpan),
  }));
}

function sliceOf(text: string, span: Quote['source']): string | null {
  return span ? text.slice(span.start, span.end) : null;
}
