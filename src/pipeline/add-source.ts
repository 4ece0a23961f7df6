import type { Feed, Outlet } from '../domain/index.js';
import { discoverFeeds, parseFeedBytes } from '../feeds/index.js';
import { decodeBody } from '../net/index.js';
import type { PipelineContext } from './context.js';
import { fetchWithPolicy } from './fetch.js';
import type { OutletDetails } from './new-outlet.js';
import { outletForFeed } from './source-outlet.js';

/** A feed subscribed, with the outlet it belongs to. */
export interface AddedSource {
  feed: Feed;
  outlet: Outlet;
  /** The URL given, when it was a page whose feed was discovered. */
  discoveredFrom: string | null;
}

/** Why a feed was not added: it could not be read as a feed, or its outlet details were refused. */
export type AddSourceError = { kind: 'unreadable' | 'conflict' | 'no-outlet'; error: string };

/**
 * Subscribe to a feed: fetch it once to prove it parses (or discover the feed of a web page), and
 * file it under its outlet (see outletForFeed): details that contradict the outlet are refused.
 */
export async function addSource(
  ctx: PipelineContext,
  url: string,
  details: OutletDetails = {},
  opts: { outletSlug?: string } = {},
): Promise<{ ok: true; value: AddedSource } | ({ ok: false } & AddSourceError)> {
  const checked = await checkFeed(ctx, url);
  if (!checked.ok) return { ok: false, kind: 'unreadable', error: checked.error };
  const { feedUrl, title, discoveredFrom } = checked;
  // A feed already followed keeps its outlet: on a shared host the host alone cannot say which it is.
  const existing = await ctx.store.feeds.getByUrl(feedUrl);
  const current = existing?.outletId != null ? await ctx.store.outlets.get(existing.outletId) : null;
  const outletSlug = opts.outletSlug ?? current?.slug;
  const owner = await outletForFeed(ctx, feedUrl, details, {
    ...(outletSlug !== undefined ? { outletSlug } : {}),
    fallbackName: title,
  });
  if (!owner.ok) {
    const kind = owner.error.startsWith('There is no outlet') ? 'no-outlet' : 'conflict';
    return { ok: false, kind, error: owner.error };
  }
  if (existing && current && current.id !== owner.value.id) {
    return {
      ok: false,
      kind: 'conflict',
      error: `Feed #${existing.id} ${feedUrl} already belongs to the outlet ${current.name} (${current.slug}). Remove it first with: multipolar sources remove ${existing.id}`,
    };
  }
  const feed = await ctx.store.feeds.add(feedUrl, owner.value.id);
  return { ok: true, value: { feed, outlet: owner.value, discoveredFrom } };
}

async function checkFeed(
  ctx: PipelineContext,
  url: string,
  depth = 0,
): Promise<
  | { ok: true; feedUrl: string; title: string | null; discoveredFrom: string | null }
  | { ok: false; error: string }
> {
  const res = await fetchWithPolicy(ctx, url);
  if (!res.ok) return { ok: false, error: `${url}: ${res.message}` };
  if (res.status === 304) return { ok: false, error: `${url}: unexpected 304 Not Modified` };
  const parsed = parseFeedBytes(res.body, {
    url: res.url,
    charset: res.charset,
    contentType: res.contentType,
  });
  if (parsed.ok) return { ok: true, feedUrl: res.url, title: parsed.value.title, discoveredFrom: null };
  const discovered =
    depth === 0 ? discoverFeeds(decodeBody(res.body, res.charset, res.contentType), res.url)[0] : undefined;
  if (!discovered)
    return { ok: false, error: `${url}: not a feed (${parsed.error}) and no feed link found on it` };
  const inner = await checkFeed(ctx, discovered, depth + 1);
  return inner.ok ? { ...inner, discoveredFrom: url } : inner;
}
