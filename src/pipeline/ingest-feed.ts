import type { ExtractedArticle, Feed, FeedEntry, Outlet } from '../domain/index.js';
import { extractHtml } from '../extract/index.js';
import { parseFeedBytes } from '../feeds/index.js';
import { addMinutes, normalizeUrl } from '../lib/index.js';
import { decodeBody } from '../net/index.js';
import { type PipelineContext, timed } from './context.js';
import { type EntryFailure, entryKey, MAX_ENTRY_ATTEMPTS, pageFailure } from './entry-failures.js';
import { fetchWithPolicy } from './fetch.js';
import { type StoreOutcome, analyseAndStore } from './store-article.js';

/** What one pass over one feed did. */
export interface FeedReport {
  feedId: number;
  url: string;
  status: 'ok' | 'not-modified' | 'failed';
  /** One clear line when the feed itself failed. */
  error: string | null;
  stored: number;
  duplicates: number;
  /**
   * Entries that could not be fetched or read this time, with the reason; the rest of the feed still
   * counts. A permanent one is not tried again; the others are, on the next polls.
   */
  skipped: { url: string; reason: string; permanent: boolean }[];
  /** Entries given up on at an earlier poll, and so not fetched again. */
  givenUp: number;
}

const MAX_BACKOFF_MINUTES = 24 * 60;

/** Fetch a feed, then each new entry's page, extract, analyse and store it. Never throws for bad input. */
export async function ingestFeed(ctx: PipelineContext, feed: Feed, outlet: Outlet): Promise<FeedReport> {
  const report: FeedReport = {
    feedId: feed.id,
    url: feed.url,
    status: 'ok',
    error: null,
    stored: 0,
    duplicates: 0,
    skipped: [],
    givenUp: 0,
  };
  const checkedAt = ctx.now();
  const fetched = await timed(ctx, 'fetch-feed', () =>
    fetchWithPolicy(
      ctx,
      feed.url,
      feed,
      'application/rss+xml, application/atom+xml, application/feed+json, */*',
    ),
  );
  if (!fetched.ok) return failFeed(ctx, feed, report, `fetch failed: ${fetched.message}`, checkedAt);
  if (fetched.status === 304) {
    await ctx.store.feeds.recordNotModified(feed.id, {
      checkedAt,
      nextCheckAt: nextCheck(ctx, checkedAt, 0),
    });
    return { ...report, status: 'not-modified' };
  }
  const parsed = await timed(ctx, 'parse-feed', () =>
    parseFeedBytes(fetched.body, {
      url: fetched.url,
      charset: fetched.charset,
      contentType: fetched.contentType,
    }),
  );
  if (!parsed.ok) return failFeed(ctx, feed, report, `not a feed: ${parsed.error}`, checkedAt);

  const { retryPending } = await ingestEntries(ctx, feed, outlet, parsed.value.entries, report, checkedAt);
  for (const s of report.skipped) {
    ctx.log.warn(
      { feed: feed.url, url: s.url },
      `entry skipped${s.permanent ? ' for good' : ', to retry'}: ${s.reason}`,
    );
  }
  // The validators are saved only when no entry of this response waits for another try: saved
  // otherwise, the next poll would get 304 and that entry would never be tried again.
  const polled = { title: parsed.value.title, checkedAt, nextCheckAt: nextCheck(ctx, checkedAt, 0) };
  if (retryPending) await ctx.store.feeds.recordPolled(feed.id, polled);
  else
    await ctx.store.feeds.recordSuccess(feed.id, {
      ...polled,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
    });
  return report;
}

/**
 * Each entry in turn, counted into `report`. An entry that failed is recorded on the feed (see
 * entry-failures.ts); one given up on at an earlier poll is not fetched again.
 */
