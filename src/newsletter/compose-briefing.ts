import type { ComposedStory } from '../domain/index.js';
import type { ComposeContext, LetterContent } from './letter-content.js';
import { letterItem } from './letter-items.js';
import { LIST_INFO } from './lists.js';
import { issueDate } from './windows.js';

/** How many stories a morning briefing carries. */
export const BRIEFING_SIZE = 8;

/**
 * Most widely covered first: outlets, then perspective groups (one story seen from four kinds of
 * newsroom outranks one seen from one), then articles, then the latest.
 */
export function byBreadth(a: ComposedStory, b: ComposedStory): number {
  return (
    b.story.outletCount - a.story.outletCount ||
    b.perspectives.length - a.perspectives.length ||
    b.story.articleCount - a.story.articleCount ||
    b.story.lastPublished.getTime() - a.story.lastPublished.getTime() ||
    a.story.id - b.story.id
  );
}

/** The morning briefing: the day's most widely covered stories, facts first, then how each side told them. */
export function composeBriefing(stories: readonly ComposedStory[], ctx: ComposeContext): LetterContent {
  const date = issueDate(ctx.at);
  const picked = [...stories].sort(byBreadth).slice(0, BRIEFING_SIZE);
  const items = picked.map((s) => letterItem(s, ctx.siteUrl));
  const lead = items[0]?.headline;
  return {
    list: 'briefing',
    date,
    title: LIST_INFO.briefing.title,
    subject: lead ? `Morning briefing: ${lead}` : `Morning briefing, ${date}`,
    preheader: lead
      ? `${items.length} ${items.length === 1 ? 'story' : 'stories'}, the facts and how each side covered them.`
      : 'A quiet day: no story was widely covered in the last 24 hours.',
    intro:
      'The most widely covered stories of the last 24 hours: what outlets agree on, then how each kind of outlet told it.',
    items,
    empty: 'No story was covered by our outlets in the last 24 hours.',
    siteUrl: ctx.siteUrl,
    webUrl: `${ctx.siteUrl}/letters/briefing/${date}`,
  };
}
