import type { ComposedStory } from '../domain/index.js';
import type { IssuedLetter, Store } from '../storage/index.js';
import { composeBlindspots } from './compose-blindspots.js';
import { composeBriefing } from './compose-briefing.js';
import { composeGoodNews } from './compose-good-news.js';
import type { ComposeContext, LetterContent } from './letter-content.js';
import { loadComposedStories, type StoryReader } from './load-stories.js';
import { renderHtml } from './render-html.js';
import { renderText } from './render-text.js';
import { LIST_IDS, type ListId, type RenderedLetter } from './types.js';
import { issueDate, issueKey, issueKeyOf, windowStart } from './windows.js';

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

/** What issuing a letter needs: building it, and the archive of issued letters. */
export interface IssueDeps extends LetterDeps {
  store: Pick<Store, 'stories' | 'articles' | 'letters'>;
}

/**
 * The issue of `list` for the day of `at`: the stored one when it was issued before (so a re-run, a
 * resumed send and the web archive all see the letter exactly as first rendered), else built now and
 * stored. Two processes issuing at once store one letter; both get that one back.
 */
export async function issueLetter(
  deps: IssueDeps,
  list: ListId,
  at: Date,
): Promise<{ letter: RenderedLetter; created: boolean }> {
  const stored = await deps.store.letters.get(issueKey(list, at));
  if (stored) return { letter: fromIssued(stored), created: false };
  const letter = await buildLetter(deps, list, at);
  const { letter: kept, created } = await deps.store.letters.issue({ ...letter, date: issueDate(at) }, at);
  return { letter: fromIssued(kept), created };
}

/** A stored issue as a RenderedLetter; a row naming a list this version does not know is a bug upstream. */
export function fromIssued(stored: IssuedLetter): RenderedLetter {
  const list = LIST_IDS.find((l) => l === stored.list);
  if (!list) throw new Error(`issued letter ${stored.issueKey} names an unknown list "${stored.list}"`);
  return {
    list,
    issueKey: stored.issueKey,
    subject: stored.subject,
    preheader: stored.preheader,
    html: stored.html,
    text: stored.text,
    storyIds: stored.storyIds,
  };
}
