import type { Article, Outlet, OutletGenre, Ownership, Quote, Story } from '../domain/index.js';
import type { ClusterInput, StoryArticle } from './types.js';

/** A fixed instant the story tests count from. */
export const T0 = new Date('2025-03-10T08:00:00Z');

/** T0 plus `h` hours. */
export function hours(h: number): Date {
  return new Date(T0.getTime() + h * 3_600_000);
}

/** A cluster input with sensible defaults. */
export function input(
  id: number,
  title: string,
  text: string,
  extra: Partial<ClusterInput> = {},
): ClusterInput {
  return { id, outletId: id, published: hours(id), title, text, actorIds: [], ...extra };
}

/** A test outlet. */
export function outlet(
  id: number,
  name: string,
  country: string,
  ownership: Ownership,
  genre: OutletGenre,
): Outlet {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
  return {
    id,
    slug,
    name,
    domain: `${slug}.test`,
    country,
    language: 'en',
    ownership,
    genre,
    homepage: null,
    notes: null,
    fullText: false,
  };
}

/** A stored article with the fields the story stage reads. */
export function article(id: number, outletId: number, fields: Partial<Article> = {}): Article {
  return {
    id,
    outletId,
    feedId: null,
    url: `https://example.test/${id}`,
    guid: null,
    contentHash: `hash-${id}`,
    storyId: null,
    fetchedAt: hours(id),
    title: `Article ${id}`,
    standfirst: null,
    byline: null,
    published: hours(id),
    updated: null,
    language: 'en',
    canonicalUrl: null,
    siteName: null,
    section: null,
    tags: [],
    image: null,
    bodyText: '',
    bodyHtml: '',
    ...fields,
  };
}

/** A quote with the fields keyQuotes reads. */
export function quote(text: string, kind: Quote['kind'], speaker: string | null, start = 0): Quote {
  return {
    text,
    kind,
    speaker,
    speakerKind: speaker === null ? null : 'person',
    speakerActorId: null,
    affiliation: null,
    cue: 'said',
    start,
    end: start + text.length,
    source: null,
    cueSpan: null,
  };
}

/** An article of `o` as the story stage receives it. */
export function storyArticle(
  id: number,
  o: Outlet,
  fields: Partial<Article> = {},
  quotes: Quote[] = [],
): StoryArticle {
  return { article: article(id, o.id, fields), outlet: o, quotes };
}

/** A stored story of one article by one outlet, dated at the epoch. */
export function oneArticleStory(headline: string): Story {
  return {
    id: 1,
    headline,
    standfirst: null,
    firstPublished: new Date(0),
    lastPublished: new Date(0),
    articleCount: 1,
    outletCount: 1,
    relatedIds: [],
    updatedAt: new Date(0),
  };
}

/** Outlets of the hand-written grain-corridor story, one of each kind the labels distinguish. */
export const outlets = {
  herald: outlet(1, 'Huaxia Herald', 'CN', 'state', 'newspaper'),
  polar: outlet(2, 'Polar Star Today', 'RU', 'state-backed', 'broadcaster'),
  northbridge: outlet(3, 'Northbridge Broadcasting', 'GB', 'public', 'broadcaster'),
  meridian: outlet(4, 'Meridian Wire', 'FR', 'private', 'wire'),
  commerce: outlet(5, 'The Commerce Daily', 'US', 'private', 'business'),
  liberty: outlet(6, 'Liberty Network News', 'US', 'private', 'broadcaster'),
  eagle: outlet(7, 'Eagle Television', 'US', 'private', 'broadcaster'),
  openGround: outlet(8, 'The Open Ground', 'IN', 'independent', 'online'),
};

const EXTENDS = 'The agreement extends the Black Sea grain corridor for another 120 days.';
const SHIPS =
  'More than 400 ships have carried Ukrainian grain through the corridor since it opened last year.';
const VICTORY = '"This is a victory for diplomacy," the Turkish foreign minister said at a news conference.';
const REPORTED = 'The Turkish foreign minister said the talks had been difficult but productive.';

/** A story of eight articles from eight outlets about one grain deal, told in different ways. */
export function grainStory(): StoryArticle[] {
  const o = outlets;
  const reported = quote('the talks had been difficult but productive', 'reported', 'Mevlut Aydin');
  const victory = quote('This is a victory for diplomacy', 'direct', 'Mevlut Aydin');
  return [
    storyArticle(
      11,
      o.herald,
      {
        published: hours(1),
        title: 'Beijing welcomes renewal of grain deal as win for developing nations',
        bodyText: `China welcomed the renewal of the grain deal, saying food security for developing nations must come first. ${EXTENDS}\n\nThe foreign ministry urged all parties to keep shipping lanes open.`,
      },
      [quote('Food security must come first', 'direct', 'Wang Lei')],
    ),
    storyArticle(
      12,
      o.meridian,
      {
        published: hours(2),
        title: 'Black Sea grain corridor deal renewed after Istanbul talks',
        standfirst: 'Ukraine and Russia agree to keep grain ships moving for four more months.',
        bodyText: `Negotiators in Istanbul renewed the Black Sea grain deal on Tuesday after two days of talks mediated by Turkey and the United Nations. ${EXTENDS}\n\n${SHIPS}\n\n${VICTORY} ${REPORTED}`,
        image: {
          url: 'https://example.test/ship.jpg',
          caption: 'A grain ship in Istanbul',
          credit: 'Meridian',
        },
      },
      [victory, reported],
    ),
    storyArticle(
      13,
      o.commerce,
      {
        published: hours(3),
        title: 'Wheat futures fall as grain corridor deal is renewed',
        bodyText: `Wheat futures fell 3 percent in Chicago after negotiators in Istanbul renewed the Black Sea grain deal on Tuesday. ${EXTENDS}\n\n${SHIPS}\n\n${VICTORY}`,
      },
      [victory],
    ),
    storyArticle(
      14,
      o.northbridge,
      {
        published: hours(4),
        title: 'Grain deal renewed for four months after talks in Istanbul',
        bodyText: `Talks in Istanbul mediated by Turkey and the United Nations ended with the Black Sea grain deal renewed. The deal extends the Black Sea grain corridor by 120 days.\n\n${REPORTED}`,
      },
      [reported],
    ),
    storyArticle(
      15,
      o.polar,
      {
        published: hours(5),
        title: 'Moscow says grain deal terms still ignore Russian exports',
        bodyText: `Moscow agreed to renew the grain deal but said Western sanctions still block Russian fertiliser exports. ${SHIPS}`,
      },
      [
        quote('Our exports are still blocked', 'direct', 'Irina Volkova'),
        quote('the West must lift sanctions on fertiliser', 'reported', 'Irina Volkova'),
      ],
    ),
    storyArticle(
      16,
      o.liberty,
      {
        published: hours(6),
        title: 'Grain deal extended as Washington presses Moscow',
        bodyText: `The grain deal was extended on Tuesday in Istanbul. ${VICTORY}`,
      },
      [victory, victory],
    ),
    storyArticle(17, o.eagle, {
      published: hours(7),
      title: 'Deal keeps grain flowing from Ukraine',
      bodyText: 'Grain will keep flowing from Ukrainian ports after the deal was extended in Istanbul.',
    }),
    storyArticle(
      18,
      o.openGround,
      {
        published: hours(8),
        title: 'What the grain deal means for bread prices in India',
        bodyText: `Indian importers said the renewal would steady bread and flour prices this summer. ${EXTENDS}`,
      },
      [quote('importers expect steadier flour prices this summer', 'reported', null)],
    ),
  ];
}
