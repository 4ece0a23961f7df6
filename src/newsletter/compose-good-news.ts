import type { ComposedStory } from '../domain/index.js';
import { byBreadth } from './compose-briefing.js';
import type { ComposeContext, LetterContent } from './letter-content.js';
import { letterItem } from './letter-items.js';
import { LIST_INFO } from './lists.js';
import { isGoodNewsStory } from './tone.js';
import { issueDate } from './windows.js';

/** How many stories the weekly good-news letter carries at most. */
export const GOOD_NEWS_SIZE = 6;

/** Whether a composed story is good news, by its headline, standfirst and every article's title. */
export function isGoodNews(story: ComposedStory): boolean {
  return isGoodNewsStory({
    headline: story.headline,
    standfirst: story.standfirst,
    articleHeadlines: story.timeline.map((t) => t.title),
  });
}

/** The weekly good news: the week's stories whose coverage is upbeat and not about conflict, disaster or death. */
export function composeGoodNews(stories: readonly ComposedStory[], ctx: ComposeContext): LetterContent {
  const date = issueDate(ctx.at);
  const items = stories
    .filter(isGoodNews)
    .sort(byBreadth)
    .slice(0, GOOD_NEWS_SIZE)
    .map((s) => letterItem(s, ctx.siteUrl));
  const lead = items[0]?.headline;
  return {
    list: 'good-news',
    date,
    title: LIST_INFO['good-news'].title,
    subject: lead ? `Good news this week: ${lead}` : `Good news this week, ${date}`,
    preheader: lead
      ? `${items.length} upbeat ${items.length === 1 ? 'story' : 'stories'} from the week, with how outlets covered them.`
      : 'No upbeat story stood out this week.',
    intro:
      'Stories from the past seven days that outlets covered in a positive tone, with no conflict, disaster or death in them.',
    items,
    empty: 'No story this week was both upbeat and free of conflict, disaster or death.',
    siteUrl: ctx.siteUrl,
    webUrl: `${ctx.siteUrl}/letters/good-news/${date}`,
  };
}
