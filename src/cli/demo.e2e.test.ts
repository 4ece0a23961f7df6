import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import { demoArticles, demoOutlets, demoStories } from '../demo/index.js';
import { type RunningDemo, startDemo } from './commands/demo.js';

// The whole product on loopback: demo newsroom over HTTP → pipeline → SQLite → site fetched over HTTP.
describe('multipolar demo, end to end', () => {
  let demo: RunningDemo;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mp-e2e-'));
    const config = loadConfig({ MULTIPOLAR_DATA_DIR: dir });
    demo = await startDemo(config, { port: 0, host: '127.0.0.1', quiet: true });
  }, 120_000);

  afterAll(async () => {
    await demo?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (p: string) => {
    const res = await fetch(new URL(p, demo.url));
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  };

  it('ingests every demo article and groups them into about one story per event', () => {
    expect(demo.articles).toBe(demoArticles.length);
    expect(demo.stories).toBeGreaterThanOrEqual(demoStories.length - 1);
    expect(demo.stories).toBeLessThanOrEqual(demoStories.length + 3);
  });

  it('serves a home page that lists the demo stories and says the newsroom is fictional', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.text).toMatch(/fictional/i);
    const storyLinks = new Set([...home.text.matchAll(/href="\/stories\/(\d+)"/g)].map((m) => m[1]));
    expect(storyLinks.size).toBeGreaterThanOrEqual(demoStories.length - 1);
  });

  it('shows a story with at least three outlets side by side, their quotes, an image credit, a coverage bar and related stories', async () => {
    const api = JSON.parse((await get('/api/stories?limit=50')).text) as {
      stories: { id: number; outletCount: number }[];
    };
    const broad = api.stories.find((s) => s.outletCount >= 3);
    expect(broad).toBeDefined();
    const page = await get(`/stories/${broad!.id}`);
    expect(page.status).toBe(200);
    const outletsShown = demoOutlets.filter((o) => page.text.includes(o.name));
    expect(outletsShown.length).toBeGreaterThanOrEqual(3);
    expect(page.text).toContain('<blockquote');
    expect(page.text).toContain('<svg');
    expect(page.text).toMatch(/credit|Photo:|Image:/i);
    expect(page.text).toMatch(/Explore more/i);
    const composed = JSON.parse((await get(`/api/stories/${broad!.id}`)).text);
    const quotes = composed.perspectives.flatMap((p: { outlets: { quotes: unknown[] }[] }) =>
      p.outlets.flatMap((o) => o.quotes),
    );
    expect(quotes.length).toBeGreaterThan(0);
    expect(composed.related.length).toBeGreaterThan(0);
  });

  it('keeps the state-media-only story to state media', async () => {
    const api = JSON.parse((await get('/api/stories?limit=50')).text) as {
      stories: { id: number; headline: string }[];
    };
    const arctic = demoArticles.filter((a) => a.story === 'arctic-shipping').map((a) => a.title);
    const story = api.stories.find((s) => arctic.includes(s.headline));
    expect(story).toBeDefined();
    const composed = JSON.parse((await get(`/api/stories/${story!.id}`)).text);
    const ownerships = new Set(composed.perspectives.map((p: { ownership: string }) => p.ownership));
    expect([...ownerships].every((o) => o === 'state' || o === 'state-backed')).toBe(true);
  });

  it('answers unknown pages with a 404 page, not a stack trace', async () => {
    const missing = await get('/stories/999999');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toMatch(/at .*\.ts:\d+/);
    const bad = await get('/api/stories/not-a-number');
    expect([400, 404]).toContain(bad.status);
    expect(bad.type).toContain('application/json');
  });

  it('renders a readable story page in a real browser, without client scripts', async () => {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 900 },
      });
      await page.goto(demo.url);
      const firstStory = page.locator('a[href^="/stories/"]').first();
      const headline = ((await firstStory.textContent()) ?? '').trim();
      await firstStory.click();
      expect(await page.locator('h1').count()).toBe(1);
      expect(((await page.locator('h1').textContent()) ?? '').trim().length).toBeGreaterThan(10);
      const groups = page.locator('text=/Perspectives/i');
      expect(await groups.count()).toBeGreaterThan(0);
      const box = await page.locator('svg').first().boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      await page.screenshot({ path: path.join(dir, 'story.png'), fullPage: true });
      expect(headline.length).toBeGreaterThan(10);
    } finally {
      await browser.close();
    }
  });
});
