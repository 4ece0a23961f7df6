import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryAdjective, countryName } from '../actors/index.js';
import {
  type DemoNewsroom,
  demoArticles,
  demoOutlets,
  startDemoNewsroom,
  toNewOutlet,
} from '../demo/index.js';
import { createWebApp, startWebServer } from '../web/index.js';
import { ingestDueFeeds } from './ingest-all.js';
import { openTestContext } from './test-context.js';

// Real loopback newsroom, real SQLite, real HTTP: people the gazetteer does not list become actors with pages.
describe('actors found in article text, from ingest to the actor page', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const articles = demoArticles.filter((a) => a.story === 'gaza-aid-talks' || a.story === 'brics-bank-loan');
  let newsroom: DemoNewsroom;
  let t: Awaited<ReturnType<typeof openTestContext>>;
  let site: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    newsroom = await startDemoNewsroom({ now, articles });
    t = await openTestContext({ allow: ['127.0.0.1'], now, timeoutMs: 2000 });
    for (const { outlet, url } of newsroom.feedUrls) {
      const o = demoOutlets.find((x) => x.slug === outlet.slug)!;
      const stored = await t.ctx.store.outlets.upsert(toNewOutlet(o, `demo/${o.slug}`));
      await t.ctx.store.feeds.add(url, stored.id);
    }
    await ingestDueFeeds(t.ctx, { all: true });
    const g = t.ctx.gazetteer;
    const app = createWebApp({
      store: t.ctx.store,
      config: t.ctx.config,
      now: () => now,
      labels: { countryAdjective: (c) => countryAdjective(g, c), countryName: (c) => countryName(g, c) },
      demo: true,
    });
    site = await startWebServer(app, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await site?.close();
    await t?.close();
    await newsroom?.close();
  });

  it('stores a quoted spokesperson as a person with role and organisation, once across the articles', async () => {
    const kuwari = await t.ctx.store.actors.get('person:nasser-al-kuwari');
    expect(kuwari).toMatchObject({
      name: 'Nasser Al-Kuwari',
      kind: 'person',
      origin: 'text',
      role: 'spokesperson',
      organisation: 'Qatari Foreign Ministry',
      organisationId: 'organisation:qatari-foreign-ministry',
    });
    const ministry = await t.ctx.store.actors.get('organisation:qatari-foreign-ministry');
    expect(ministry).toMatchObject({ kind: 'organisation', origin: 'text' });
    // Gazetteer actors keep their plain shape.
    expect((await t.ctx.store.actors.get('country:qa'))?.origin).toBeUndefined();
    const tarasova = await t.ctx.store.articles.get(
      (await t.ctx.store.actors.articlesMentioning('person:yelena-tarasova', 5))[0]!.id,
    );
    // Every mention of her in the article is stored, the surname-only ones under the full name.
    const hers = tarasova!.mentions
      .filter((m) => m.actorId === 'person:yelena-tarasova')
      .map((m) => m.surface);
    expect(hers[0]).toBe('Yelena Tarasova');
    expect(hers).toContain('Tarasova');
  });

  it('never makes an outlet a person', async () => {
    for (const o of demoOutlets) {
      const id = `person:${o.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      expect(await t.ctx.store.actors.get(id), o.name).toBeNull();
    }
  });

  it('serves an actor page and the API for a found actor, linking the organisation', async () => {
    const page = await fetch(new URL('/actors/person:nasser-al-kuwari', site.url));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Nasser Al-Kuwari</h1>');
    expect(html).toContain('found in articles');
    expect(html).toContain('<dt>Role</dt><dd>spokesperson</dd>');
    expect(html).toContain('href="/actors/organisation:qatari-foreign-ministry"');
    expect(html).toMatch(/href="\/articles\/\d+"/);
    const api = (await (await fetch(new URL('/api/actors/person:nasser-al-kuwari', site.url))).json()) as {
      actor: { origin: string; role: string; organisation: string };
      articles: unknown[];
      stories: unknown[];
    };
    expect(api.actor).toMatchObject({
      origin: 'text',
      role: 'spokesperson',
      organisation: 'Qatari Foreign Ministry',
    });
    expect(api.articles.length).toBeGreaterThan(0);
    expect(api.stories.length).toBeGreaterThan(0);
  });
});
