import type { ComposedStory, Ownership } from '../domain/index.js';
import { activeOutletKinds, kindsInWords, kindsThatIgnored } from './ignored-by.js';
import { byBreadth } from './compose-briefing.js';
import type { ComposeContext, LetterContent } from './letter-content.js';
import { letterItem } from './letter-items.js';
import { LIST_INFO } from './lists.js';
import { issueDate } from './windows.js';

/** How many stories the weekly blindspots letter carries at most. */
export const BLINDSPOTS_SIZE = 6;

/** What a story's line in the letter says: the story's own flags, then the kinds of outlet that ignored it. */
function blindLines(story: ComposedStory, ignoredBy: readonly Ownership[]): string[] {
  const lines = story.blindspots.map((b) => `${b.text}.`);
  if (ignoredBy.length > 0) lines.push(`Not covered by ${kindsInWords(ignoredBy)}.`);
  return lines;
}

/** The weekly blindspots: widely covered stories that one kind of outlet left out entirely. */
export function composeBlindspots(stories: readonly ComposedStory[], ctx: ComposeContext): LetterContent {
  const date = issueDate(ctx.at);
  const active = activeOutletKinds(stories);
  const items = stories
    .map((s) => ({ s, lines: blindLines(s, kindsThatIgnored(s, active)) }))
    .filter((x) => x.lines.length > 0)
    .sort((a, b) => byBreadth(a.s, b.s))
    .slice(0, BLINDSPOTS_SIZE)
    .map(({ s, lines }) => letterItem(s, ctx.siteUrl, lines.join(' ')));
  const lead = items[0]?.headline;
  return {
    list: 'blindspots',
    date,
    title: LIST_INFO.blindspots.title,
    subject: lead ? `Blindspots this week: ${lead}` : `Blindspots this week, ${date}`,
    preheader: lead
      ? `${items.length} ${items.length === 1 ? 'story' : 'stories'} one kind of outlet left out.`
      : 'Every kind of outlet covered the week’s main stories.',
    intro:
      'Stories from the past seven days that one kind of outlet left out, that only state media covered, that no outlet from the country where they happened reported, or where only one side was quoted.',
    items,
    empty: 'This week every kind of outlet covered each of the widely reported stories.',
    siteUrl: ctx.siteUrl,
    webUrl: `${ctx.siteUrl}/letters/blindspots/${date}`,
  };
}
