import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryAdjective, countryName, createGazetteer } from '../actors/index.js';
import { loadConfig } from '../config/index.js';
import { type DemoNewsroom, demoArticles, startDemoNewsroom } from '../demo/index.js';
import { OUTLET_NAMESPACE } from '../feeds/index.js';
import { openStore, type Store } from '../storage/index.js';
import { articleFixture, outletFixture } from '../storage/test-harness.js';
import { createWebApp, startWebServer } from '../web/index.js';
import { createViewCache } from '../web/view-cache.js';
import { asyncCliRunner, cliRunner } from './test-harness.js';

const gazetteer = createGazetteer();

/** The real web app over a CLI data directory's SQLite file, on a loopback port. */
/** GET a page's body over a connection of its own (no keep-alive). */
function fetchFresh(url: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

async function siteOver(store: Store, now: Date) {
  const app = createWebApp({
    store,
    config: loadConfig({}),
    now: () => now,
    labels: {
      countryAdjective: (code) => countryAdjective(gazetteer, code),
      countryName: (code) => countryName(gazetteer, code),
    },
    demo: false,
    // Read the story-views version on every request (serve reads it at most once a second), so a
    // change written by the CLI process shows on the very next page.
    views: createViewCache(store.stories, () => now, { versionCheckMs: 0 }),
  });
  return startWebServer(app, { host: '127.0.0.1', port: 0 });
}

describe('multipolar sources add: outlets by host, conflicts and --outlet', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-sources-'));
  const run = asyncCliRunner(dir, { MULTIPOLAR_ALLOW_PRIVATE_HOSTS: '127.0.0.1' });
  let newsroom: DemoNewsroom;
  beforeAll(async () => {
    newsroom = await startDemoNewsroom({ now: new Date(), articles: demoArticles.slice(0, 6) });
  });
  afterAll(async () => {
    await newsroom.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses details that contradict the outlet of the host, naming it and the fix; --outlet files a feed apart', async () => {
    // Every demo outlet is served from one host, as feeds on a feed-hosting service are.
    const [first, second] = newsroom.feedUrls;
    const added = await run(
      'sources',
      'add',
      first!.url,
      '--name',
      'Huaxia Herald',
      '--country',
      'cn',
      '--ownership',
      'state',
    );
    expect(added.stderr).toBe('');
    const slug = /for Huaxia Herald \(([a-z0-9-]+)\)/.exec(added.stdout)?.[1];
    expect(slug).toBeDefined();

    const clash = await run(
      'sources',
      'add',
      second!.url,
      '--name',
      'Northbridge',
      '--country',
      'GB',
      '--ownership',
      'public',
    );
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain(`belongs to the outlet Huaxia Herald (${slug})`);
    expect(clash.stderr).toContain(
      `multipolar outlets set ${slug} --name Northbridge --country GB --ownership public`,
    );
    expect(clash.stderr).not.toMatch(/\n\s+at /);

    const apart = await run(
      'sources',
      'add',
      second!.url,
      '--outlet',
      'northbridge',
      '--name',
      'Northbridge',
      '--country',
      'GB',
      '--ownership',
      'public',
    );
    expect(apart.stdout).toMatch(/for Northbridge \(northbridge\)/);
    const outlets = JSON.parse((await run('outlets', 'list', '--json')).stdout) as {
      slug: string;
      country: string;
      ownership: string;
    }[];
    expect(outlets.map((o) => [o.slug, o.country, o.ownership])).toEqual([
      [slug, 'CN', 'state'],
      ['northbridge', 'GB', 'public'],
    ]);

    const removed = await run('sources', 'remove', second!.url);
    expect(removed.stdout).toMatch(/^Removed feed #\d+ .*; its stored articles are kept\n$/);
    expect(await run('sources', 'remove', second!.url)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no feed/),
    });
  });
});

