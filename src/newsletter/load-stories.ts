import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ComposedStory } from '../domain/index.js';
import type { ArticleDetail, Store } from '../storage/index.js';
import { composeStory } from '../stories/index.js';

/** Country wording from the caller's gazetteer ("CN" → "Chinese" / "China"). */
export interface CountryLabels {
  countryAdjective(code: string): string;
  countryName(code: string): string;
}

/** What reading a letter's stories needs: the store (stories and articles only) and country wording. */
export interface StoryReader {
  store: Pick<Store, 'stories' | 'articles'>;
  labels: CountryLabels;
}

// Enough for a week of a large newsroom; a letter shows a handful.
const MAX_STORIES = 500;
const BATCH = 20;

/**
 * The stories with coverage in [since, until], each composed from its articles published by `until`
 * (so a letter for a past date shows what was known then), newest first.
 */
export async function loadComposedStories(
  deps: StoryReader,
  since: Date,
  until: Date,
): Promise<ComposedStory[]> {
  const stories = (await deps.store.stories.list({ limit: MAX_STORIES, offset: 0, since })).filter(
    (s) => s.firstPublished <= until,
  );
  const out: ComposedStory[] = [];
  for (let i = 0; i < stories.length; i += BATCH) {
    if (i > 0) await yieldToEventLoop();
    const batch = stories.slice(i, i + BATCH);
    const byStory = await deps.store.articles.listByStories(batch.map((s) => s.id));
    for (const story of batch) {
      const details = (byStory.get(story.id) ?? []).filter((d) => dated(d) <= until.getTime());
      if (details.length === 0) continue;
      const outlets = new Set(details.map((d) => d.outletId));
      const composed = composeStory({
        story: { ...story, articleCount: details.length, outletCount: outlets.size },
        articles: details.map((d) => ({ article: d, outlet: d.outlet, quotes: d.quotes })),
        related: [],
        countryAdjective: deps.labels.countryAdjective,
        countryName: deps.labels.countryName,
      });
      out.push(composed);
    }
  }
  return out;
}

function dated(d: ArticleDetail): number {
  return (d.published ?? d.fetchedAt).getTime();
}
