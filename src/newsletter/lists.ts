import type { ListId } from './types.js';

/** How each list presents itself to readers: on the archive page and on sign-up forms. */
export const LIST_INFO: Readonly<Record<ListId, { title: string; cadence: string; description: string }>> = {
  briefing: {
    title: 'Morning briefing',
    cadence: 'daily',
    description:
      'The day’s most widely covered stories: the facts outlets agree on, then one line on how each side told it.',
  },
  'good-news': {
    title: 'The week’s good news',
    cadence: 'weekly',
    description:
      'Stories from the week that outlets covered in a positive tone, with no conflict, disaster or death in them.',
  },
  blindspots: {
    title: 'Blindspots',
    cadence: 'weekly',
    description:
      'Widely covered stories that one kind of outlet (state, public, private or independent) left out.',
  },
};
