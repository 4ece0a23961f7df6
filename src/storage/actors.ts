import { sql } from 'kysely';
import type { Actor } from '../domain/index.js';
import { inBatches } from './batches.js';
import type { StoreDialect } from './dialects/dialect.js';
import { toActor, toStory } from './rows.js';
import { publishedOrFetched, selectSummaries, toSummary } from './summaries.js';
import type { ActorStore } from './types.js';

const ACTOR_COLUMNS = [
  'actors.id',
  'actors.name',
  'actors.kind',
  'actors.country',
  'actors.description',
  'actors.origin',
  'actors.role',
  'actors.organisation',
  'actors.organisation_id',
] as const;

/** Actor queries over one database. */
export function createActorStore(d: StoreDialect): ActorStore {
  const { db } = d;
  const whole = (n: number) => Math.max(0, Math.floor(n));
  return {
    async upsertMany(actors: Actor[]) {
      // Last one wins for a repeated id: PostgreSQL refuses to update one row twice in a statement.
      // In id order, so processes seeding at once (every command does at start) lock rows in one order.
      const unique = [...new Map(actors.map((a) => [a.id, a])).values()].sort((x, y) =>
        x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
      );
      if (unique.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (const batch of inBatches(unique, 200)) {
          await trx
            .insertInto('actors')
            .values(
              batch.map((a) => ({
                id: a.id,
                name: a.name,
                kind: a.kind,
                country: a.country,
                description: a.description,
                origin: 'gazetteer',
              })),
            )
            .onConflict((oc) =>
              oc
                .column('id')
                .doUpdateSet((eb) => ({
                  name: eb.ref('excluded.name'),
                  kind: eb.ref('excluded.kind'),
                  country: eb.ref('excluded.country'),
                  description: eb.ref('excluded.description'),
                  // A name first found in text and later added to the gazetteer becomes the gazetteer's.
                  origin: eb.ref('excluded.origin'),
                }))
                // An unchanged actor is not rewritten: seeding at each start writes nothing new.
                .where(
                  sql<boolean>`actors.name is distinct from excluded.name
                    or actors.kind is distinct from excluded.kind
                    or actors.country is distinct from excluded.country
                    or actors.description is distinct from excluded.description
                    or actors.origin is distinct from excluded.origin`,
                ),
            )
            .execute();
        }
      });
    },
    async get(id) {
      const row = await db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toActor(row) : null;
    },
    async top(limit) {
      const rows = await db
        .selectFrom('actors')
        .innerJoin('mentions', 'mentions.actor_id', 'actors.id')
        .select(ACTOR_COLUMNS)
        .select((eb) => eb.fn.count('mentions.article_id').distinct().as('n'))
        .groupBy(ACTOR_COLUMNS)
        .orderBy('n', 'desc')
        .orderBy('actors.id')
        .limit(whole(limit))
        .execute();
      return rows.map((r) => ({ ...toActor(r), mentionCount: Number(r.n) }));
    },
    async articlesMentioning(actorId, limit) {
      const rows = await selectSummaries(d)
        .where('articles.id', 'in', (eb) =>
          eb.selectFrom('mentions').select('mentions.article_id').where('mentions.actor_id', '=', actorId),
        )
        .orderBy(publishedOrFetched, 'desc')
        .orderBy('articles.id', 'desc')
        .limit(whole(limit))
        .execute();
      return rows.map((r) => toSummary(d, r));
    },
    async storiesMentioning(actorId, limit) {
      const rows = await db
        .selectFrom('stories')
        .selectAll()
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('articles')
            .innerJoin('mentions', 'mentions.article_id', 'articles.id')
            .select('articles.story_id')
            .where('mentions.actor_id', '=', actorId)
            .where('articles.story_id', 'is not', null),
        )
        .orderBy('last_published', 'desc')
        .orderBy('id', 'desc')
        .limit(whole(limit))
        .execute();
      return rows.map((r) => toStory(d, r));
    },
  };
}
