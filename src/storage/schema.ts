import type { Generated } from 'kysely';

/** A stored instant: ISO-8601 text on SQLite, a Date (timestamptz) on PostgreSQL. Convert at the border. */
export type DbDate = string | Date;

/** The outlets table. */
export interface OutletsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  domain: string;
  country: string;
  language: string;
  ownership: string;
  genre: string;
  homepage: string | null;
  notes: string | null;
  /** 0 or 1 (migration 0013): integers read the same on both databases. */
  full_text: Generated<number>;
}

/** The feeds table. */
export interface FeedsTable {
  id: Generated<number>;
  url: string;
  outlet_id: number | null;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_checked_at: DbDate | null;
  next_check_at: DbDate | null;
  failures: Generated<number>;
  last_error: string | null;
}

/** The articles table. */
export interface ArticlesTable {
  id: Generated<number>;
  outlet_id: number;
  feed_id: number | null;
  url: string;
  canonical_url: string | null;
  guid: string | null;
  title: string | null;
  standfirst: string | null;
  byline: string | null;
  published_at: DbDate | null;
  updated_at: DbDate | null;
  language: string | null;
  site_name: string | null;
  section: string | null;
  /** JSON array of strings. */
  tags: string;
  body_text: string;
  body_html: string;
  image_url: string | null;
  image_caption: string | null;
  image_credit: string | null;
  content_hash: string;
  story_id: number | null;
  fetched_at: DbDate;
}

/** The actors table. */
export interface ActorsTable {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  description: string | null;
  /** 'gazetteer' or 'text' (migration 0015). */
  origin: Generated<string>;
  role: string | null;
  organisation: string | null;
  organisation_id: string | null;
}

/** The mentions table: one row per place an actor is named in an article. */
export interface MentionsTable {
  article_id: number;
  ordinal: number;
  actor_id: string;
  surface: string;
  span_start: number;
  span_end: number;
}

/** The quotes table: one row per attribution found in an article. */
export interface QuotesTable {
  article_id: number;
  ordinal: number;
  text: string;
  kind: string;
  speaker: string | null;
  speaker_kind: string | null;
  speaker_actor_id: string | null;
  affiliation: string | null;
  cue: string | null;
  span_start: number;
  span_end: number;
  source_start: number | null;
  source_end: number | null;
  cue_start: number | null;
  cue_end: number | null;
  /** JSON array of {start, end}; null on rows written before contentSpans existed. */
  content_spans: string | null;
  cue_class: string | null;
  outlet: string | null;
  outlet_actor_id: string | null;
  outlet_ownership: string | null;
  outlet_country: string | null;
  outlet_genre: string | null;
  speaker_description: string | null;
  /** The speaker's role as the text gives it ("spokesman"); null when none is given or on older rows. */
  speaker_role: string | null;
  reported_by: string | null;
  /** 0 to 1; null on rows written before confidences existed (not shown to readers). */
  confidence: number | null;
  /** 1 when readers are shown it, 0 when not; null on older rows (not shown). */
  shown: number | null;
}

/** The stories table. */
export interface StoriesTable {
  id: Generated<number>;
  headline: string;
  standfirst: string | null;
  first_published: DbDate;
  last_published: DbDate;
  article_count: number;
  outlet_count: number;
  /** JSON array of story ids. */
  related_ids: string;
  updated_at: DbDate;
}

/** The story_redirects table: an old story id and the story its readers now go to (migration 0022). */
export interface StoryRedirectsTable {
  from_id: number;
  to_id: number;
  created_at: DbDate;
}

/** One row (id 1) whose version every change to stories bumps; see migrations/story-views.ts. */
export interface StoryViewsTable {
  id: number;
  version: number;
}

/** The jobs table: the work queue shared by every worker process. */
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  /** JSON text. */
  payload: string;
  /** pending | running | done | dead */
  state: string;
  run_at: DbDate;
  attempts: Generated<number>;
  max_attempts: number;
  dedupe_key: string | null;
  locked_by: string | null;
  locked_until: DbDate | null;
  last_error: string | null;
  created_at: DbDate;
  finished_at: DbDate | null;
}

/** The feed_entry_skips table: feed entries that could not be stored, and whether that is for good. */
export interface FeedEntrySkipsTable {
  feed_id: number;
  entry_key: string;
  url: string | null;
  reason: string;
  attempts: number;
  /** 0 or 1. */
  permanent: number;
  first_failed_at: DbDate;
  last_failed_at: DbDate;
}

/** The letters table: each issued letter as rendered once (migration 0018). */
export interface LettersTable {
  issue_key: string;
  list: string;
  issue_date: string;
  subject: string;
  preheader: string;
  html: string;
  text_part: string;
  /** JSON array of story ids. */
  story_ids: string;
  created_at: DbDate;
}

/** Every table Multipolar stores, as Kysely sees them. */
export interface Database {
  outlets: OutletsTable;
  feeds: FeedsTable;
  feed_entry_skips: FeedEntrySkipsTable;
  articles: ArticlesTable;
  actors: ActorsTable;
  mentions: MentionsTable;
  quotes: QuotesTable;
  stories: StoriesTable;
  story_redirects: StoryRedirectsTable;
  story_views: StoryViewsTable;
  jobs: JobsTable;
  letters: LettersTable;
  subscribers: SubscribersTable;
  suppressions: SuppressionsTable;
  newsletter_settings: NewsletterSettingsTable;
  outbox: OutboxTable;
  outbox_senders: OutboxSendersTable;
}

/** The subscribers table (migration 0019): one row per address. */
export interface SubscribersTable {
  id: Generated<number>;
  /** Normalised address; unique. */
  email: string;
  /** The subscribed lists between commas (`,briefing,good-news,`), so one `like` finds a list's members. */
  lists: string;
  state: string;
  /** 0 or 1. */
  paused: Generated<number>;
  /** Changes whenever a confirmation is used, so each confirmation link works once. */
  confirm_nonce: string;
  /** Confirmation mails sent in the current rate-limit window, the window's start, and a counter for compare-and-set. */
  mails_in_window: Generated<number>;
  mail_window_start: DbDate | null;
  mail_version: Generated<number>;
  created_at: DbDate;
  confirmed_at: DbDate | null;
  updated_at: DbDate;
}

/** The suppression list (migration 0019): addresses never mailed again, whatever their state. */
export interface SuppressionsTable {
  email: string;
  reason: string;
  created_at: DbDate;
}

/** Newsletter settings (migration 0019): the link-signing secret, generated once. */
export interface NewsletterSettingsTable {
  key: string;
  value: string;
}

/** The outbox (migration 0020): one row per (letter issue, subscriber), unique. */
export interface OutboxTable {
  id: Generated<number>;
  issue_key: string;
  subscriber_id: number;
  email: string;
  state: string;
  attempts: Generated<number>;
  next_attempt_at: DbDate;
  last_error: string | null;
  message_id: string | null;
  created_at: DbDate;
  updated_at: DbDate;
}

/** Who is sending an issue (migration 0020): one holder at a time, under a lease it renews. */
export interface OutboxSendersTable {
  issue_key: string;
  holder: string;
  lease_until: DbDate;
}
