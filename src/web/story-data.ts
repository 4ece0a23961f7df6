import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import {
  type Blindspot,
  type ComposedStory,
  type CoverageSlice,
  type LeadImage,
  type Story,
  shownToReaders,
} from '../domain/index.js';
import type { ArticleDetail } from '../storage/index.js';
import {
  type ActorCountryOf,
  blindspotsOf,
  byCentrality,
  composeStory,
  coverageOf,
  findWireCopy,
  rankStories,
  type StoryArticle,
} from '../stories/index.js';
import { topActors } from './article.js';
import type { WebDeps } from './deps.js';

// Ranking looks at this many recent stories: enough that nothing prominent is missed.
const RANK_WINDOW = 100;
// Cards are composed a few stories at a time, letting other requests in between: reading and ranking
// the articles of 30 stories takes a hundred milliseconds or more, too long to hold the event loop.
const CARD_BATCH = 3;

function asStoryArticles(details: ArticleDetail[]): StoryArticle[] {
  return details.map((d) => ({ article: d, outlet: d.outlet, quotes: d.quotes, mentions: d.mentions }));
}

// Speakers looked up per composition: the voices of a story are a few dozen at most; a bound on reads.
const MAX_SPEAKER_LOOKUPS = 50;

/** Where the gazetteer places the speakers these articles quote ("person:…" → "RU"), read once. */
async function speakerCountries(deps: WebDeps, details: readonly ArticleDetail[]): Promise<ActorCountryOf> {
  const ids = new Set<string>();
  for (const d of details) {
    for (const q of d.quotes) {
      const id = q.speakerActorId;
      if (id && !id.startsWith('country:') && ids.size < MAX_SPEAKER_LOOKUPS) ids.add(id);
    }
  }
  const actors = await Promise.all([...ids].map((id) => deps.store.actors.get(id)));
  const countries = new Map(actors.flatMap((a) => (a?.country ? [[a.id, a.country] as const] : [])));
  return (id) => countries.get(id) ?? null;
}

/** The most prominent recent stories, best first, `offset`..`offset+limit`. */
export async function rankedStories(
  deps: WebDeps,
  page: { limit: number; offset: number },
): Promise<Story[]> {
  const recent = await deps.store.stories.list({
    limit: Math.max(RANK_WINDOW, page.offset + page.limit),
    offset: 0,
  });
  return rankStories(recent, deps.now()).slice(page.offset, page.offset + page.limit);
}

/** A story laid out for reading, plus its most mentioned actors; null when there is no such story. */
export async function loadComposedStory(
  deps: WebDeps,
  id: number,
): Promise<{ composed: ComposedStory; actors: { id: string; name: string }[] } | null> {
  const story = await deps.store.stories.get(id);
  if (!story) return null;
  const [details, related] = await Promise.all([
    deps.store.articles.listByStory(id),
    deps.store.stories.getMany(story.relatedIds),
  ]);
  const actorCountry = await speakerCountries(deps, details);
  await yieldToEventLoop();
  const composed = composeStory({
    story,
    articles: asStoryArticles(details),
    related: related.map((r) => ({ id: r.id, headline: r.headline, outletCount: r.outletCount })),
    countryAdjective: deps.labels.countryAdjective,
    countryName: deps.labels.countryName,
    actorCountry,
  });
  // Outlets name themselves in their own copy; as chips they would only repeat the perspectives.
  const mentions = details.flatMap((d) => d.mentions).filter((m) => m.kind !== 'outlet');
  return { composed: withShownQuotes(composed), actors: topActors(mentions, 12) };
}

/**
 * The story as readers see it: only the quotes the quotes module stands behind. Filtered after composing, so the
 * facts still leave out every quoted sentence, shown or not.
 */
function withShownQuotes(composed: ComposedStory): ComposedStory {
  return {
    ...composed,
    perspectives: composed.perspectives.map((p) => ({
      ...p,
      outlets: p.outlets.map((o) => ({ ...o, quotes: o.quotes.filter(shownToReaders) })),
    })),
  };
}

/** What a story card on the home page shows besides the stored story. */
export interface StoryCard {
  story: Story;
  outletNames: string[];
  byOwnership: CoverageSlice[];
  image: (LeadImage & { outletName: string }) | null;
  /** The latest publication date among its articles; null when none states one (never a fetch time). */
  lastDated: Date | null;
  /** Gaps in its coverage, flagged on the card. */
  blindspots: Blindspot[];
}

/** Card data for stories: outlets, coverage by ownership and the lead image of the most central article. */
export async function loadStoryCards(deps: WebDeps, stories: Story[]): Promise<StoryCard[]> {
  const cards: StoryCard[] = [];
  for (let i = 0; i < stories.length; i += CARD_BATCH) {
    if (i > 0) await yieldToEventLoop();
    const batch = stories.slice(i, i + CARD_BATCH);
    const byStory = await deps.store.articles.listByStories(batch.map((s) => s.id));
    const actorCountry = await speakerCountries(deps, [...byStory.values()].flat());
    for (const story of batch) cards.push(storyCard(deps, story, byStory.get(story.id) ?? [], actorCountry));
  }
  return cards;
}

function storyCard(
  deps: WebDeps,
  story: Story,
  details: ArticleDetail[],
  actorCountry: ActorCountryOf,
): StoryCard {
  const items = asStoryArticles(details);
  const withImage = byCentrality(items).find(({ article }) => article.image?.url);
  return {
    story,
    outletNames: [...new Set(items.map((i) => i.outlet.name))],
    // Counts of reporting, as on the story page: a wire text reprinted by four outlets counts once.
    byOwnership: coverageOf(items, deps.labels.countryName, findWireCopy(items).reprints).byOwnership,
    image: withImage?.article.image
      ? { ...withImage.article.image, outletName: withImage.outlet.name }
      : null,
    lastDated: latest(details.map((d) => d.published)),
    blindspots: blindspotsOf(items, deps.labels.countryName, actorCountry),
  };
}

/** The latest of some dates, ignoring unknown ones; null when none is known. */
export function latest(dates: (Date | null)[]): Date | null {
  let best: Date | null = null;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}

/** Each story's blindspots, read a few stories at a time so other requests get in between. */
export async function loadBlindspots(deps: WebDeps, stories: Story[]): Promise<Map<number, Blindspot[]>> {
  const flags = new Map<number, Blindspot[]>();
  for (let i = 0; i < stories.length; i += CARD_BATCH) {
    if (i > 0) await yieldToEventLoop();
    const batch = stories.slice(i, i + CARD_BATCH);
    const byStory = await deps.store.articles.listByStories(batch.map((s) => s.id));
    const actorCountry = await speakerCountries(deps, [...byStory.values()].flat());
    for (const story of batch) {
      const items = asStoryArticles(byStory.get(story.id) ?? []);
      flags.set(story.id, blindspotsOf(items, deps.labels.countryName, actorCountry));
    }
  }
  return flags;
}