describe('multipolar sources import/export (OPML)', () => {
  const dirs = [0, 1].map(() => mkdtempSync(path.join(os.tmpdir(), 'mp-opml-')));
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0" xmlns:m="${OUTLET_NAMESPACE}"><head><title>Mine</title></head><body>
  <outline text="World">
    <outline type="rss" text="RT world" xmlUrl="https://www.rt.com/rss/news/"/>
    <outline type="rss" text="Hosted" xmlUrl="https://feeds.hosting.example/abc" htmlUrl="https://kyiv-voice.example/"
      m:outlet="outlet:kyiv-voice" m:name="Kyiv Voice" m:country="UA" m:language="uk" m:ownership="independent" m:genre="online" m:domain="kyiv-voice.example"/>
  </outline>
  <outline type="rss" text="Somebody's blog" xmlUrl="https://blog.unknown.example/feed"/>
  <outline type="rss" text="evil" xmlUrl="javascript:alert(1)"/>
</body></opml>`;

  it('imports without fetching, exports with outlet metadata, and import → export → import loses nothing', () => {
    const [a, b] = dirs.map((d) => cliRunner(d));
    const file = path.join(dirs[0]!, 'mine.opml');
    writeFileSync(file, opml);
    const imported = a!('sources', 'import', file);
    expect(imported.stdout).toMatch(/^Imported 3 new feeds; 0 already followed; 1 skipped\./);
    expect(imported.stdout).toContain('skipped evil: not an http(s) feed address');
    const exported = a!('sources', 'export').stdout;
    expect(exported).toContain(`xmlns:mp="${OUTLET_NAMESPACE}"`);
    expect(exported).toContain('mp:outlet="outlet:rt" mp:name="RT" mp:country="RU"');
    expect(exported).toContain(
      'mp:outlet="outlet:kyiv-voice" mp:name="Kyiv Voice" mp:country="UA" mp:language="uk" mp:ownership="independent"',
    );
    expect(exported).toMatch(/mp:name="Somebody(?:&apos;|&#39;|')s blog"/);
    expect(exported).toContain('mp:country="unknown"');

    const copy = path.join(dirs[1]!, 'copy.opml');
    expect(a!('sources', 'export', '-o', copy).stdout).toBe('');
    expect(b!('sources', 'import', copy).stdout).toMatch(
      /^Imported 3 new feeds; 0 already followed; 0 skipped\./,
    );
    expect(b!('sources', 'export').stdout).toBe(exported);
    const outlets = (run: typeof a) =>
      (JSON.parse(run!('outlets', 'list', '--json').stdout) as Record<string, unknown>[]).map(
        ({ notes: _n, ...o }) => o,
      );
    expect(outlets(b)).toEqual(outlets(a));
    // Importing the same list again adds nothing.
    expect(b!('sources', 'import', copy).stdout).toMatch(/^Imported 0 new feeds; 3 already followed/);
    // Eight CLI processes in turn: each start loads the whole program, seconds on a busy CI machine.
  }, 90_000);

  it('refuses a file that is not OPML, or has a bad outlet attribute, writing nothing', () => {
    const run = cliRunner(dirs[1]!);
    const before = run('sources', 'list', '--json').stdout;
    const notOpml = path.join(dirs[1]!, 'feed.xml');
    writeFileSync(notOpml, '<rss><channel><title>x</title></channel></rss>');
    expect(run('sources', 'import', notOpml)).toMatchObject({
      code: 1,
      stderr: 'multipolar: Not an OPML file: the document has no <opml> root element.\n',
    });
    const bad = path.join(dirs[1]!, 'bad.opml');
    writeFileSync(
      bad,
      opml
        .replace('https://www.rt.com/rss/news/', 'https://new.example/rss')
        .replace('m:country="UA"', 'm:country="Ukraine"'),
    );
    const refused = run('sources', 'import', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /Nothing was imported: feed 2 \(https:\/\/feeds\.hosting\.example\/abc\): mp:country "Ukraine"/,
    );
    expect(run('sources', 'import', '--preset', 'nosuch')).toMatchObject({
      code: 1,
      stderr: 'multipolar: there is no preset "nosuch"\n',
    });
    expect(run('sources', 'list', '--json').stdout).toBe(before);
  });
});

describe('multipolar outlets set', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-outlets-'));
  const run = cliRunner(dir);
  const now = new Date('2024-05-02T12:00:00Z');
  let store: Store;
  let site: { url: string; close(): Promise<void> };
  let storyId: number;
  beforeAll(async () => {
    store = await openStore({ sqlitePath: path.join(dir, 'multipolar.db') });
    const bbc = await store.outlets.upsert(
      outletFixture('bbc', { name: 'BBC', country: 'GB', ownership: 'public', genre: 'broadcaster' }),
    );
    const blog = await store.outlets.upsert(
      outletFixture('local-blog', {
        name: 'Local Blog',
        country: 'unknown',
        ownership: 'unknown',
        genre: 'online',
      }),
    );
    const ids = [
      await store.articles.insert(articleFixture(bbc.id, 'b1')),
      await store.articles.insert(articleFixture(blog.id, 'l1')),
    ];
    [storyId] = (await store.stories.applyClustering([
      {
        id: null,
        headline: 'A story of two outlets',
        standfirst: null,
        firstPublished: new Date('2024-05-01T10:00:00Z'),
        lastPublished: new Date('2024-05-01T10:00:00Z'),
        articleCount: 2,
        outletCount: 2,
        relatedIds: [],
        articleIds: ids,
      },
    ])) as [number];
    site = await siteOver(store, now);
  });
  afterAll(async () => {
    await site.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('regroups a stored story at once: an unrated outlet set to British public broadcaster joins the BBC', async () => {
    const page = async () => (await fetch(new URL(`/stories/${storyId}`, site.url))).text();
    const before = await page();
    expect(before).toContain('Unrated outlets');
    expect(before).toContain(
      '<span class="badge own-unknown" title="Country and ownership not yet rated">Unrated</span>',
    );
    // Both coverage bars count the unrated outlet apart.
    expect(before.match(/<title>Unrated: 1 article \(50%\)<\/title>/g)).toHaveLength(2);
    expect(before).not.toMatch(/ZZ/);

    const set = run(
      'outlets',
      'set',
      'local-blog',
      '--country',
      'gb',
      '--ownership',
      'public',
      '--genre',
      'broadcaster',
      '--json',
    );
    expect(set.stderr).toBe('');
    expect(JSON.parse(set.stdout)).toMatchObject({
      slug: 'local-blog',
      country: 'GB',
      ownership: 'public',
      genre: 'broadcaster',
    });

    const after = await page();
    expect(after).not.toContain('Unrated outlets');
    expect(after).toContain('British public broadcasters');
  });

  it("shows an outlet's articles whole once an editor marks it openly licensed with --full-text on, and an excerpt again with off", async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Sentence number ${i} of the licensed report.`).join(
      ' ',
    );
    const id = await store.articles.insert(
      articleFixture((await store.outlets.getBySlug('bbc'))!.id, 'licensed', {
        bodyText: long,
        bodyHtml: `<p>${long}</p>`,
      }),
    );
    // A new connection per page: the CLI runs synchronously between reads, and a kept-alive socket the server
    // times out meanwhile would be reused just as it closes (ECONNRESET), which says nothing about the page.
    const page = () => fetchFresh(new URL(`/articles/${id}`, site.url));
    expect(await page()).not.toContain('Sentence number 119');
    const on = run('outlets', 'set', 'bbc', '--full-text', 'on', '--json');
    expect(on.stderr).toBe('');
    expect(JSON.parse(on.stdout)).toMatchObject({ slug: 'bbc', fullText: true });
    expect(await page()).toContain('Sentence number 119');
    expect(run('outlets', 'set', 'bbc', '--full-text', 'yes').stderr).toMatch(/--full-text takes on or off/);
    run('outlets', 'set', 'bbc', '--full-text', 'off');
    expect(await page()).not.toContain('Sentence number 119');
  });

  it('names a bad value or an unknown outlet, changing nothing', () => {
    const bad = run('outlets', 'set', 'bbc', '--ownership', 'owned');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/ownership.*one of state, state-backed, public, private, independent/);
    expect(run('outlets', 'set', 'bbc', '--country', 'Britain').stderr).toMatch(/country.*two-letter/);
    expect(run('outlets', 'set', 'nobody-here', '--country', 'GB').stderr).toMatch(/no outlet "nobody-here"/);
    const shown = JSON.parse(run('outlets', 'show', 'bbc', '--json').stdout);
    expect(shown).toMatchObject({ slug: 'bbc', country: 'GB', ownership: 'public' });
    // A registry outlet not stored yet can be shown (and so rated) by its slug.
    expect(JSON.parse(run('outlets', 'show', 'rt', '--json').stdout)).toMatchObject({
      name: 'RT',
      country: 'RU',
    });
    expect(run('outlets', 'show', 'local-blog').stdout).toMatch(/country\s+GB/);
  });
});
