import type { ClusteringArticle, StoryUpsert } from '../storage/index.js';
import {
  assignStoryIds,
  chooseHeadline,
  clusterArticles,
  redirectHomes,
  relatedStories,
} from '../stories/index.js';
import type { Cluster, StoryArticle } from '../stories/index.js';
import { hoursBefore } from '../lib/index.js';
import { type PipelineContext, timed } from './context.js';

/** How far back re-clustering looks; older stories keep the shape they had. */
export const CLUSTER_WINDOW_HOURS = 14 * 24;

/** What one re-clustering pass did. */
export interface ReclusterReport {
  articles: number;
  stories: number;
}

/** How to re-cluster; the defaults are what the worker runs. */
export interface ReclusterOptions {
  /** Replaces the clusterer, e.g. to store a generated newsroom's known stories in a benchmark. */
  group?: (articles: ClusteringArticle[]) => Cluster[];
}

/**
 * Group the recent articles into stories again, keeping story ids stable, and store the result in one
 * transaction: headline and standfirst from the most central article, related stories by similarity.
 */
export async function recluster(ctx: PipelineContext, opts: ReclusterOptions = {}): Promise<ReclusterReport> {
  return timed(ctx, 'cluster', async () => {
    const since = hoursBefore(ctx.now(), CLUSTER_WINDOW_HOURS);
    const rows = await ctx.store.articles.listForClustering(since);
    // Dates later than now (a wrong feed date) are read as now, so they cannot close every open story.
    const clusters = opts.group ? opts.group(rows) : clusterArticles(rows, { now: ctx.now() });
    const previous = groupPrevious(rows);
    const ids = assignStoryIds(clusters, previous);
    // A story merged into another (its id kept by none) sends its readers to where its articles went.
    const redirectsTo = new Map<number, number[]>();
    for (const [from, cluster] of redirectHomes(clusters, previous, ids)) {
      redirectsTo.set(cluster, [...(redirectsTo.get(cluster) ?? []), from]);
    }
    const byId = new Map(rows.map((r) => [r.id, r]));

    const upserts: StoryUpsert[] = [];
    for (const { clusterIndex, storyId } of ids) {
      const cluster = clusters[clusterIndex]!;
      const members = await loadStoryArticles(ctx, cluster.articleIds);
      const { headline, standfirst } = chooseHeadline(members);
      upserts.push({
        id: storyId,
        headline,
        standfirst,
        firstPublished: cluster.firstPublished,
        lastPublished: cluster.lastPublished,
        articleCount: cluster.articleIds.length,
        outletCount: new Set(cluster.articleIds.map((id) => byId.get(id)!.outletId)).size,
        relatedIds: [],
        articleIds: cluster.articleIds,
        redirectFrom: redirectsTo.get(clusterIndex) ?? [],
      });
    }
    const storyIds = await ctx.store.stories.applyClustering(upserts);
    await linkRelated(ctx, upserts, storyIds, byId);
    return { articles: rows.length, stories: storyIds.length };
  });
}

function groupPrevious(
  rows: { id: number; storyId: number | null }[],
): { storyId: number; articleIds: number[] }[] {
  const groups = new Map<number, number[]>();
  for (const r of rows) {
    if (r.storyId === null) continue;
    const list = groups.get(r.storyId) ?? [];
    list.push(r.id);
    groups.set(r.storyId, list);
  }
  return [...groups].map(([storyId, articleIds]) => ({ storyId, articleIds }));
}

async function loadStoryArticles(ctx: PipelineContext, ids: number[]): Promise<StoryArticle[]> {
  const details = await ctx.store.articles.getMany(ids);
  return details.map(({ outlet, quotes, mentions: _mentions, ...article }) => ({ article, outlet, quotes }));
}

/** Related stories need the final ids, so they are linked in a second, cheap write. */
async function linkRelated(
  ctx: PipelineContext,
  upserts: StoryUpsert[],
  storyIds: number[],
  byId: Map<number, { title: string; text: string; actorIds: string[] }>,
): Promise<void> {
  const inputs = upserts.map((u, i) => {
    const members = u.articleIds.map((id) => byId.get(id)!);
    return {
      key: storyIds[i]!,
      text: members.map((m) => m.title).join('\n'),
      actorIds: [...new Set(members.flatMap((m) => m.actorIds))],
    };
  });
  const related = relatedStories(inputs);
  await ctx.store.stories.setRelated([...related].map(([storyId, relatedIds]) => ({ storyId, relatedIds })));
}
