import { type Kysely, sql, type Transaction } from 'kysely';
import type { Actor, ActorMention, NewArticle, Quote } from '../domain/index.js';
import { loadDetails } from './article-details.js';
import { inBatches, safePage } from './batches.js';
import type { StoreDialect } from './dialects/dialect.js';
import { toQuoteRow } from './quote-rows.js';
import { ARTICLE_COLUMNS } from './rows.js';
import type { Database } from './schema.js';
import { publishedOrFetched, selectSummaries, toSummary } from './summaries.js';
import type { ArticleDetail, ArticleStore, ClusteringArticle, Duplicate, InsertOutcome } from './types.js';

/** Article queries over one database. */
export function createArticleStore(d: StoreDialect): ArticleStore {
  const { db } = d;
  return {
    findDuplicate: (k) => findDuplicate(db, k),

    insertOrSkip: (a) => insertOrSkip(d, a),

    async insert(a) {
      const outcome = await insertOrSkip(d, a);
      if (outcome.status === 'duplicate') {
        throw new Error(`article ${a.url} duplicates stored article ${outcome.id} (by ${outcome.by})`);
      }
      return outcome.id;
    },

    async get(id) {
      const row = await db
        .selectFrom('articles')
        .select(ARTICLE_COLUMNS)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      const [detail] = await loadDetails(d, [row]);
      return detail ?? null;
    },

    async getMany(ids) {
      const rows = [];
      for (const batch of inBatches([...new Set(ids)], 500)) {
        rows.push(
          ...(await db.selectFrom('articles').select(ARTICLE_COLUMNS).where('id', 'in', batch).execute()),
        );
      }
      const details = new Map((await loadDetails(d, rows)).map((a) => [a.id, a]));
      return ids.flatMap((id) => details.get(id) ?? []);
    },

    async listByStory(storyId) {
      const rows = await db
        .selectFrom('articles')
        .select(ARTICLE_COLUMNS)
        .where('story_id', '=', storyId)
        .orderBy(publishedOrFetched)
        .orderBy('id')
        .execute();
      return loadDetails(d, rows);
    },

    async listByStories(storyIds) {
      const ids = [...new Set(storyIds)];
      const rows = [];
      for (const batch of inBatches(ids, 500)) {
        rows.push(
          ...(await db
            .selectFrom('articles')
            .select(ARTICLE_COLUMNS)
            .where('story_id', 'in', batch)
            .orderBy(publishedOrFetched)
            .orderBy('id')
            .execute()),
        );
      }
      const out = new Map<number, ArticleDetail[]>(ids.map((id) => [id, []]));
      for (const detail of await loadDetails(d, rows)) out.get(detail.storyId ?? -1)?.push(detail);
      return out;
    },

    async listByOutlet(outletId, page) {
      const { limit, offset } = safePage(page);
      const rows = await selectSummaries(d)
        .where('articles.outlet_id', '=', outletId)
        .orderBy(publishedOrFetched, 'desc')
        .orderBy('articles.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map((r) => toSummary(d, r));
    },

    async listForClustering(since) {
      const from = d.toDb(since);
      const rows = await db
        .selectFrom('articles')
        .select([
          'id',
          'outlet_id',
          'title',
          'standfirst',
          'body_text',
          'story_id',
          publishedOrFetched.as('at'),
        ])
        .where(publishedOrFetched, '>=', from)
        .orderBy(publishedOrFetched)
        .orderBy('id')
        .execute();
      const mentionRows = await db
        .selectFrom('mentions')
        .innerJoin('articles', 'articles.id', 'mentions.article_id')
        .select(['mentions.article_id', 'mentions.actor_id'])
        .where(publishedOrFetched, '>=', from)
        .orderBy('mentions.article_id')
        .orderBy('mentions.ordinal')
        .execute();
      const actors = new Map<number, Set<string>>();
      for (const m of mentionRows) {
        const id = Number(m.article_id);
        const set = actors.get(id) ?? new Set<string>();
        set.add(m.actor_id);
        actors.set(id, set);
      }
      return rows.map(
        (r): ClusteringArticle => ({
          id: Number(r.id),
          outletId: Number(r.outlet_id),
          published: d.fromDb(r.at),
          title: r.title ?? '',
          text: r.standfirst ? `${r.standfirst}\n\n${r.body_text}` : r.body_text,
          actorIds: [...(actors.get(Number(r.id)) ?? [])],
          storyId: r.story_id === null ? null : Number(r.story_id),
        }),
      );
    },

    async count() {
      const row = await db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

type DuplicateKeys = Parameters<ArticleStore['findDuplicate']>[0];

async function findDuplicate(db: Kysely<Database>, k: DuplicateKeys): Promise<Duplicate | null> {
  if (k.feedId !== null && k.guid !== null) {
    const row = await db
      .selectFrom('articles')
      .select('id')
      .where('feed_id', '=', k.feedId)
      .where('guid', '=', k.guid)
      .executeTakeFirst();
    if (row) return { id: Number(row.id), by: 'guid' };
  }
  const urls = [...new Set([k.url, k.canonicalUrl].filter((u): u is string => u !== null && u !== ''))];
  if (urls.length > 0) {
    const row = await db
      .selectFrom('articles')
      .select('id')
      .where((eb) => eb.or([eb('url', 'in', urls), eb('canonical_url', 'in', urls)]))
      .orderBy('id')
      .executeTakeFirst();
    if (row) return { id: Number(row.id), by: 'url' };
  }
  if (k.contentHash === null) return null;
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where('content_hash', '=', k.contentHash)
    .where('outlet_id', '=', k.outletId)
    .orderBy('id')
    .executeTakeFirst();
  return row ? { id: Number(row.id), by: 'hash' } : null;
}

async function insertOrSkip(d: StoreDialect, a: NewArticle): Promise<InsertOutcome> {
  // The row that blocked ours is committed by the time the insert skips (PostgreSQL waits for it;
  // SQLite has one writer), so the lookup finds it; a second round covers its deletion meanwhile.
  for (let attempt = 0; attempt < 2; attempt++) {
    const outcome = await d.db.transaction().execute(async (trx): Promise<InsertOutcome | null> => {
      const id = await insertArticle(d, trx, a);
      if (id !== null) return { status: 'stored', id };
      const winner = await findDuplicate(trx, a);
      return winner ? { status: 'duplicate', ...winner } : null;
    });
    if (outcome) return outcome;
  }
  throw new Error(`article ${a.url} conflicted with a stored article that could not be found`);
}

/** Insert the article and its analysis; null (nothing written) when a unique key says it is stored already. */
async function insertArticle(
  d: StoreDialect,
  trx: Transaction<Database>,
  a: NewArticle,
): Promise<number | null> {
  await ensureActors(trx, a.mentions, a.foundActors ?? []);
  const inserted = await trx
    .insertInto('articles')
    .values(
      withoutNul({
        outlet_id: a.outletId,
        feed_id: a.feedId,
        url: a.url,
        canonical_url: a.canonicalUrl,
        guid: a.guid,
        title: a.title,
        standfirst: a.standfirst,
        byline: a.byline,
        published_at: a.published ? d.toDb(a.published) : null,
        updated_at: a.updated ? d.toDb(a.updated) : null,
        language: a.language,
        site_name: a.siteName,
        section: a.section,
        tags: JSON.stringify(a.tags),
        body_text: a.bodyText,
        body_html: a.bodyHtml,
        image_url: a.image?.url ?? null,
        image_caption: a.image?.caption ?? null,
        image_credit: a.image?.credit ?? null,
        content_hash: a.contentHash,
        story_id: null,
        fetched_at: d.toDb(a.fetchedAt),
      }),
    )
    // Any unique index (feed+guid, outlet+url, outlet+canonical url, outlet+hash) makes it a skip.
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  const id = Number(inserted.id);
  await insertMentions(trx, id, a.mentions);
  await insertQuotes(trx, id, a.quotes);
  return id;
}

/**
 * Mentions reference actors; an actor the gazetteer has not stored yet gets a minimal row (a later
 * actors.upsertMany fills in country and description). A person or organisation found in the text
 * is inserted with its details, keyed by its normalised name: insert-or-skip on the primary key, so
 * two writers naming one person at once store one row. A role or organisation the stored row lacks
 * is filled in from a later article. Inserted before the article and in id order, so two
 * transactions writing overlapping actors wait for each other instead of deadlocking.
 */
async function ensureActors(trx: Transaction<Database>, mentions: ActorMention[], found: Actor[]) {
  const details = new Map(found.map((f) => [f.id, f]));
  const actors = new Map(
    mentions.map((m) => {
      const f = details.get(m.actorId);
      return [
        m.actorId,
        f
          ? {
              id: f.id,
              name: f.name,
              kind: f.kind,
              country: f.country,
              description: f.description,
              origin: 'text',
              role: f.role ?? null,
              organisation: f.organisation ?? null,
              organisation_id: f.organisationId ?? null,
            }
          : { id: m.actorId, name: m.name, kind: m.kind },
      ];
    }),
  );
  const sorted = [...actors.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const plain = sorted.filter((r) => !('origin' in r));
  const withDetails = sorted.filter((r) => 'origin' in r);
  for (const batch of inBatches(plain.map(withoutNul), 500)) {
    await trx
      .insertInto('actors')
      .values(batch)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
  for (const batch of inBatches(withDetails.map(withoutNul), 200)) {
    await trx
      .insertInto('actors')
      .values(batch)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            role: eb.fn.coalesce('actors.role', eb.ref('excluded.role')),
            organisation: eb.fn.coalesce('actors.organisation', eb.ref('excluded.organisation')),
            organisation_id: eb.fn.coalesce('actors.organisation_id', eb.ref('excluded.organisation_id')),
          }))
          // Only a found actor missing a detail the new article states is written; otherwise a skip.
          .where(
            sql<boolean>`actors.origin = 'text' and (
              (actors.role is null and excluded.role is not null)
              or (actors.organisation is null and excluded.organisation is not null))`,
          ),
      )
      .execute();
  }
}

async function insertMentions(trx: Transaction<Database>, articleId: number, mentions: ActorMention[]) {
  if (mentions.length === 0) return;
  const rows = mentions.map((m, ordinal) => ({
    article_id: articleId,
    ordinal,
    actor_id: m.actorId,
    surface: m.surface,
    span_start: m.start,
    span_end: m.end,
  }));
  for (const batch of inBatches(rows.map(withoutNul), 500))
    await trx.insertInto('mentions').values(batch).execute();
}

async function insertQuotes(trx: Transaction<Database>, articleId: number, quotes: Quote[]) {
  if (quotes.length === 0) return;
  const rows = quotes.map((q, ordinal) => toQuoteRow(articleId, ordinal, q));
  for (const batch of inBatches(rows.map(withoutNul), 200))
    await trx.insertInto('quotes').values(batch).execute();
}

/**
 * PostgreSQL text cannot hold NUL while SQLite can; dropping it from every string keeps the two
 * databases storing the same thing (a NUL in scraped text is never meaningful).
 */
function withoutNul<T extends Record<string, unknown>>(row: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'string' ? v.replaceAll('\u0000', '') : v;
  return out as T;
}
