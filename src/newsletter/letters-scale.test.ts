import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngestBench } from '../../bench/ingest-run.js';
import { openStore, type Store } from '../storage/index.js';
import { buildLetter } from './letters.js';
import { LIST_IDS } from './types.js';

// The benchmarks' scaled-up newsroom (generated outlets and articles served on loopback, ingested by the
// real pipeline), big enough that every list has more candidates than it shows.
const dir = mkdtempSync(join(tmpdir(), 'mp-letters-scale-'));
const sqlitePath = join(dir, 'scaled.db');
let store: Store;
let stories = 0;

beforeAll(async () => {
  const run = await runIngestBench({ outlets: 24, articlesPerOutlet: 6, seed: 14, sqlitePath });
  stories = run.stories;
  store = await openStore({ sqlitePath });
}, 300_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('letters of a scaled-up newsroom', () => {
  it('stay under 100 KB of HTML, with alt text on every image and every link in the text part', async () => {
    expect(stories).toBeGreaterThan(10);
    const deps = {
      store,
      siteUrl: 'https://news.example.org',
      labels: { countryAdjective: (c: string) => c, countryName: (c: string) => c },
    };
    // The generator spreads articles over the days before its clock: issue just after the latest one.
    const [latest] = await store.stories.list({ limit: 1, offset: 0 });
    const at = new Date(latest!.lastPublished.getTime() + 3_600_000);
    let shown = 0;
    for (const list of LIST_IDS) {
      const letter = await buildLetter(deps, list, at);
      shown += letter.storyIds.length;
      expect(Buffer.byteLength(letter.html), list).toBeLessThan(100 * 1024);
      for (const img of letter.html.match(/<img\b[^>]*>/g) ?? []) expect(img).toMatch(/\salt="[^"]+"/);
      for (const m of letter.html.matchAll(/href="([^"]*)"/g)) {
        expect(letter.text).toContain(m[1]!.replaceAll('&amp;', '&'));
      }
    }
    expect(shown).toBeGreaterThan(8);
  }, 120_000);
});
