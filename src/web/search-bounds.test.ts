import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import { type OpenStoreOptions, openStore, type Store } from '../storage/index.js';
import { articleFixture, outletFixture } from '../storage/test-harness.js';
import { createWebApp } from './app.js';
import { startWebServer } from './server.js';
import { NOW, seedNewsroom, testLabels } from './test-harness.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The site over a seeded SQLite file, opened with the given search budget; `arrived` fires when /search is received. */
async function siteWith(search: OpenStoreOptions['search']) {
  const dir = mkdtempSync(join(tmpdir(), 'mp-search-'));
  const path = join(dir, 'test.db');
  const seeding: Store = await openStore({ sqlitePath: path });
  await seedNewsroom(seeding);
  const outlet = await seeding.outlets.upsert(outletFixture('bulk'));
  // Articles full of one short word: the issue's 250-word query over them took minutes before the cap.
  for (let i = 0; i < 120; i++) {
    const bodyText = `a note, a line and a word in a row ${i}. `.repeat(12);
    await seeding.articles.insert(
      articleFixture(outlet.id, `bulk-${i}`, { title: `a title ${i}`, bodyText }),
    );
  }
  await seeding.close();
  const store = await openStore({ sqlitePath: path, search });
  let arrived: () => void = () => {};
  const searchArrived = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const site = createWebApp({
    store,
    config: loadConfig({}),
    now: () => NOW,
    labels: testLabels,
    demo: false,
  });
  const app = new Hono();
  app.use('/search', async (_c, next) => {
    arrived();
    await next();
  });
  app.route('/', site);
  cleanups.push(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { app, searchArrived };
}

const REPEATED = `/search?q=${encodeURIComponent(Array(250).fill('a').join(' '))}`;

describe('search cannot hold up the server', () => {
  it('answers other routes on a real server while a slow search runs', async () => {
    const { app, searchArrived } = await siteWith({ stallMs: 1_500, deadlineMs: 20_000 });
    const server = await startWebServer(app, { host: '127.0.0.1', port: 0 });
    cleanups.push(() => server.close());
    const finished: string[] = [];
    const search = fetch(new URL(REPEATED, server.url)).then(async (res) => {
      const text = await res.text();
      finished.push('search');
      return { status: res.status, text };
    });
    await searchArrived;
    const health = await fetch(new URL('/healthz', server.url));
    finished.push('healthz');
    const form = await fetch(new URL('/search', server.url));
    finished.push('search form');
    expect([health.status, form.status]).toEqual([200, 200]);
    const { status, text } = await search;
    expect(finished).toEqual(['healthz', 'search form', 'search']);
    expect(status).toBe(200);
    expect(text).toContain('120 articles found');
    expect(text).not.toContain('words were searched');
  });

  it('tells the reader when a search took too long, at once', async () => {
    const { app } = await siteWith({ stallMs: 2_000, deadlineMs: 100 });
    const res = await app.request('/search?q=grain');
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).toContain('This search took too long. Try fewer or more specific words.');
    expect(text).toContain('value="grain"');
  });

  it('shows the reader which words a long query was cut to', async () => {
    const { app } = await siteWith({});
    const extra = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const res = await app.request(`/search?q=${encodeURIComponent(`grain ${extra.join(' ')}`)}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain(
      `Only the first 16 words were searched (grain ${extra.slice(0, 15).join(' ')}); left out: ${extra.slice(15).join(' ')}.`,
    );
    expect(text).toContain('0 articles found');
  });
});
