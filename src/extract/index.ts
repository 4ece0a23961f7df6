import type { ExtractedArticle } from '../domain/article.js';
import { extractHtml } from './extract-html.js';
import { extractText } from './extract-text.js';

export { dateFromUrl } from './dates.js';
export type { InputKind } from './detect-input.js';
export { detectInput } from './detect-input.js';
export { extractHtml } from './extract-html.js';
export { extractText } from './extract-text.js';
export { repairMojibake } from './mojibake.js';
export { sanitiseHtml } from './sanitise.js';

/** Extract an article from HTML or plain text, as `kind` says. Never throws. */
export function extractArticle(
  input: string,
  opts: { url: string; kind: 'html' | 'text' },
): ExtractedArticle {
  return opts.kind === 'html' ? extractHtml(input, { url: opts.url }) : extractText(input, { url: opts.url });
}
