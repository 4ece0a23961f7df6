import type { PipelineContext } from './context.js';
import { type FeedReport, ingestFeed } from './ingest-feed.js';
import { type ReclusterReport, recluster } from './recluster.js';

/** The result of one pass over the due feeds. */
export interface PassReport {
  feeds: FeedReport[];
  stored: number;
  clustering: ReclusterReport | null;
}

/**
 * One pass: every due feed (or every feed, with `all`), a few at a time, then one re-clustering if
 * anything new arrived. A failing feed is recorded and the pass goes on.
 */
export async function ingestDueFeeds(
  ctx: PipelineContext,
  opts: {
    all?: boolean;
    concurrency?: number;
    onFeedDone?: (r: FeedReport, done: number, total: number) => void;
  } = {},
): Promise<PassReport> {
  const feeds = opts.all ? await ctx.store.feeds.list() : await ctx.store.feeds.due(ctx.now(), 10_000);
  const reports: FeedReport[] = [];
  let next = 0;
  const worker = async () => {
    while (next < feeds.length) {
      const feed = feeds[next++]!;
      const outlet = feed.outletId === null ? null : await ctx.store.outlets.get(feed.outletId);
      const report = outlet
        ? await ingestFeed(ctx, feed, outlet)
        : ({
            feedId: feed.id,
            url: feed.url,
            status: 'failed',
            error: 'feed has no outlet',
            stored: 0,
            duplicates: 0,
            skipped: [],
            givenUp: 0,
          } satisfies FeedReport);
      reports.push(report);
      opts.onFeedDone?.(report, reports.length, feeds.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, worker));
  const stored = reports.reduce((n, r) => n + r.stored, 0);
  const clustering = stored > 0 ? await recluster(ctx) : null;
  return { feeds: reports, stored, clustering };
}