async function ingestEntries(
  ctx: PipelineContext,
  feed: Feed,
  outlet: Outlet,
  entries: FeedEntry[],
  report: FeedReport,
  checkedAt: Date,
): Promise<{ retryPending: boolean }> {
  const skips = await ctx.store.feeds.entrySkips(feed.id);
  let retryPending = false;
  for (const entry of entries) {
    const key = entryKey(entry);
    const before = key === null ? undefined : skips.get(key);
    if (before?.permanent) {
      report.givenUp++;
      continue;
    }
    const outcome = await ingestEntry(ctx, feed, outlet, entry);
    if (outcome.status === 'stored' || outcome.status === 'duplicate') {
      if (outcome.status === 'stored') report.stored++;
      else report.duplicates++;
      if (before && key !== null) await ctx.store.feeds.clearEntrySkip(feed.id, key);
      continue;
    }
    const url = entry.url ?? entry.guid ?? '(no link)';
    // An entry with neither GUID nor link cannot be recognised next time, nor fetched: skipped for good.
    const skip =
      key === null
        ? { permanent: true }
        : await ctx.store.feeds.recordEntrySkip(feed.id, {
            key,
            url: entry.url,
            reason: outcome.reason,
            permanent: outcome.permanent,
            maxAttempts: MAX_ENTRY_ATTEMPTS,
            at: checkedAt,
          });
    if (!skip.permanent) retryPending = true;
    report.skipped.push({ url, reason: outcome.reason, permanent: skip.permanent });
  }
  return { retryPending };
}

async function ingestEntry(
  ctx: PipelineContext,
  feed: Feed,
  outlet: Outlet,
  entry: FeedEntry,
): Promise<Exclude<StoreOutcome, { status: 'empty' }> | EntryFailure> {
  if (!entry.url) return { status: 'failed', reason: 'entry has no link', permanent: true };
  // Skip the page fetch entirely when the GUID or URL is already stored: most polls see only old entries.
  const known = await ctx.store.articles.findDuplicate({
    outletId: outlet.id,
    feedId: feed.id,
    guid: entry.guid,
    url: normalizeUrl(entry.url) ?? entry.url,
    canonicalUrl: null,
    contentHash: null,
  });
  if (known) return { status: 'duplicate', ...known };
  const page = await timed(ctx, 'fetch-page', () => fetchWithPolicy(ctx, entry.url!, {}, 'text/html, */*'));
  let extracted: ExtractedArticle | null = null;
  if (page.ok && page.status === 200) {
    const html = decodeBody(page.body, page.charset, page.contentType);
    extracted = await timed(ctx, 'extract', () => extractHtml(html, { url: page.url }));
  } else if (entry.contentHtml) {
    // The page is out of reach but the feed carries the full text: use that rather than lose the article.
    const html = entry.contentHtml;
    extracted = await timed(ctx, 'extract', () => extractHtml(html, { url: entry.url! }));
  } else {
    return pageFailure(page);
  }
  const article = withFeedFallback(extracted, entry);
  const stored = await analyseAndStore(ctx, article, {
    outlet,
    feedId: feed.id,
    url: entry.url,
    guid: entry.guid,
  });
  // A page without article text will not grow one: not worth fetching again.
  return stored.status === 'empty' ? { status: 'failed', reason: stored.reason, permanent: true } : stored;
}

/** Fill what the page did not give from the feed entry. */
function withFeedFallback(base: ExtractedArticle, entry: FeedEntry): ExtractedArticle {
  return {
    ...base,
    title: base.title ?? entry.title,
    standfirst: base.standfirst ?? entry.summary,
    byline: base.byline ?? (entry.authors.length ? entry.authors.join(', ') : null),
    published: base.published ?? entry.published,
    updated: base.updated ?? entry.updated,
    tags: base.tags.length ? base.tags : entry.categories,
    image: base.image ?? (entry.imageUrl ? { url: entry.imageUrl, caption: null, credit: null } : null),
  };
}

async function failFeed(
  ctx: PipelineContext,
  feed: Feed,
  report: FeedReport,
  error: string,
  checkedAt: Date,
): Promise<FeedReport> {
  ctx.log.warn({ feed: feed.url }, error);
  await ctx.store.feeds.recordFailure(feed.id, {
    error,
    checkedAt,
    nextCheckAt: nextCheck(ctx, checkedAt, feed.failures + 1),
  });
  return { ...report, status: 'failed', error };
}

/** Poll again after the configured interval, doubling it for each consecutive failure up to a day. */
function nextCheck(ctx: PipelineContext, from: Date, failures: number): Date {
  const minutes = Math.min(ctx.config.feedIntervalMinutes * 2 ** failures, MAX_BACKOFF_MINUTES);
  return addMinutes(from, minutes);
}
