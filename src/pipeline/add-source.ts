import type { Feed, Outlet } from '../domain/index.js';
import { discoverFeeds, parseFeedBytes } from '../feeds/index.js';
import { hostOf } from '../lib/index.js';
import { decodeBody } from '../net/index.js';
import type { PipelineContext } from './context.js';
import { fetchWithPolicy } from './fetch.js';
import { type OutletDetails, outletForHost } from './new-outlet.js';

/** A feed subscribed, with the outlet it belongs to. */
export interface AddedSource {
  feed: Feed;
  outlet: Outlet;
  /** The URL given, when it was a page whose feed was discovered. */
  discoveredFrom: string | null;
}

/**
 * Subscribe to a feed: fetch it once to prove it parses (or discover the feed of a web page), and
 * file it under the outlet already known for its host (updated with any details given) or a new one.
 */
export async function addSource(
  ctx: PipelineContext,
  url: string,
  details: OutletDetails = {},
): Promise<{ ok: true; value: AddedSource } | { ok: false; error: string }> {
  const checked = await checkFeed(ctx, url);
  if (!checked.ok) return checked;
  const { feedUrl, title, discoveredFrom } = checked;
  const host = hostOf(feedUrl) ?? 'unknown';
  const known = await ctx.store.outlets.findByDomain(host);
  const given = Object.values(details).some((v) => v !== undefined);
  const owner =
    known && !given
      ? known
      : await ctx.store.outlets.upsert(
          known
            ? { ...known, ...definedOnly(details) }
            : outletForHost(
                host,
                { name: title ?? undefined, homepage: new URL(feedUrl).origin, ...definedOnly(details) },
                'Added from a feed; country and ownership not yet set.',
              ),
        );
  const feed = await ctx.store.feeds.add(feedUrl, owner.id);
  return { ok: true, value: { feed, outlet: owner, discoveredFrom } };
}

function definedOnly(details: OutletDetails): OutletDetails {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
}

async function checkFeed(
  ctx: PipelineContext,
  url: string,
  depth = 0,
): Promise<{ ok: true; feedUrl: string; title: string | null; discoveredFrom: string | null } | { ok: false; error: string }> {
  const res = await fetchWithPolicy(ctx, url);
  if (!res.ok) return { ok: false, error: `${url}: ${res.message}` };
  if (res.status === 304) return { ok: false, error: `${url}: unexpected 304 Not Modified` };
  const parsed = parseFeedBytes(res.body, { url: res.url, charset: res.charset, contentType: res.contentType });
  if (parsed.ok) return { ok: true, feedUrl: res.url, title: parsed.value.title, discoveredFrom: null };
  const discovered =
    depth === 0 ? discoverFeeds(decodeBody(res.body, res.charset, res.contentType), res.url)[0] : undefined;
  if (!discovered) return { ok: false, error: `${url}: not a feed (${parsed.error}) and no feed link found on it` };
  const inner = await checkFeed(ctx, discovered, depth + 1);
  return inner.ok ? { ...inner, discoveredFrom: url } : inner;
}
