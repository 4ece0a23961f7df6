import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewArticle, NewOutlet, Quote } from '../domain/index.js';
import { openStore, type Store } from '../storage/index.js';
import { quoteFixture } from '../storage/fixtures.js';
import { articleFixture, outletFixture } from '../storage/test-harness.js';
import { distinctFacts } from './letter-items.js';
import { buildLetter, type IssueDeps, issueLetter } from './letters.js';
import { PERSONAL } from './types.js';

const NOW = new Date('2026-12-07T07:00:00.000Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const SITE = 'https://news.example.org';
const HOSTILE = '<script>alert("x")</script> Grain & "the poor"';
const SHARED =
  'Delegations from Ankara and Moscow met in Istanbul on Monday to resume talks on the grain corridor.';

const COUNTRIES: Record<string, [string, string]> = {
  CN: ['Chinese', 'China'],
  GB: ['British', 'United Kingdom'],
  US: ['American', 'United States'],
  IN: ['Indian', 'India'],
};

const quote = (text: string, speaker: string): Quote => quoteFixture(text, speaker);

let dir: string;
let store: Store;
let deps: IssueDeps;
const ids: Record<'grain' | 'reef' | 'ceasefire' | 'hostile' | 'rates', number> = {
  grain: 0,
  reef: 0,
  ceasefire: 0,
  hostile: 0,
  rates: 0,
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mp-letters-'));
  store = await openStore({ sqlitePath: join(dir, 'letters.db') });
  deps = {
    store,
    siteUrl: SITE,
    labels: {
      countryAdjective: (c) => COUNTRIES[c]?.[0] ?? c,
      countryName: (c) => COUNTRIES[c]?.[1] ?? c,
    },
  };
  const outlet = async (slug: string, name: string, country: string, over: Partial<NewOutlet>) =>
    (await store.outlets.upsert(outletFixture(slug, { name, country, ...over }))).id;
  const huaxia = await outlet('huaxia', 'Huaxia Herald', 'CN', { ownership: 'state' });
  const redRiver = await outlet('red-river', 'Red River Daily', 'CN', { ownership: 'state' });
  const northbridge = await outlet('northbridge', 'Northbridge', 'GB', {
    ownership: 'public',
    genre: 'broadcaster',
  });
  const meridian = await outlet('meridian', 'Meridian Wire', 'US', { ownership: 'private', genre: 'wire' });
  const ganga = await outlet('ganga', 'Ganga Independent', 'IN', {
    ownership: 'independent',
    genre: 'online',
  });
  const commerce = await outlet('commerce', 'Commerce Daily', 'US', {
    ownership: 'private',
    genre: 'business',
  });

  const article = (outletId: number, key: string, hours: number, over: Partial<NewArticle>) =>
    store.articles.insert(
      articleFixture(outletId, key, {
        fetchedAt: NOW,
        published: hoursAgo(hours),
        bodyText: `${over.title ?? key}.\n\nMore reporting from ${key}.`,
        bodyHtml: '<p>body</p>',
        ...over,
      }),
    );
  const grain = [
    await article(huaxia, 'g1', 3, {
      title: 'Grain corridor talks resume in Istanbul',
      bodyText: `${SHARED}\n\nBeijing welcomed the talks.`,
      quotes: [quote('China supports every effort that keeps food flowing to the world', 'Liang Wen')],
    }),
    await article(northbridge, 'g2', 3, {
      title: 'Talks on grain shipments restart',
      bodyText: `${SHARED}\n\nShips wait at anchor.`,
      image: {
        url: 'https://img.example/ships.jpg',
        caption: 'Ships at anchor off Istanbul',
        credit: 'Ana Ruiz',
      },
      quotes: [quote('We expect the first ships to sail within a fortnight', 'Ole Berg')],
    }),
    await article(meridian, 'g3', 4, {
      title: 'Grain deal negotiators meet again',
      bodyText: SHARED,
      // An attribution below the display threshold: stored for research, never put in a letter.
      quotes: [
        quoteFixture('Nobody should expect ships to sail this year', 'Pat Unsure', {
          confidence: 0.2,
          shown: false,
        }),
      ],
    }),
    await article(ganga, 'g4', 5, { title: 'Grain talks back on', bodyText: SHARED }),
  ];
  const reef = [
    await article(northbridge, 'r1', 10, { title: 'Coral reef thrives again thanks to volunteers' }),
    await article(meridian, 'r2', 11, { title: 'Divers celebrate as fish return to a restored reef' }),
    await article(ganga, 'r3', 12, { title: 'Reef recovery delights scientists' }),
  ];
  const ceasefire = [
    await article(huaxia, 'c1', 20, { title: 'Ceasefire brings joy to border towns' }),
    await article(redRiver, 'c2', 20, { title: 'Happy crowds welcome the truce' }),
    await article(commerce, 'c3', 21, { title: 'Markets cheer the ceasefire' }),
  ];
  const hostile = [await article(ganga, 'h1', 2, { title: HOSTILE })];
  const rates = [
    await article(commerce, 'x1', 40, { title: 'Central bank holds rates steady' }),
    await article(redRiver, 'x2', 41, { title: 'Rates unchanged at the central bank' }),
  ];
  const story = (headline: string, articleIds: number[], first: number, last: number, outlets: number) => ({
    id: null,
    headline,
    standfirst: null,
    firstPublished: hoursAgo(first),
    lastPublished: hoursAgo(last),
    articleCount: articleIds.length,
    outletCount: outlets,
    relatedIds: [],
    articleIds,
  });
  [ids.grain, ids.reef, ids.ceasefire, ids.hostile, ids.rates] = (await store.stories.applyClustering([
    story('Grain corridor talks resume in Istanbul', grain, 5, 3, 4),
    story('Coral reef thrives again thanks to volunteers', reef, 12, 10, 3),
    story('Ceasefire brings joy to border towns', ceasefire, 21, 20, 3),
    story(HOSTILE, hostile, 2, 2, 1),
    story('Central bank holds rates steady', rates, 41, 40, 2),
  ])) as [number, number, number, number, number];
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function hrefs(htmlText: string): string[] {
  return [...htmlText.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

describe('the morning briefing', () => {
  it('carries the last 24 hours by breadth of coverage, each with facts, perspective lines and a link', async () => {
    const letter = await buildLetter(deps, 'briefing', NOW);
    expect(letter.issueKey).toBe('briefing/2026-12-07');
    expect(letter.list).toBe('briefing');
    // Four outlets, then three outlets in three groups before three outlets in two; the 40-hour-old story is out.
    expect(letter.storyIds).toEqual([ids.grain, ids.reef, ids.ceasefire, ids.hostile].map(String));
    // The story's neutral headline: the wire's wording, not the state outlet's (stories/headline.ts).
    expect(letter.subject).toBe('Morning briefing: Grain deal negotiators meet again');
    expect(letter.html).toContain(SHARED);
    expect(letter.html).toContain('Chinese state media');
    expect(letter.html).toMatch(/China supports every effort[^<]*”.*Liang Wen, via Huaxia Herald/);
    expect(letter.html).not.toContain('Pat Unsure');
    expect(letter.text).not.toContain('Nobody should expect ships');
    expect(letter.html).toContain(`href="${SITE}/stories/${ids.grain}"`);
    expect(letter.text).toContain(`The whole story: ${SITE}/stories/${ids.grain}`);
    expect(letter.text.replace(/\s+/g, ' ')).toContain(
      '“We expect the first ships to sail within a fortnight” — Ole Berg, via Northbridge',
    );
  });

  it('escapes a hostile headline in both parts and keeps it whole', async () => {
    const letter = await buildLetter(deps, 'briefing', NOW);
    expect(letter.html).not.toContain('<script>');
    expect(letter.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Grain &amp; &quot;the poor&quot;',
    );
    expect(letter.text).toContain(HOSTILE);
  });

  it('is a mail-client letter: inline styles only, a preheader, alt text and credit, under 100 KB', async () => {
    const letter = await buildLetter(deps, 'briefing', NOW);
    expect(Buffer.byteLength(letter.html)).toBeLessThan(100 * 1024);
    expect(letter.html).not.toMatch(/<link\b|<style\b|<script\b|@import/i);
    expect(letter.html).toMatch(/<table role="presentation"/);
    const imgs = [...letter.html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
    expect(imgs.length).toBeGreaterThan(0);
    for (const img of imgs) expect(img).toMatch(/\salt="[^"]+"/);
    expect(letter.html).toContain('alt="Ships at anchor off Istanbul"');
    expect(letter.html).toContain('Ana Ruiz');
    expect(letter.html).toMatch(/<div style="display:none[^>]*>[^<]*4 stories, the facts/);
  });

  it('leaves the personal placeholders for the sender, and its text part has every link of the HTML', async () => {
    const letter = await buildLetter(deps, 'briefing', NOW);
    for (const placeholder of Object.values(PERSONAL)) {
      expect(letter.html).toContain(placeholder);
      expect(letter.text).toContain(placeholder);
    }
    const links = hrefs(letter.html);
    expect(links.length).toBeGreaterThan(6);
    for (const link of links) expect(letter.text).toContain(link);
  });

  it('for a past date, shows only what was published by then', async () => {
    const letter = await buildLetter(deps, 'briefing', hoursAgo(19));
    expect(letter.issueKey).toBe('briefing/2026-12-06');
    expect(letter.storyIds).toEqual([ids.ceasefire, ids.rates].map(String));
  });
});

describe('the weekly good news', () => {
  it('picks the upbeat story and leaves out upbeat coverage of a conflict and neutral news', async () => {
    const letter = await buildLetter(deps, 'good-news', NOW);
    expect(letter.issueKey).toBe('good-news/2026-12-07');
    expect(letter.storyIds).toEqual([String(ids.reef)]);
    expect(letter.html).toContain('Divers celebrate as fish return to a restored reef');
  });
});

describe('the weekly blindspots', () => {
  it('lists a widely covered story that one kind of active outlet ignored, and says which', async () => {
    const letter = await buildLetter(deps, 'blindspots', NOW);
    // State media published (grain, ceasefire) but not a word on the reef; every kind covered the grain talks.
    expect(letter.storyIds).toContain(String(ids.reef));
    expect(letter.storyIds).not.toContain(String(ids.grain));
    expect(letter.html).toContain('Not covered by state media.');
    expect(letter.text).toContain('Not covered by state media.');
  });

  it('says so when nothing was ignored, rather than sending an empty frame', async () => {
    const letter = await buildLetter(deps, 'blindspots', new Date('2020-01-01T00:00:00Z'));
    expect(letter.storyIds).toEqual([]);
    expect(letter.html).toContain('every kind of outlet covered');
  });
});

describe('issuing a letter', () => {
  it('renders once per issue: a second issue of the day returns the stored letter as first rendered', async () => {
    const first = await issueLetter(deps, 'briefing', NOW);
    expect(first.created).toBe(true);
    expect(first.letter).toEqual(await buildLetter(deps, 'briefing', NOW));
    // Later the same day the stories change; the issue does not.
    const later = new Date(NOW.getTime() + 3_600_000);
    const again = await issueLetter(deps, 'briefing', later);
    expect(again.created).toBe(false);
    expect(again.letter).toEqual(first.letter);
    expect(
      (await store.letters.list({ list: 'briefing' }, { limit: 5, offset: 0 })).map((l) => l.issueKey),
    ).toEqual(['briefing/2026-12-07']);
  });
});

describe('distinctFacts', () => {
  it('drops a fact that only repeats an earlier, longer one', () => {
    expect(
      distinctFacts([
        'The proposal includes a 45-day ceasefire, the release of hostages and more aid.',
        'The proposal includes a 45-day ceasefire.',
        'The draft provides for 500 aid trucks a day.',
      ]),
    ).toEqual([
      'The proposal includes a 45-day ceasefire, the release of hostages and more aid.',
      'The draft provides for 500 aid trucks a day.',
    ]);
  });
});
