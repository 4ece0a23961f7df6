/**
 * What composing one story page costs as the story grows: synthetic stories of n articles from 20
 * outlets (a third of them reprints of one of five wire texts, the rest their own reports sharing a
 * few facts), composed whole and part by part. Prints ms per story and the cost per article as a
 * ratio to the smallest story's, measured in the same run (the machine is shared and noisy).
 *
 *   npx tsx bench/story-page/compose.bench.ts [--sizes 50,200,500,1000] [--runs 5]
 */
import { parseArgs } from 'node:util';
import type { ActorMention, Article, Outlet, OutletGenre, Ownership, Quote } from '../../src/domain/index.js';
import {
  blindspotsOf,
  byCentrality,
  composeStory,
  findWireCopy,
  sharedFacts,
  type StoryArticle,
} from '../../src/stories/index.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '50,200,500,1000' }, runs: { type: 'string', default: '5' } },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

const KINDS: [Ownership, OutletGenre][] = [
  ['private', 'wire'],
  ['public', 'broadcaster'],
  ['private', 'newspaper'],
  ['independent', 'online'],
  ['state', 'broadcaster'],
];
const COUNTRIES = ['US', 'GB', 'FR', 'IN', 'CN', 'RU', 'BR', 'KE', 'QA', 'DE'];
const outlets: Outlet[] = Array.from({ length: 20 }, (_, i) => {
  const [ownership, genre] = KINDS[i % KINDS.length]!;
  return {
    id: i + 1,
    slug: `outlet-${i + 1}`,
    name: `Outlet ${i + 1}`,
    domain: `o${i + 1}.test`,
    country: COUNTRIES[i % COUNTRIES.length]!,
    language: 'en',
    ownership,
    genre,
    homepage: null,
    notes: null,
    fullText: false,
  };
});

// A seeded generator, so every run composes the same stories.
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const WORDS =
  'port ships grain talks minister said deal prices river bridge council vote border troops summit bank rate market loan trade fund aid plan court law energy power city crowd police report budget'.split(
    ' ',
  );
function sentence(rand: () => number, words = 18): string {
  const w = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  return `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function story(n: number, seed: number): StoryArticle[] {
  const rand = prng(seed);
  const facts = Array.from({ length: 6 }, () => sentence(rand));
  const wires = Array.from({ length: 5 }, () => Array.from({ length: 12 }, () => sentence(rand)).join(' '));
  return Array.from({ length: n }, (_, i) => {
    const outlet = outlets[i % outlets.length]!;
    const reprint = i % 3 === 0;
    const body = reprint
      ? wires[i % wires.length]!
      : [
          facts[i % facts.length]!,
          ...Array.from({ length: 10 }, () => sentence(rand)),
          facts[(i + 1) % facts.length]!,
        ].join(' ');
    const published = new Date(Date.UTC(2026, 11, 7, 0, i));
    const article: Article = {
      id: i + 1,
      outletId: outlet.id,
      feedId: null,
      url: `https://o.test/${i + 1}`,
      guid: null,
      contentHash: `h${i}`,
      storyId: null,
      fetchedAt: published,
      title: sentence(rand, 9),
      standfirst: null,
      byline: null,
      published,
      updated: null,
      language: 'en',
      canonicalUrl: null,
      siteName: null,
      section: null,
      tags: [],
      image: null,
      bodyText: body,
      bodyHtml: '',
    };
    const quotes: Quote[] = [
      {
        text: sentence(rand, 10),
        kind: 'direct',
        speaker: `Speaker ${i % 7}`,
        speakerKind: 'person',
        speakerActorId: null,
        affiliation: null,
        cue: 'said',
        start: 10,
        end: 60,
        source: { start: 0, end: 30 },
        cueSpan: null,
      },
    ];
    const mentions: ActorMention[] = [
      {
        actorId: `country:${outlet.country.toLowerCase()}`,
        name: outlet.country,
        kind: 'country',
        surface: 'x',
        start: 5,
        end: 6,
      },
      { actorId: 'country:tr', name: 'Turkey', kind: 'country', surface: 'Istanbul', start: 1, end: 9 },
    ];
    return { article, outlet, quotes, mentions };
  });
}

function time(f: () => unknown): number {
  f(); // warm up: the first call also pays for compiling the code it runs
  const best: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    f();
    best.push(performance.now() - t);
  }
  return Math.min(...best);
}

const name = (c: string) => c;
const rows = sizes.map((n) => {
  const articles = story(n, n);
  const input = {
    story: {
      id: 1,
      headline: '',
      standfirst: null,
      firstPublished: new Date(0),
      lastPublished: new Date(0),
      articleCount: n,
      outletCount: 20,
      relatedIds: [],
      updatedAt: new Date(0),
    },
    articles,
    related: [],
    countryAdjective: name,
    countryName: name,
  };
  return {
    n,
    compose: time(() => composeStory(input)),
    centrality: time(() => byCentrality(articles)),
    facts: time(() => sharedFacts(articles)),
    wire: time(() => findWireCopy(articles)),
    blindspots: time(() => blindspotsOf(articles, name)),
  };
});

const anchor = rows[0]!.compose / rows[0]!.n;
console.log(
  `compose one story page, best of ${runs} runs; cost per article as a ratio to the ${rows[0]!.n}-article story`,
);
console.log(
  '| articles | compose ms | per article × anchor | centrality ms | facts, every article (uncapped) ms | wire copy ms | blindspots ms |',
);
console.log(
  '| -------: | ---------: | -------------------: | ------------: | ---------------------------------: | -----------: | ------------: |',
);
for (const r of rows) {
  const f = (x: number) => x.toFixed(1);
  console.log(
    `| ${r.n} | ${f(r.compose)} | ${(r.compose / r.n / anchor).toFixed(2)} | ${f(r.centrality)} | ${f(r.facts)} | ${f(r.wire)} | ${f(r.blindspots)} |`,
  );
}
