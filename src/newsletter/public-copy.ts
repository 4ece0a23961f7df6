import type { RenderedLetter } from './types.js';
import { PERSONAL } from './types.js';

/**
 * A letter with its personal placeholders filled for someone who is not a subscriber: the web
 * archive and `newsletter preview`. The greeting is generic and the subscriber's links point at the
 * letters page, so no placeholder is ever shown and no real unsubscribe link is ever published.
 */
export function publicCopy(letter: RenderedLetter, siteUrl: string): { html: string; text: string } {
  const lettersPage = `${siteUrl.replace(/\/+$/, '')}/letters`;
  const fill = (s: string) =>
    s
      .replaceAll(PERSONAL.greeting, 'Hello,')
      .replaceAll(PERSONAL.unsubscribeUrl, lettersPage)
      .replaceAll(PERSONAL.preferencesUrl, lettersPage);
  return { html: fill(letter.html), text: fill(letter.text) };
}
