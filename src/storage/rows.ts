import type { Selectable } from 'kysely';
import type {
  Actor,
  ActorKind,
  ActorMention,
  Article,
  Feed,
  Outlet,
  OutletGenre,
  Ownership,
  Story,
} from '../domain/index.js';
import type { StoreDialect } from './dialects/dialect.js';
import type { Job, JobState } from './types.js';
import type {
  ActorsTable,
  ArticlesTable,
  FeedsTable,
  JobsTable,
  OutletsTable,
  StoriesTable,
} from './schema.js';

/** Every stored article column, listed so no dialect-only column (PostgreSQL's tsvector) is ever read. */
export const ARTICLE_COLUMNS = [
  'articles.id',
  'articles.outlet_id',
  'articles.feed_id',
  'articles.url',
  'articles.canonical_url',
  'articles.guid',
  'articles.title',
  'articles.standfirst',
  'articles.byline',
  'articles.published_at',
  'articles.updated_at',
  'articles.language',
  'articles.site_name',
  'articles.section',
  'articles.tags',
  'articles.body_text',
  'articles.body_html',
  'articles.image_url',
  'articles.image_caption',
  'articles.image_credit',
  'articles.content_hash',
  'articles.story_id',
  'articles.fetched_at',
] as const;

/** A stored article row. */
export type ArticleRow = Selectable<ArticlesTable>;

/** A stored value that may be null as a Date that may be null. */
export function maybeDate(d: StoreDialect, v: string | Date | null): Date | null {
  return v === null ? null : d.fromDb(v);
}

/** Parse a JSON array column, tolerating damage (an unreadable value reads as empty). */
export function jsonArray<T>(text: string): T[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

/** An outlets row as an Outlet. */
export function toOutlet(r: Selectable<OutletsTable>): Outlet {
  return {
    id: Number(r.id),
    slug: r.slug,
    name: r.name,
    domain: r.domain,
    country: r.country,
    language: r.language,
    ownership: r.ownership as Ownership,
    genre: r.genre as OutletGenre,
    homepage: r.homepage,
    notes: r.notes,
    fullText: Number(r.full_text) === 1,
  };
}

/** A feeds row as a Feed. */
export function toFeed(d: StoreDialect, r: Selectable<FeedsTable>): Feed {
  return {
    id: Number(r.id),
    url: r.url,
    outletId: r.outlet_id === null ? null : Number(r.outlet_id),
    title: r.title,
    etag: r.etag,
    lastModified: r.last_modified,
    lastCheckedAt: maybeDate(d, r.last_checked_at),
    nextCheckAt: maybeDate(d, r.next_check_at),
    failures: Number(r.failures),
    lastError: r.last_error,
  };
}

/** An articles row as an Article (without its quotes and mentions). */
export function toArticle(d: StoreDialect, r: ArticleRow): Article {
  const hasImage = r.image_url !== null || r.image_caption !== null || r.image_credit !== null;
  return {
    id: Number(r.id),
    outletId: Number(r.outlet_id),
    feedId: r.feed_id === null ? null : Number(r.feed_id),
    url: r.url,
    guid: r.guid,
    contentHash: r.content_hash,
    storyId: r.story_id === null ? null : Number(r.story_id),
    fetchedAt: d.fromDb(r.fetched_at),
    title: r.title,
    standfirst: r.standfirst,
    byline: r.byline,
    published: maybeDate(d, r.published_at),
    updated: maybeDate(d, r.updated_at),
    language: r.language,
    canonicalUrl: r.canonical_url,
    siteName: r.site_name,
    section: r.section,
    tags: jsonArray<string>(r.tags),
    image: hasImage ? { url: r.image_url, caption: r.image_caption, credit: r.image_credit } : null,
    bodyText: r.body_text,
    bodyHtml: r.body_html,
  };
}

/** A mentions row joined with its actor as an ActorMention. */
export function toMention(r: {
  actor_id: string;
  name: string;
  kind: string;
  surface: string;
  span_start: number;
  span_end: number;
}): ActorMention {
  return {
    actorId: r.actor_id,
    name: r.name,
    kind: r.kind as ActorKind,
    surface: r.surface,
    start: Number(r.span_start),
    end: Number(r.span_end),
  };
}

/** An actors row as an Actor. */
export function toActor(r: Selectable<ActorsTable>): Actor {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as ActorKind,
    country: r.country,
    description: r.description,
    // Only actors found in text carry the details; a gazetteer actor keeps its plain shape.
    ...(r.origin === 'text'
      ? {
          origin: 'text' as const,
          role: r.role,
          organisation: r.organisation,
          organisationId: r.organisation_id,
        }
      : {}),
  };
}

/** A stories row as a Story. */
export function toStory(d: StoreDialect, r: Selectable<StoriesTable>): Story {
  return {
    id: Number(r.id),
    headline: r.headline,
    standfirst: r.standfirst,
    firstPublished: d.fromDb(r.first_published),
    lastPublished: d.fromDb(r.last_published),
    articleCount: Number(r.article_count),
    outletCount: Number(r.outlet_count),
    relatedIds: jsonArray<number>(r.related_ids).map(Number),
    updatedAt: d.fromDb(r.updated_at),
  };
}

/** A jobs row as a Job; an unreadable payload reads as null (the handler then rejects it). */
export function toJob(d: StoreDialect, r: Selectable<JobsTable>): Job {
  let payload: unknown = null;
  try {
    payload = JSON.parse(r.payload);
  } catch {
    payload = null;
  }
  return {
    id: Number(r.id),
    kind: r.kind,
    payload,
    state: r.state as JobState,
    runAt: d.fromDb(r.run_at),
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    dedupeKey: r.dedupe_key,
    lockedBy: r.locked_by,
    lockedUntil: maybeDate(d, r.locked_until),
    lastError: r.last_error,
    createdAt: d.fromDb(r.created_at),
    finishedAt: maybeDate(d, r.finished_at),
  };
}
