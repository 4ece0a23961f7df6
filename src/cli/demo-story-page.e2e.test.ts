import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import type { ComposedStory } from '../domain/index.js';
import { demoArticles, demoOutlets } from '../demo/index.js';
import { browserGate } from './browser-gate.js';
import { type RunningDemo, startDemo } from './commands/demo.js';

const browser = browserGate(process.env, existsSync);
if (browser.kind === 'skip') console.warn(browser.message);

type Listed = { id: number; headline: string; blindspots: { kind: string; text: string }[] };

const outletName = (slug: string) => demoOutlets.find((o) => o.slug === slug)!.name;
const storyOf = (key: string) => demoArticles.filter((a) => a.story === key);

// What the demo's own data says a reader should see, checked on the site it serves.
describe('demo story pages: wire copy once, a credited headline, how each outlet put it, blindspots', () => {
  let demo: RunningDemo;
  let dir: string;
  let listed: Listed[];

  const get = async (p: string) => {
    const res = await fetch(new URL(p, demo.url));
    return { status: res.status, text: await res.text() };
  };
  const composed = async (id: number) => JSON.parse((await get(`/api/stories/${id}`)).text) as ComposedStory;
  /** The listed story most of whose demo articles' titles its own composition lists. */
  const find = async (key: string): Promise<Listed> => {
    const titles = storyOf(key).map((a) => a.title);
    for (const s of listed) {
      const c = await composed(s.id);
      if (c.timeline.filter((t) => titles.includes(t.title)).length * 2 > titles.length) return s;
    }
    throw new Error(`no story for ${key}`);
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mp-story-page-'));
    demo = await startDemo(loadConfig({ MULTIPOLAR_DATA_DIR: dir }), {
      port: 0,
      host: '127.0.0.1',
      quiet: true,
    });
    listed = (JSON.parse((await get('/api/stories?limit=50')).text) as { stories: Listed[] }).stories;
  }, 120_000);

  afterAll(async () => {
    await demo?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the Fed story’s Meridian Wire text once, carried by every outlet whose byline says so', async () => {
    const fed = storyOf('central-bank-rates');
    // The demo marks reprints by byline; the agency's own article is the original.
    const carriers = fed
      .filter((a) => a.outlet === 'meridian-wire' || a.byline.includes('Meridian Wire'))
      .map((a) => outletName(a.outlet));
    const story = await find('central-bank-rates');
    const c = await composed(story.id);
    expect(c.wireCopy).toHaveLength(1);
    expect(c.wireCopy[0]!.origin).toBe('Meridian Wire');
    expect(c.wireCopy[0]!.outlets.map((o) => o.name).sort()).toEqual([...carriers].sort());
    expect(c.coverage.reprints).toBe(carriers.length - 1);
    // Each wire quote appears once on the page's data: in the copy, never again on a carrier's card.
    const wireQuotes = new Set(c.wireCopy[0]!.quotes.map((q) => q.text));
    expect(wireQuotes.size).toBeGreaterThan(0);
    const carrierCards = c.perspectives
      .flatMap((p) => p.outlets)
      .filter((o) => carriers.includes(o.outlet.name));
    for (const card of carrierCards) for (const q of card.quotes) expect(wireQuotes.has(q.text)).toBe(false);
    const page = (await get(`/stories/${story.id}`)).text;
    expect(page).toContain(`Meridian Wire text, carried by ${carriers.length} outlets`);
    expect(page).toContain('reprints of wire copy');
  });

  it('credits the headline, never a state outlet’s when another outlet titled the story, and lists every outlet’s own', async () => {
    const sco = storyOf('sco-summit');
    const story = await find('sco-summit');
    const c = await composed(story.id);
    const stateTitles = sco
      .filter((a) => {
        const kind = demoOutlets.find((o) => o.slug === a.outlet)!.ownership;
        return kind === 'state' || kind === 'state-backed';
      })
      .map((a) => a.title);
    expect(stateTitles.length).toBeGreaterThan(0);
    expect(stateTitles).not.toContain(c.headline);
    expect(story.headline).toBe(c.headline);
    const credited = sco.find((a) => a.title === c.headline)!;
    expect(c.headlineCredit.outlet?.name).toBe(outletName(credited.outlet));
    const listedTitles = c.outletHeadlines.flatMap((g) =>
      g.outlets.flatMap((o) => o.headlines.map((h) => h.title)),
    );
    expect(listedTitles.sort()).toEqual(sco.map((a) => a.title).sort());
    expect(c.outletHeadlines.map((g) => g.label)).toEqual(
      c.perspectives.filter((p) => p.outlets.some((o) => o.articles.length > 0)).map((p) => p.label),
    );
    const page = (await get(`/stories/${story.id}`)).text;
    expect(page).toContain('How each outlet put it');
    expect(page).toMatch(new RegExp(`Headline: <a href="/articles/\\d+">${outletName(credited.outlet)}</a>`));
  });

  it('flags the Arctic story as state-media-only and the Astana summit as uncovered from Kazakhstan', async () => {
    const arctic = await find('arctic-shipping');
    const kinds = new Set(
      storyOf('arctic-shipping').map((a) => demoOutlets.find((o) => o.slug === a.outlet)!.ownership),
    );
    expect([...kinds].every((k) => k === 'state' || k === 'state-backed')).toBe(true);
    expect(arctic.blindspots.map((b) => b.kind)).toContain('state-only');
    expect((await composed(arctic.id)).blindspots.map((b) => b.kind)).toContain('state-only');
    // The summit is in Astana and the demo has no Kazakh outlet.
    expect(demoOutlets.some((o) => o.country === 'KZ')).toBe(false);
    const sco = await find('sco-summit');
    expect(sco.blindspots).toContainEqual(
      expect.objectContaining({ kind: 'no-local-coverage', country: 'KZ' }),
    );
    const page = (await get(`/stories/${arctic.id}`)).text;
    expect(page).toContain('Covered only by state and state-backed media');
    const week = await get('/blindspots');
    expect(week.status).toBe(200);
    expect(week.text).toContain(`href="/stories/${arctic.id}"`);
    expect(week.text).toContain(`href="/stories/${sco.id}"`);
    expect((await get('/')).text).toContain('href="/blindspots"');
  });

  it.skipIf(browser.kind === 'skip')('reads the Fed story in a real browser as a reader would', async () => {
    if (browser.kind === 'fail') throw new Error(browser.message);
    if (browser.kind !== 'run') return;
    const chrome = await chromium.launch({
      executablePath: browser.executablePath,
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
      const page = await chrome.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      const story = await find('central-bank-rates');
      await page.goto(new URL(`/stories/${story.id}`, demo.url).href);
      const text = (await page.locator('main').textContent()) ?? '';
      // In reading order: the headline, whose it is, how each outlet put it, then the wire copy once.
      const at = (s: string) => text.indexOf(s);
      expect(at('Headline: Meridian Wire')).toBeGreaterThan(0);
      expect(at('How each outlet put it')).toBeGreaterThan(at('Headline: Meridian Wire'));
      expect(at('Meridian Wire text, carried by')).toBeGreaterThan(
        at('How each outlet put it'),
      );
      const quote = (await composed(story.id)).wireCopy[0]!.quotes[0]!.text.slice(0, 40);
      expect(text.split(quote).length - 1).toBe(1);
      // Nothing wider than a phone's screen.
      const width = await page.evaluate('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(390);
      await page.goto(new URL('/blindspots', demo.url).href);
      expect(await page.locator('h1').textContent()).toMatch(/Blindspots/);
      await page.screenshot({ path: path.join(dir, 'blindspots.png'), fullPage: true });
    } finally {
      await chrome.close();
    }
  });
});
