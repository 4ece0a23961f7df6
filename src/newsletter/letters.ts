import type { ComposedStory } from '../domain/index.js';
import { composeBlindspots } from './compose-blindspots.js';
import { composeBriefing } from './compose-briefing.js';
import { composeGoodNews } from './compose-good-news.js';
import type { ComposeContext, LetterContent } from './letter-content.js';
import { loadComposedStories, type StoryReader } from './load-stories.js';
import { renderHtml } from './render-html.js';
import { renderText } from './render-text.js';
import type { ListId, RenderedLetter } from './types.js';
import { issueKeyOf, windowStart } from './windows.js';

/** What building a letter needs: a reader over the stories and the site's origin for links. */
export interface LetterDeps extends StoryReader {
  /** The site's public origin, no trailing slash: every link in a letter is absolute. */
  siteUrl: string;
}

/** Each list's composer: pure, from the window's composed stories to the letter's content. */
export const COMPOSERS: Readonly<
  Record<ListId, (stories: readonly ComposedStory[], ctx: ComposeContext) => LetterContent>
> = {
  briefing: composeBriefing,
  'good-news': composeGoodNews,
  blindspots: composeBlindspots,
};

/** Render composed content as a letter: HTML and text once, with the personal placeholders left in. */
export function renderLetter(content: LetterContent): RenderedLetter {
  return {
    list: content.list,
    issueKey: issueKeyOf(content.list, content.date),
    subject: content.subject,
    preheader: content.preheader,
    html: renderHtml(content),
    text: renderText(content),
    storyIds: content.items.map((i) => String(i.storyId)),
  };
}

/**
 * Compose and render one issue of `list` for the window ending at `at` (24 hours for the briefing,
 * seven days for the weekly letters). Reads the store; writes nothing.
 */
export async function buildLetter(deps: LetterDeps, list: ListId, at: Date): Promise<RenderedLetter> {
  const stories = await loadComposedStories(deps, windowStart(list, at), at);
  const content = COMPOSERS[list](stories, { at, siteUrl: deps.siteUrl.replace(/\/+$/, '') });
  return renderLetter(content);
}
