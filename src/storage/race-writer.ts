/**
 * Test support, run as its own process by store-races.test.ts: opens a store and, at an agreed
 * instant, writes the same articles (or re-clusters the same ones) as a twin process does, printing
 * one JSON line per outcome. Real separate processes, because that is how the races happen.
 */
import type { NewArticle } from '../domain/index.js';
import { articleFixture } from './fixtures.js';
import { openStore } from './open-store.js';
import type { OpenStoreOptions } from './types.js';

/** What the race test asks of one writer process (passed as JSON, its one argument). */
export interface RaceJob {
  options: OpenStoreOptions;
  mode: 'insert' | 'cluster' | 'redirect';
  outletId: number;
  feedId: number;
  /** Article keys; the same in both processes. */
  keys: string[];
  /** Both processes share content hashes; the URL prefix decides whether they share URLs too. */
  urlPrefix: string;
  /** Epoch ms at which to start writing, so both processes write at once. */
  startAt: number;
  /** Cluster mode: write the stories in the opposite order to the twin, so row locks cross. */
  reverse?: boolean;
  /** Redirect mode: every article into this story, which absorbs the old ids `redirectFrom`. */
  storyId?: number;
  redirectFrom?: number[];
}

/** The person found in text that every race article names: both writers insert the actor at once. */
const RACE_PERSON = 'person:dmitry-kosyrev';

/**
 * The article a writer stores for `key`: one gazetteer mention, one person found in text and one
 * quote, so a double analysis (or a second actor row) would show.
 */
function raceArticle(job: RaceJob, key: string): NewArticle {
  const body = `China said the talks on ${key} would go on, Dmitry Kosyrev wrote.`;
  const at = body.indexOf('Dmitry');
  return articleFixture(job.outletId, key, {
    feedId: job.feedId,
    url: `${job.urlPrefix}${key}`,
    guid: `guid-${key}`,
    mentions: [
      { actorId: 'race-cn', name: 'China', kind: 'country', surface: 'China', start: 0, end: 5 },
      {
        actorId: RACE_PERSON,
        name: 'Dmitry Kosyrev',
        kind: 'person',
        surface: 'Dmitry Kosyrev',
        start: at,
        end: at + 14,
      },
    ],
    foundActors: [
      {
        id: RACE_PERSON,
        name: 'Dmitry Kosyrev',
        kind: 'person',
        country: null,
        description: 'columnist, Sputnik',
        origin: 'text',
        role: 'columnist',
        organisation: 'Sputnik',
        organisationId: 'outlet:sputnik',
      },
    ],
    quotes: [
      {
        text: 'the talks would go on',
        kind: 'reported',
        speaker: 'China',
        speakerKind: 'government',
        speakerActorId: 'race-cn',
        affiliation: null,
        cue: 'said',
        start: 11,
        end: body.indexOf(','),
        source: { start: 0, end: 5 },
        cueSpan: null,
      },
    ],
    title: `Talks on ${key}`,
    bodyText: body,
    bodyHtml: `<p>${body}</p>`,
  });
}

/** Re-clusterings per cluster-mode writer. */
export const ROUNDS = 30;

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '') as RaceJob;
  const store = await openStore(job.options);
  try {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, job.startAt - Date.now())));
    if (job.mode === 'insert') {
      const outcomes = await Promise.all(
        job.keys.map((k) => store.articles.insertOrSkip(raceArticle(job, k))),
      );
      for (const o of outcomes) process.stdout.write(`${JSON.stringify(o)}\n`);
      return;
    }
    const rows = await store.articles.listForClustering(new Date(0));
    if (job.mode === 'redirect') {
      // Both writers fold the same old stories into one story at once, round after round.
      const from = job.reverse ? [...job.redirectFrom!].reverse() : job.redirectFrom!;
      for (let round = 0; round < ROUNDS; round++) {
        const ids = await store.stories.applyClustering([
          {
            id: job.storyId!,
            headline: 'Merged story',
            standfirst: null,
            firstPublished: new Date('2024-05-01T10:00:00.000Z'),
            lastPublished: new Date('2024-05-01T10:00:00.000Z'),
            articleCount: rows.length,
            outletCount: 1,
            relatedIds: [],
            articleIds: rows.map((r) => r.id),
            redirectFrom: from,
          },
        ]);
        process.stdout.write(`${JSON.stringify(ids)}\n`);
      }
      return;
    }
    // Cluster mode: every article into one of three new stories, again and again, with related links.
    for (let round = 0; round < ROUNDS; round++) {
      const groups = [0, 1, 2].map((g) => rows.filter((_, i) => i % 3 === (g + round) % 3).map((r) => r.id));
      if (job.reverse) {
        groups.reverse();
        for (const g of groups) g.reverse();
      }
      const ids = await store.stories.applyClustering(
        groups.map((articleIds, g) => ({
          id: null,
          headline: `Story ${g}`,
          standfirst: null,
          firstPublished: new Date('2024-05-01T10:00:00.000Z'),
          lastPublished: new Date('2024-05-01T10:00:00.000Z'),
          articleCount: articleIds.length,
          outletCount: 1,
          relatedIds: [],
          articleIds,
        })),
      );
      await store.stories.setRelated(
        ids.map((storyId) => ({ storyId, relatedIds: ids.filter((i) => i !== storyId) })),
      );
      process.stdout.write(`${JSON.stringify(ids)}\n`);
    }
  } finally {
    await store.close();
  }
}

await main();
