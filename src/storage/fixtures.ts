/**
 * Plausible outlets and articles for tests, kept free of the test runner so that helper processes a
 * test spawns (race-writer.ts) can build the same rows.
 */
import type { NewArticle, NewOutlet, Quote } from '../domain/index.js';
import type { StoryUpsert } from './types.js';

/** A plausible outlet, unique by slug. */
export function outletFixture(slug: string, over: Partial<NewOutlet> = {}): NewOutlet {
  return {
    slug,
    name: `The ${slug} Times`,
    domain: `${slug}.example`,
    country: 'GB',
    language: 'en',
    ownership: 'private',
    genre: 'newspaper',
    homepage: `https://${slug}.example/`,
    notes: null,
    ...over,
  };
}

/** A plausible article with no quotes or mentions; override what a test cares about. */
export function articleFixture(outletId: number, key: string, over: Partial<NewArticle> = {}): NewArticle {
  return {
    outletId,
    feedId: null,
    url: `https://news.example/${key}`,
    guid: null,
    contentHash: `hash-${key}`,
    fetchedAt: new Date('2024-05-01T12:00:00.000Z'),
    mentions: [],
    quotes: [],
    title: `Headline ${key}`,
    standfirst: null,
    byline: null,
    published: new Date('2024-05-01T10:00:00.000Z'),
    updated: null,
    language: 'en',
    canonicalUrl: null,
    siteName: null,
    section: null,
    tags: [],
    image: null,
    bodyText: `Body of article ${key}.`,
    bodyHtml: `<p>Body of article ${key}.</p>`,
    ...over,
  };
}

/** A direct quote with a named speaker, shown to readers unless `over` says otherwise. */
export function quoteFixture(text: string, speaker: string, over: Partial<Quote> = {}): Quote {
  return {
    text,
    kind: 'direct',
    speaker,
    speakerKind: 'person',
    speakerActorId: null,
    affiliation: null,
    cue: 'said',
    start: 0,
    end: text.length,
    source: null,
    cueSpan: null,
    confidence: 0.95,
    shown: true,
    ...over,
  };
}

/** A day of May 2024 at midnight UTC, the dates story fixtures use. */
export const fixtureDay = (d: number) => new Date(Date.UTC(2024, 4, d));

/** A story to upsert (new when `id` is null) holding `articleIds`, with plain values unless `over` sets them. */
export function storyUpsertFixture(
  id: number | null,
  articleIds: number[],
  over: Partial<StoryUpsert> = {},
): StoryUpsert {
  return {
    id,
    headline: `Story of ${articleIds.join('+')}`,
    standfirst: null,
    firstPublished: fixtureDay(1),
    lastPublished: fixtureDay(2),
    articleCount: articleIds.length,
    outletCount: 1,
    relatedIds: [],
    articleIds,
    ...over,
  };
}
