/**
 * Test support: a real SQLite store in a temp dir, seeded through the Store API with a small
 * newsroom (five outlets, three stories, quotes, mentions, an image), and the web app over it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { loadConfig } from '../config/index.js';
import type { Config } from '../config/index.js';
import type { ActorMention, NewArticle, NewOutlet } from '../domain/index.js';
import { openStore, type Store } from '../storage/index.js';
import { quoteFixture } from '../storage/fixtures.js';
import { articleFixture, outletFixture } from '../storage/test-harness.js';
import { createWebApp } from './app.js';
import type { WebDeps, WebLogger } from './deps.js';

/** The clock every seeded page is read at. */
export const NOW = new Date('2024-05-03T12:00:00.000Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

const COUNTRIES: Record<string, [adjective: string, name: string]> = {
  CN: ['Chinese', 'China'],
  GB: ['British', 'United Kingdom'],
  US: ['American', 'United States'],
  IN: ['Indian', 'India'],
};

/** Country wording for the seeded outlets. */
export const testLabels: WebDeps['labels'] = {
  countryAdjective: (code) => COUNTRIES[code]?.[0] ?? code,
  countryName: (code) => COUNTRIES[code]?.[1] ?? code,
};

const outlet = (slug: string, name: string, country: string, over: Partial<NewOutlet>): NewOutlet =>
  outletFixture(slug, { name, country, ...over });

/** A direct quote with a named speaker, shown to readers. */
export const quote = quoteFixture;

const mention = (actorId: string, name: string, kind: ActorMention['kind']): ActorMention => ({
  actorId,
  name,
  kind,
  surface: name,
  start: 0,
  end: name.length,
});

const SHARED =
  'Delegations from Ankara and Moscow met in Istanbul on Monday to resume talks on the grain corridor.';

function article(outletId: number, key: string, over: Partial<NewArticle>): NewArticle {
  const bodyText = over.bodyText ?? `${SHARED}\n\nMore reporting from ${key}.`;
  return articleFixture(outletId, key, {
    fetchedAt: NOW,
    published: hoursAgo(3),
    bodyText,
    bodyHtml: `<p>${bodyText.replace(/\n\n/g, '</p><p>')}</p>`,
    ...over,
  });
}

/** Ids of what seedNewsroom stored. */
export interface Seeded {
  /** Four outlets, 3 h ago: ranks first. */
  broad: number;
  /** One outlet, 1 h ago: newest, ranks second. */
  fresh: number;
  /** Two outlets, 30 h ago: ranks last. */
  old: number;
  /** The article whose title carries a <script> tag. */
  hostileArticle: number;
  /** An article with quotes, a byline, an image and mentions. */
  richArticle: number;
  outletSlugs: string[];
}

/** Store a small newsroom through the Store API and cluster it into three stories. */
export async function seedNewsroom(store: Store): Promise<Seeded> {
  await store.actors.upsertMany([
    { id: 'country:cn', name: 'China', kind: 'country', country: 'CN', description: 'Country in East Asia' },
    {
      id: 'person:liang-wen',
      name: 'Liang Wen',
      kind: 'person',
      country: 'CN',
      description: 'Foreign Ministry spokesperson',
    },
  ]);
  const huaxia = await store.outlets.upsert(
    outlet('huaxia-herald', 'Huaxia Herald', 'CN', { ownership: 'state', genre: 'newspaper' }),
  );
  const northbridge = await store.outlets.upsert(
    outlet('northbridge-bc', 'Northbridge Broadcasting', 'GB', { ownership: 'public', genre: 'broadcaster' }),
  );
  const meridian = await store.outlets.upsert(
    outlet('meridian-wire', 'Meridian Wire', 'US', { ownership: 'private', genre: 'wire' }),
  );
  const ganga = await store.outlets.upsert(
    outlet('ganga-independent', 'Ganga Independent', 'IN', { ownership: 'independent', genre: 'online' }),
  );
  const commerce = await store.outlets.upsert(
    outlet('commerce-daily', 'Commerce Daily', 'US', { ownership: 'private', genre: 'business' }),
  );
  const cn = mention('country:cn', 'China', 'country');
  const liang = mention('person:liang-wen', 'Liang Wen', 'person');

  const rich = await store.articles.insert(
    article(huaxia.id, 'huaxia-grain', {
      title: 'Grain corridor talks resume in Istanbul',
      standfirst: 'Beijing welcomes the renewed talks.',
      byline: 'Zhou Min',
      quotes: [
        quote('China supports every effort that keeps food flowing to the world', 'Liang Wen', {
          affiliation: 'Foreign Ministry',
          speakerRole: 'spokesperson',
          speakerActorId: 'person:liang-wen',
        }),
        // Found but below the display threshold: kept for research (`?all=1`), never shown to readers.
        quote('the corridor will close by winter', 'most', {
          kind: 'reported',
          confidence: 0.31,
          shown: false,
        }),
      ],
      mentions: [cn, liang, cn],
    }),
  );
  const withImage = await store.articles.insert(
    article(northbridge.id, 'northbridge-grain', {
      title: 'Talks on grain shipments restart',
      image: {
        url: 'https://img.example/ships.jpg',
        caption: 'Ships at anchor off Istanbul',
        credit: 'Ana Ruiz',
      },
      quotes: [
        quote('We expect the first ships to sail within a fortnight', 'Ole Berg', {
          speakerKind: 'organisation',
        }),
      ],
      mentions: [cn],
    }),
  );
  const wire = await store.articles.insert(
    article(meridian.id, 'meridian-grain', {
      title: 'Grain deal negotiators meet again',
      quotes: [
        quote('insurers remain wary of the route', 'a shipping broker', { kind: 'reported', cue: 'told' }),
      ],
    }),
  );
  const hostile = await store.articles.insert(
    article(ganga.id, 'ganga-grain', {
      title: '<script>alert("x")</script> Grain & the poor',
      url: 'javascript:alert(1)',
    }),
  );
  const fresh = await store.articles.insert(
    article(commerce.id, 'commerce-rates', {
      title: 'Central bank holds rates steady',
      published: hoursAgo(1),
      bodyText: 'The central bank kept its main rate unchanged on Friday.',
    }),
  );
  const oldA = await store.articles.insert(
    article(huaxia.id, 'huaxia-solar', { title: 'Solar schools open in Kenya', published: hoursAgo(31) }),
  );
  const oldB = await store.articles.insert(
    article(commerce.id, 'commerce-solar', {
      title: 'Kenya bets on solar classrooms',
      published: hoursAgo(30),
    }),
  );

  const [broadId, freshId, oldId] = await store.stories.applyClustering([
    {
      id: null,
      headline: 'Grain corridor talks resume in Istanbul',
      standfirst: 'Negotiators meet again on shipping grain across the Black Sea.',
      firstPublished: hoursAgo(3),
      lastPublished: hoursAgo(3),
      articleCount: 4,
      outletCount: 4,
      relatedIds: [],
      articleIds: [rich, withImage, wire, hostile],
    },
    {
      id: null,
      headline: 'Central bank holds rates steady',
      standfirst: null,
      firstPublished: hoursAgo(1),
      lastPublished: hoursAgo(1),
      articleCount: 1,
      outletCount: 1,
      relatedIds: [],
      articleIds: [fresh],
    },
    {
      id: null,
      headline: 'Solar schools open in Kenya',
      standfirst: 'Classrooms powered by rooftop panels.',
      firstPublished: hoursAgo(31),
      lastPublished: hoursAgo(30),
      articleCount: 2,
      outletCount: 2,
      relatedIds: [],
      articleIds: [oldA, oldB],
    },
  ]);
  await store.stories.setRelated([
    { storyId: broadId!, relatedIds: [oldId!] },
    { storyId: oldId!, relatedIds: [broadId!] },
  ]);
  return {
    broad: broadId!,
    fresh: freshId!,
    old: oldId!,
    hostileArticle: hostile,
    richArticle: rich,
    outletSlugs: [huaxia, northbridge, meridian, ganga, commerce].map((o) => o.slug),
  };
}

/** What a test gets: the app over a seeded store, the errors it logged, and a cleanup. */
export interface TestSite {
  app: Hono;
  store: Store;
  seeded: Seeded;
  logged: unknown[];
  close(): Promise<void>;
}

/** Open a fresh SQLite store in a temp dir, seed it and build the app (demo banner on). */
export async function openTestSite(config: Partial<Config> = {}): Promise<TestSite> {
  const dir = mkdtempSync(join(tmpdir(), 'mp-web-'));
  const store = await openStore({ sqlitePath: join(dir, 'test.db') });
  const seeded = await seedNewsroom(store);
  const logged: unknown[] = [];
  const log: WebLogger = { error: (obj) => logged.push(obj), warn: () => {}, debug: () => {} };
  const app = createWebApp({
    store,
    config: loadConfig({}, config),
    now: () => NOW,
    labels: testLabels,
    demo: true,
    log,
  });
  return {
    app,
    store,
    seeded,
    logged,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
