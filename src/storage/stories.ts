import type { Transaction } from 'kysely';
import { inBatches, safePage } from './batches.js';
import type { StoreDialect } from './dialects/dialect.js';
import { toStory } from './rows.js';
import type { Database } from './schema.js';
import { bumpStoryViewsVersion, readStoryViewsVersion } from './story-views.js';
import type { StoryStore, StoryUpsert } from './types.js';

const BATCH = 500;
// Redirects followed at most this far: each merge adds one hop, and a loop must not hang a request.
const MAX_HOPS = 16;

// Two re-clusterings (two processes, or a worker beside `ingest`) rewrite the same stories and article
// memberships; one at a time, so neither deadlocks nor interleaves with the other.
const CLUSTERING_LOCK = 'multipolar:clustering';

/** Story queries over one database. */
export function createStoryStore(d: StoreDialect): StoryStore {
  const { db } = d;
  return {
    applyClustering: (upserts, keepIds) =>
      db.transaction().execute(async (trx) => {
        await d.serialize(trx, CLUSTERING_LOCK);
        return applyClustering(d, trx, upserts, keepIds === 'delete-others');
      }),
    async setRelated(links) {
      await db.transaction().execute(async (trx) => {
        await d.serialize(trx, CLUSTERING_LOCK);
        for (const { storyId, relatedIds } of [...links].sort((x, y) => x.storyId - y.storyId)) {
          await trx
            .updateTable('stories')
            .set({ related_ids: JSON.stringify(relatedIds) })
            .where('id', '=', storyId)
            .execute();
        }
        await bumpStoryViewsVersion(trx);
      });
    },
    version: () => readStoryViewsVersion(db),
    async resolve(id) {
      const seen = new Set<number>();
      for (let at = id; !seen.has(at) && seen.size < MAX_HOPS; ) {
        seen.add(at);
        const story = await db.selectFrom('stories').select('id').where('id', '=', at).executeTakeFirst();
        if (story) return at;
        const hop = await db
          .selectFrom('story_redirects')
          .select('to_id')
          .where('from_id', '=', at)
          .executeTakeFirst();
        if (!hop) return null;
        at = Number(hop.to_id);
      }
      return null;
    },
    async get(id) {
      const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toStory(d, row) : null;
    },
    async getMany(ids) {
      const found = new Map<number, ReturnType<typeof toStory>>();
      for (const batch of inBatches([...new Set(ids)], BATCH)) {
        const rows = await db.selectFrom('stories').selectAll().where('id', 'in', batch).execute();
        for (const r of rows) found.set(Number(r.id), toStory(d, r));
      }
      return ids.flatMap((id) => found.get(id) ?? []);
    },
    async list(page) {
      const { limit, offset } = safePage(page);
      let q = db.selectFrom('stories').selectAll();
      if (page.since) q = q.where('last_published', '>=', d.toDb(page.since));
      const rows = await q
        .orderBy('last_published', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map((r) => toStory(d, r));
    },
    async count() {
      const row = await db
        .selectFrom('stories')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

/**
 * Each upsert's old ids redirect to its story: insert or skip, so a redirect written once (or by
 * two re-clusterings at once) stays as first written. A story that exists is never redirected away.
 */
async function writeRedirects(
  trx: Transaction<Database>,
  upserts: StoryUpsert[],
  ids: number[],
  now: ReturnType<StoreDialect['toDb']>,
): Promise<void> {
  const live = new Set(ids);
  const claimed = new Set<number>();
  const rows = upserts.flatMap((u, i) =>
    (u.redirectFrom ?? []).flatMap((from) => {
      if (live.has(from) || claimed.has(from)) return [];
      claimed.add(from);
      return [{ from_id: from, to_id: ids[i]!, created_at: now }];
    }),
  );
  // Sorted, so two writers take the rows' locks in the same order.
  rows.sort((a, b) => a.from_id - b.from_id);
  for (const batch of inBatches(rows, BATCH)) {
    await trx
      .insertInto('story_redirects')
      .values(batch)
      .onConflict((oc) => oc.column('from_id').doNothing())
      .execute();
  }
  for (const batch of inBatches(ids, BATCH)) {
    await trx.deleteFrom('story_redirects').where('from_id', 'in', batch).execute();
  }
}

async function applyClustering(
  d: StoreDialect,
  trx: Transaction<Database>,
  upserts: StoryUpsert[],
  deleteOthers: boolean,
): Promise<number[]> {
  const now = d.toDb(new Date());
  const ids: number[] = [];
  for (const u of upserts) {
    const values = {
      headline: u.headline,
      standfirst: u.standfirst,
      first_published: d.toDb(u.firstPublished),
      last_published: d.toDb(u.lastPublished),
      article_count: u.articleCount,
      outlet_count: u.outletCount,
      related_ids: JSON.stringify(u.relatedIds),
      updated_at: now,
    };
    let id: number | null = null;
    if (u.id !== null) {
      const res = await trx.updateTable('stories').set(values).where('id', '=', u.id).executeTakeFirst();
      if (Number(res.numUpdatedRows) > 0) id = u.id;
    }
    // A story deleted since clustering read it comes back under a fresh id.
    id ??= Number(
      (await trx.insertInto('stories').values(values).returning('id').executeTakeFirstOrThrow()).id,
    );
    ids.push(id);
  }

  await writeRedirects(trx, upserts, ids, now);

  // Membership is exactly articleIds: empty the touched stories, then refill them.
  for (const batch of inBatches([...new Set(ids)], BATCH)) {
    await trx.updateTable('articles').set({ story_id: null }).where('story_id', 'in', batch).execute();
  }
  for (const [i, u] of upserts.entries()) {
    for (const batch of inBatches(u.articleIds, BATCH)) {
      await trx.updateTable('articles').set({ story_id: ids[i]! }).where('id', 'in', batch).execute();
    }
  }

  if (deleteOthers) {
    const keep = new Set(ids);
    const existing = await trx.selectFrom('stories').select('id').execute();
    const others = existing.map((r) => Number(r.id)).filter((id) => !keep.has(id));
    for (const batch of inBatches(others, BATCH)) {
      await trx.updateTable('articles').set({ story_id: null }).where('story_id', 'in', batch).execute();
      await trx.deleteFrom('stories').where('id', 'in', batch).execute();
    }
  }
  await trx
    .deleteFrom('stories')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('articles').select('articles.id').whereRef('articles.story_id', '=', 'stories.id')),
      ),
    )
    .execute();
  await bumpStoryViewsVersion(trx);
  return ids;
}
