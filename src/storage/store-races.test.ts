import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RaceJob } from './race-writer.js';
import { forEachDialect, outletFixture, runWriterProcess } from './test-harness.js';
import type { InsertOutcome } from './types.js';

const script = path.join(import.meta.dirname, 'race-writer.ts');

/** Run race-writer.ts as its own process and return the JSON lines it printed. */
async function runWriter(job: RaceJob): Promise<unknown[]> {
  const out = await runWriterProcess(script, job);
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);
}

// The person found in text that race-writer.ts puts in every article (importing it would run the writer).
const RACE_PERSON = 'person:dmitry-kosyrev';

const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);

describe('storage: two processes racing on one database', () => {
  forEachDialect((fresh) => {
    for (const shared of ['url', 'content hash'] as const) {
      it(`stores an article written by both at once once (same ${shared}); the loser is told it is a duplicate`, async () => {
        const { store, options } = await fresh();
        const outlet = await store.outlets.upsert(outletFixture('race'));
        const feedA = await store.feeds.add('https://race.example/feed', outlet.id);
        const feedB = await store.feeds.add('https://race.example/feed?section=world', outlet.id);
        const startAt = Date.now() + 3000;
        const job = (feedId: number, prefix: string): RaceJob => ({
          options,
          mode: 'insert',
          outletId: outlet.id,
          feedId,
          keys,
          urlPrefix: shared === 'url' ? 'https://race.example/' : prefix,
          startAt,
        });
        const [a, b] = (await Promise.all([
          runWriter(job(feedA.id, 'https://race.example/a/')),
          runWriter(job(feedB.id, 'https://race.example/b/')),
        ])) as InsertOutcome[][];
        expect(await store.articles.count()).toBe(keys.length);
        for (const [i, key] of keys.entries()) {
          const pair = [a![i]!, b![i]!];
          expect(
            pair.filter((o) => o.status === 'stored'),
            key,
          ).toHaveLength(1);
          const winner = pair.find((o) => o.status === 'stored')!;
          expect(
            pair.find((o) => o.status === 'duplicate'),
            key,
          ).toMatchObject({ id: winner.id });
          const stored = await store.articles.get(winner.id);
          // The analysis is attached once, to the row that won.
          expect(stored!.mentions).toHaveLength(2);
          expect(stored!.quotes).toHaveLength(1);
        }
        // Both writers inserted the person found in text at once: one row, with its details.
        expect(await store.actors.get(RACE_PERSON)).toMatchObject({ origin: 'text', role: 'columnist' });
        const top = await store.actors.top(10);
        expect(top.filter((a) => a.name === 'Dmitry Kosyrev')).toHaveLength(1);
        expect(top.find((a) => a.id === RACE_PERSON)?.mentionCount).toBe(keys.length);
      }, 60_000);
    }

    it('lets two processes re-cluster the same articles at once without a crash or a broken story', async () => {
      const { store, options } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('recluster'));
      const feed = await store.feeds.add('https://recluster.example/feed', outlet.id);
      const base = {
        options,
        outletId: outlet.id,
        feedId: feed.id,
        keys,
        urlPrefix: 'https://recluster.example/',
      };
      await runWriter({ ...base, mode: 'insert', startAt: 0 });
      const startAt = Date.now() + 3000;
      const runs = await Promise.all([
        runWriter({ ...base, mode: 'cluster', startAt }),
        runWriter({ ...base, mode: 'cluster', startAt, reverse: true }),
      ]);
      expect(runs.map((r) => r.length)).toEqual([30, 30]);
      const stories = await store.stories.list({ limit: 100, offset: 0 });
      expect(stories.length).toBeGreaterThan(0);
      let members = 0;
      for (const story of stories) {
        const articles = await store.articles.listByStory(story.id);
        expect(articles.length).toBeGreaterThan(0);
        members += articles.length;
      }
      expect(members).toBe(keys.length);
    }, 60_000);
  });
});
