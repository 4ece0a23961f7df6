import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoNewsroom,
  demoArticles,
  demoOutlets,
  startDemoNewsroom,
  toNewOutlet,
} from '../demo/index.js';
import type { Outlet } from '../domain/index.js';
import { addSource } from './add-source.js';
import { ingestDueFeeds } from './ingest-all.js';
import { ingestFeed } from './ingest-feed.js';
import { openTestContext } from './test-context.js';

// Real loopback newsroom, real fetcher, real SQLite: the pipeline as it runs in production.
describe('pipeline over the demo newsroom', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const wire = demoArticles.filter((a) => a.story === 'central-bank-rates' || a.story === 'sco-summit');
  let newsroom: DemoNewsroom;
  let t: Awaited<ReturnType<typeof openTestContext>>;

  beforeAll(async () => {
    newsroom = await startDemoNewsroom({ now, articles: wire });
    t = await openTestContext({ allow: ['127.0.0.1'], now, timeoutMs: 2000 });
  });
  afterAll(async () => {
    await t.close();
    await newsroom.close();
  });

  const outletFor = async (slug: string): Promise<Outlet> => {
    const o = demoOutlets.find((x) => x.slug === slug)!;
    return t.ctx.store.outlets.upsert(toNewOutlet(o, `demo/${o.slug}`));
  };

  it('stores every article of a feed with quotes, then sees nothing new on the next pass', async () => {
    const { outlet, url } = newsroom.feedUrls.find((f) => f.outlet.slug === 'meridian-wire')!;
    const stored = await outletFor(outlet.slug);
    const feed = await t.ctx.store.feeds.add(url, stored.id);
    const expected = wire.filter((a) => a.outlet === 'meridian-wire').length;
    const first = await ingestFeed(t.ctx, feed, stored);
    expect(first).toMatchObject({ status: 'ok', stored: expected, skipped: [] });
    const again = await ingestFeed(t.ctx, (await t.ctx.store.feeds.get(feed.id))!, stored);
    expect(again.status).toBe('not-modified');
    expect(again.stored).toBe(0);
    const [summary] = await t.ctx.store.articles.listByOutlet(stored.id, { limit: 1, offset: 0 });
    const article = await t.ctx.store.articles.get(summary!.id);
    expect(article!.quotes.length).toBeGreaterThan(0);
    expect(article!.image?.credit).toBeTruthy();
  });

  it('keeps reprints of one wire story by different outlets as separate articles of one story', async () => {
    for (const { outlet, url } of newsroom.feedUrls) {
      const stored = await outletFor(outlet.slug);
      await t.ctx.store.feeds.add(url, stored.id);
    }
    const pass = await ingestDueFeeds(t.ctx, { all: true });
    expect(pass.feeds.every((f) => f.status !== 'failed')).toBe(true);
    expect(await t.ctx.store.articles.count()).toBe(wire.length);
    // The wire original and its reprints (bylined "Meridian Wire") must be one story of several outlets.
    const reprints = wire.filter((a) => a.story === 'central-bank-rates' && /Meridian/i.test(a.byline));
    expect(reprints.length).toBeGreaterThanOrEqual(3);
    const storyIds = new Set<number | null>();
    for (const a of reprints) {
      const summary = (await t.ctx.store.search(`"${a.title}"`, { limit: 5, offset: 0 })).results.find(
        (r) => r.title === a.title,
      );
      expect(summary, a.title).toBeDefined();
      storyIds.add(summary!.storyId);
    }
    expect(storyIds.size).toBe(1);
    const story = await t.ctx.store.stories.get([...storyIds][0]!);
    expect(story!.outletCount).toBeGreaterThanOrEqual(reprints.length);
  });

  it('reads what it can of a malformed feed and skips entries whose pages cannot be fetched, with reasons', async () => {
    const before = await t.ctx.store.articles.count();
    const stored = await outletFor('huaxia-herald');
    const feed = await t.ctx.store.feeds.add(`${newsroom.origin}/_broken/feed.xml`, stored.id);
    const report = await ingestFeed(t.ctx, feed, stored);
    expect(report.stored).toBe(0);
    expect(report.skipped.length).toBeGreaterThan(0);
    expect(report.skipped.every((s) => s.reason.length > 0)).toBe(true);
    expect(await t.ctx.store.articles.count()).toBe(before);
  });

  it('records a response that is not a feed as a failure with its reason and loses nothing already stored', async () => {
    const before = await t.ctx.store.articles.count();
    const stored = await outletFor('huaxia-herald');
    const feed = await t.ctx.store.feeds.add(`${newsroom.origin}/_broken/not-html`, stored.id);
    const report = await ingestFeed(t.ctx, feed, stored);
    expect(report.status).toBe('failed');
    expect(report.error).toMatch(/not a feed/);
    const after = (await t.ctx.store.feeds.get(feed.id))!;
    expect(after.failures).toBe(1);
    expect(after.lastError).toMatch(/not a feed/);
    expect(after.nextCheckAt!.getTime()).toBeGreaterThan(now.getTime());
    expect(await t.ctx.store.articles.count()).toBe(before);
  });

  it('gives up on a slow feed within the time-out and records why', async () => {
    const stored = await outletFor('huaxia-herald');
    const feed = await t.ctx.store.feeds.add(`${newsroom.origin}/_broken/slow`, stored.id);
    const report = await ingestFeed(t.ctx, feed, stored);
    expect(report.status).toBe('failed');
    expect(report.error).toMatch(/gave up .* after 2000 ms/i);
  });

  it('refuses to subscribe to a loopback feed that is not allow-listed', async () => {
    const strict = await openTestContext({ allow: [], now });
    try {
      const result = await addSource(strict.ctx, newsroom.feedUrls[0]!.url);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/private|loopback|refused|not allowed/i);
      expect(await strict.ctx.store.feeds.list()).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('discovers the feed of an outlet home page when subscribing', async () => {
    const home = `${newsroom.origin}/commerce-daily/`;
    const result = await addSource(t.ctx, home);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.discoveredFrom).toBe(home);
      expect(result.value.feed.url).toMatch(/commerce-daily\/.*(feed|atom)/);
    }
  });

  it('files a feed under its outlet: details fill in what is unrated, and a contradiction is refused naming the outlet', async () => {
    const feedUrl = newsroom.feedUrls.find((f) => f.outlet.slug === 'open-ground')!.url;
    const first = await addSource(t.ctx, feedUrl);
    if (!first.ok) throw new Error(first.error);
    const outlet = first.value.outlet;
    await t.ctx.store.outlets.update(outlet.slug, { country: 'unknown', ownership: 'unknown' });
    const filled = await addSource(t.ctx, feedUrl, { country: 'IN', ownership: 'independent' });
    expect(filled).toMatchObject({
      ok: true,
      value: { outlet: { id: outlet.id, name: outlet.name, country: 'IN', ownership: 'independent' } },
    });
    const clash = await addSource(t.ctx, feedUrl, { country: 'US', ownership: 'private', name: 'Other' });
    expect(clash).toEqual({
      ok: false,
      kind: 'conflict',
      error: expect.stringContaining(
        `multipolar outlets set ${outlet.slug} --name Other --country US --ownership private`,
      ),
    });
    expect(clash.ok ? '' : clash.error).toContain(`belongs to the outlet ${outlet.name} (${outlet.slug})`);
    expect(await t.ctx.store.outlets.getBySlug(outlet.slug)).toMatchObject({
      country: 'IN',
      ownership: 'independent',
    });
  });

  it('attaches a feed on a shared host to the outlet named with --outlet, and refuses an outlet that does not exist', async () => {
    const feedUrl = newsroom.feedUrls.find((f) => f.outlet.slug === 'meridian-wire')!.url;
    const named = await t.ctx.store.outlets.ensure({
      slug: 'named-by-editor',
      name: 'Named by editor',
      domain: 'named.example',
      country: 'FR',
      language: 'fr',
      ownership: 'public',
      genre: 'broadcaster',
      homepage: null,
      notes: null,
    });
    // The earlier tests followed this feed and stored its articles: removing it keeps them.
    const followed = await t.ctx.store.feeds.getByUrl(feedUrl);
    const articlesBefore = await t.ctx.store.articles.count();
    if (followed)
      expect(await t.ctx.store.feeds.remove(followed.id, { purge: false })).toEqual({ purged: 0 });
    expect(await t.ctx.store.articles.count()).toBe(articlesBefore);
    const missing = await addSource(t.ctx, feedUrl, {}, { outletSlug: 'no-such-outlet' });
    expect(missing).toMatchObject({
      ok: false,
      kind: 'no-outlet',
      error: expect.stringMatching(/no outlet "no-such-outlet"/),
    });
    expect(await t.ctx.store.feeds.getByUrl(feedUrl)).toBeNull();
    const added = await addSource(t.ctx, feedUrl, {}, { outletSlug: 'named-by-editor' });
    expect(added).toMatchObject({ ok: true, value: { outlet: { id: named.id } } });
    expect((await t.ctx.store.feeds.getByUrl(feedUrl))?.outletId).toBe(named.id);
    // Re-adding without --outlet keeps it there: the shared host alone does not name an outlet.
    expect(await addSource(t.ctx, feedUrl)).toMatchObject({ ok: true, value: { outlet: { id: named.id } } });
  });
});
