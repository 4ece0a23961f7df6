import type { Feed } from '../domain/index.js';
import { parseFeedBytes } from '../feeds/index.js';
import type { PipelineContext } from './context.js';
import { fetchWithPolicy } from './fetch.js';

/** What one fetch of a followed feed showed, for `sources check`. */
export interface SourceCheck {
  feedId: number;
  url: string;
  outlet: string | null;
  /** "ok", or one line saying what failed (an HTTP status, a refused address, a parse error). */
  status: string;
  ok: boolean;
  items: number | null;
  /** The newest item's publication (or update) time, when any item carries one. */
  lastItem: Date | null;
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, */*';

/**
 * Fetch every followed feed once, unconditionally, and report status, item count and the newest
 * item. Read-only: validators, failures and back-off stay as the worker left them, so a check never
 * changes what the next ingest does. A few feeds at a time; per-host politeness applies as always.
 */
export async function checkSources(
  ctx: PipelineContext,
  opts: { concurrency?: number; onChecked?: (c: SourceCheck, done: number, total: number) => void } = {},
): Promise<SourceCheck[]> {
  const feeds = await ctx.store.feeds.list();
  const outletNames = new Map((await ctx.store.outlets.list()).map((o) => [o.id, o.name]));
  const results: SourceCheck[] = new Array(feeds.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < feeds.length) {
      const index = next++;
      const feed = feeds[index]!;
      const checked = await checkFeed(
        ctx,
        feed,
        feed.outletId === null ? null : (outletNames.get(feed.outletId) ?? null),
      );
      results[index] = checked;
      opts.onChecked?.(checked, ++done, feeds.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, worker));
  return results;
}

async function checkFeed(ctx: PipelineContext, feed: Feed, outlet: string | null): Promise<SourceCheck> {
  const base = { feedId: feed.id, url: feed.url, outlet };
  const res = await fetchWithPolicy(ctx, feed.url, {}, FEED_ACCEPT);
  if (!res.ok) return { ...base, status: res.message, ok: false, items: null, lastItem: null };
  if (res.status !== 200) {
    return { ...base, status: `answered ${res.status}`, ok: false, items: null, lastItem: null };
  }
  const parsed = parseFeedBytes(res.body, {
    url: res.url,
    charset: res.charset,
    contentType: res.contentType,
  });
  if (!parsed.ok)
    return { ...base, status: `not a feed: ${parsed.error}`, ok: false, items: null, lastItem: null };
  const times = parsed.value.entries
    .map((e) => (e.published ?? e.updated)?.getTime())
    .filter((t): t is number => t !== undefined && Number.isFinite(t));
  return {
    ...base,
    status: 'ok',
    ok: true,
    items: parsed.value.entries.length,
    lastItem: times.length > 0 ? new Date(Math.max(...times)) : null,
  };
}
