import type { ComposedStory } from '../domain/index.js';
import { activeOutletKinds, blindspotsOf, kindsInWords } from './blindspots.js';
import { byBreadth } from './compose-briefing.js';
import type { ComposeContext, LetterContent } from './letter-content.js';
import { letterItem } from './letter-items.js';
import { LIST_INFO } from './lists.js';
import { issueDate } from './windows.js';

/** How many stories the weekly blindspots letter carries at most. */
export const BLINDSPOTS_SIZE = 6;

/** The weekly blindspots: widely covered stories that one kind of outlet left out entirely. */
export function composeBlindspots(stories: readonly ComposedStory[], ctx: ComposeContext): LetterContent {
  const date = issueDate(ctx.at);
  const active = activeOutletKinds(stories);
  const items = stories
    .map((s) => ({ s, blind: blindspotsOf(s, active) }))
    .filter((x) => x.blind.length > 0)
    .sort((a, b) => byBreadth(a.s, b.s))
    .slice(0, BLINDSPOTS_SIZE)
    .map(({ s, blind }) => letterItem(s, ctx.siteUrl, `Not covered by ${kindsInWords(blind)}.`));
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
      'Stories from the past seven days that several outlets covered and one kind of outlet did not mention at all.',
    items,
    empty: 'This week every kind of outlet covered each of the widely reported stories.',
    siteUrl: ctx.siteUrl,
    webUrl: `${ctx.siteUrl}/letters/blindspots/${date}`,
  };
}
