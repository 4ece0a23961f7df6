import { sql } from 'kysely';
import type { StoreDialect } from './dialects/dialect.js';
import type { DbDate } from './schema.js';
import type { ArticleSummary } from './types.js';
import { maybeDate } from './rows.js';

/** When an article happened for ordering: its published date, or when we fetched it if it had none. */
export const publishedOrFetched = sql<DbDate>`coalesce(articles.published_at, articles.fetched_at)`;

/** Articles joined to their outlet, selecting what an ArticleSummary needs. */
export function selectSummaries(d: StoreDialect) {
  return d.db
    .selectFrom('articles')
    .innerJoin('outlets', 'outlets.id', 'articles.outlet_id')
    .select([
      'articles.id',
      'articles.title',
      'articles.url',
      'articles.standfirst',
      'articles.published_at',
      'articles.outlet_id',
      'outlets.name as outlet_name',
      'articles.story_id',
      'articles.image_url',
    ]);
}

/** A row from selectSummaries as an ArticleSummary; an untitled article is titled by its URL. */
export function toSummary(
  d: StoreDialect,
  r: {
    id: number;
    title: string | null;
    url: string;
    standfirst: string | null;
    published_at: DbDate | null;
    outlet_id: number;
    outlet_name: string;
    story_id: number | null;
    image_url: string | null;
  },
): ArticleSummary {
  return {
    id: Number(r.id),
    title: r.title ?? r.url,
    url: r.url,
    standfirst: r.standfirst,
    published: maybeDate(d, r.published_at),
    outletId: Number(r.outlet_id),
    outletName: r.outlet_name,
    storyId: r.story_id === null ? null : Number(r.story_id),
    imageUrl: r.image_url,
  };
}
