import type {
  Actor,
  ActorMention,
  Article,
  Feed,
  NewArticle,
  NewOutlet,
  NewsletterList,
  Outlet,
  Quote,
  Story,
  Subscriber,
} from '../domain/index.js';

/** An article with its outlet and its analysis (quotes and mentions in text order). */
export type ArticleDetail = Article & { outlet: Outlet; quotes: Quote[]; mentions: ActorMention[] };

/** The few fields a list of articles needs. */
export type ArticleSummary = {
  id: number;
  title: string;
  url: string;
  standfirst: string | null;
  published: Date | null;
  outletId: number;
  outletName: string;
  storyId: number | null;
  imageUrl: string | null;
};

/** An already-stored article that a new one duplicates, and which key matched. */
export type Duplicate = { id: number; by: 'guid' | 'url' | 'hash' };

/** What insertOrSkip did: stored the article, or found it already stored (by another process, perhaps). */
export type InsertOutcome = { status: 'stored'; id: number } | ({ status: 'duplicate' } & Duplicate);

/** A feed entry that could not be stored: why, how often, and whether it is given up on. */
export type EntrySkip = {
  key: string;
  url: string | null;
  reason: string;
  attempts: number;
  permanent: boolean;
};

/** One story as clustering wants it stored (id null for a new one); `articleIds` is its full membership. */
export type StoryUpsert = Omit<Story, 'id' | 'updatedAt'> & {
  id: number | null;
  articleIds: number[];
  /** Old story ids (merged away) whose readers should now come to this story. */
  redirectFrom?: number[];
};

/** A page of a list. */
export type Page = { limit: number; offset: number };

/** What an article looks like to the clustering stage. */
export type ClusteringArticle = {
  id: number;
  outletId: number;
  /** published_at, or fetched_at when the page carried no date. */
  published: Date;
  title: string;
  /** Standfirst and body, separated by a blank line. */
  text: string;
  actorIds: string[];
  storyId: number | null;
};

/** One search hit: the summary plus a snippet of the body (see SNIPPET_MARK_START / SNIPPET_MARK_END). */
export type SearchHit = ArticleSummary & { snippet: string };

/**
 * One page of search results. `shortened` is set when the query had more words than one search may
 * use: what was searched (in web-search syntax) and the terms left out. `timedOut` is set, with no
 * results, when the search outlived its time budget.
 */
export interface SearchResults {
  total: number;
  results: SearchHit[];
  shortened?: { searched: string; dropped: string[] };
  timedOut?: true;
}

/** The outlet table's operations. */
export interface OutletStore {
  /** Insert or update by slug. */
  upsert(o: NewOutlet): Promise<Outlet>;
  get(id: number): Promise<Outlet | null>;
  getBySlug(slug: string): Promise<Outlet | null>;
  /** The outlet with this slug: inserted if there is none, else the stored one unchanged (safe to race). */
  ensure(o: NewOutlet): Promise<Outlet>;
  /** Exact host first ("www." ignored), then its parent domains (news.example.org → example.org). */
  findByDomain(domain: string): Promise<Outlet | null>;
  /** All outlets by name, each with how many articles it has. */
  list(): Promise<(Outlet & { articleCount: number })[]>;
  /**
   * Change an outlet's details and bump the story-views version in the same transaction, so stories
   * already stored are regrouped at once. Null when no outlet has the slug.
   */
  update(slug: string, changes: OutletChanges): Promise<Outlet | null>;
}

/** The details of an outlet an editor may change. */
export type OutletChanges = Partial<
  Pick<NewOutlet, 'name' | 'country' | 'language' | 'ownership' | 'genre' | 'fullText'>
>;

/** The feed table's operations. */
export interface FeedStore {
  /** Idempotent by url; fills in the outlet if the stored feed had none. */
  add(url: string, outletId: number | null): Promise<Feed>;
  get(id: number): Promise<Feed | null>;
  getByUrl(url: string): Promise<Feed | null>;
  list(): Promise<Feed[]>;
  /**
   * Stop following a feed. Its articles stay (they still belong to their outlet, with no feed)
   * unless `purge`, which deletes them too. Returns how many articles were deleted, or null when
   * there was no such feed.
   */
  remove(id: number, opts: { purge: boolean }): Promise<{ purged: number } | null>;
  /** Feeds never checked or whose next check is at or before `now`, oldest first. */
  due(now: Date, limit: number): Promise<Feed[]>;
  recordSuccess(
    id: number,
    r: {
      title: string | null;
      etag: string | null;
      lastModified: string | null;
      checkedAt: Date;
      nextCheckAt: Date;
    },
  ): Promise<void>;
  /** A poll that read the feed but left an entry to retry: like recordSuccess, but etag and last-modified are kept. */
  recordPolled(id: number, r: { title: string | null; checkedAt: Date; nextCheckAt: Date }): Promise<void>;
  recordNotModified(id: number, r: { checkedAt: Date; nextCheckAt: Date }): Promise<void>;
  /** The feed's entries that failed before, by entry key. */
  entrySkips(feedId: number): Promise<Map<string, EntrySkip>>;
  /**
   * Record that an entry could not be stored: attempts + 1 and the reason kept; it becomes permanent
   * when `permanent` is true or attempts reach `maxAttempts`. Returns the record as it now stands.
   */
  recordEntrySkip(
    feedId: number,
    e: { key: string; url: string | null; reason: string; permanent: boolean; maxAttempts: number; at: Date },
  ): Promise<EntrySkip>;
  /** Forget an entry's failures (it has been stored after all). */
  clearEntrySkip(feedId: number, key: string): Promise<void>;
  /** How many entries of each feed are given up on for good, by feed id (feeds with none are absent). */
  permanentSkipCounts(): Promise<Map<number, number>>;
  /** failures + 1 and the error kept; etag and last-modified untouched. */
  recordFailure(id: number, r: { error: string; checkedAt: Date; nextCheckAt: Date }): Promise<void>;
}

/** The article table's operations (with its quotes and mentions). */
export interface ArticleStore {
  /**
   * The first stored article with the same feed+guid, url/canonical url, or the same content hash from
   * the same outlet (a wire story reprinted by several outlets is several perspectives, not a duplicate).
   * A null hash skips the hash check (used before the page is fetched).
   */
  findDuplicate(k: {
    outletId: number;
    feedId: number | null;
    guid: string | null;
    url: string;
    canonicalUrl: string | null;
    contentHash: string | null;
  }): Promise<Duplicate | null>;
  /**
   * Article, mentions and quotes in one transaction, unless the database already holds the article
   * (same feed+GUID, or same URL, canonical URL or content hash in the outlet), when nothing is
   * written and the stored one is named. The database decides, so concurrent writers of one
   * article store it once. Nothing half-written on error.
   */
  insertOrSkip(a: NewArticle): Promise<InsertOutcome>;
  /** insertOrSkip for an article known to be new: returns the new id, throws if it was a duplicate. */
  insert(a: NewArticle): Promise<number>;
  get(id: number): Promise<ArticleDetail | null>;
  /** The articles that exist among `ids`, with details, in the order of `ids`. */
  getMany(ids: number[]): Promise<ArticleDetail[]>;
  /** A story's articles, oldest first. */
  listByStory(storyId: number): Promise<ArticleDetail[]>;
  /** Several stories' articles in one round of queries, oldest first; every id is a key, empty when it has none. */
  listByStories(storyIds: number[]): Promise<Map<number, ArticleDetail[]>>;
  /** An outlet's articles, newest first. */
  listByOutlet(outletId: number, page: Page): Promise<ArticleSummary[]>;
  /** Articles published (or fetched, when undated) at or after `since`, oldest first. */
  listForClustering(since: Date): Promise<ClusteringArticle[]>;
  count(): Promise<number>;
}

/** The actor table's operations. */
export interface ActorStore {
  /** Insert or update many actors, batched in one transaction. */
  upsertMany(actors: Actor[]): Promise<void>;
  get(id: string): Promise<Actor | null>;
  /** Actors by number of articles that mention them (mentionCount), most first. */
  top(limit: number): Promise<(Actor & { mentionCount: number })[]>;
  /** Newest articles that mention the actor. */
  articlesMentioning(actorId: string, limit: number): Promise<ArticleSummary[]>;
  /** Most recently updated stories with an article that mentions the actor. */
  storiesMentioning(actorId: string, limit: number): Promise<Story[]>;
}

/** The story table's operations. */
export interface StoryStore {
  /**
   * One transaction: insert (id null) or update stories, make each story's membership exactly its
   * articleIds, delete stories left with no articles (and, with 'delete-others', every story not in
   * `upserts`). Returns the story ids in the order of `upserts`.
   */
  applyClustering(upserts: StoryUpsert[], keepIds?: 'delete-others'): Promise<number[]>;
  /**
   * Where the readers of story `id` should go: `id` itself when the story exists, else the story its
   * redirects lead to (an old id merged into another, followed through later merges), else null.
   */
  resolve(id: number): Promise<number | null>;
  /** Replace the related-story lists of the given stories (ids of stories that no longer exist are dropped on read). */
  setRelated(links: { storyId: number; relatedIds: number[] }[]): Promise<void>;
  get(id: number): Promise<Story | null>;
  /** The stories that exist among `ids`, in the order of `ids`. */
  getMany(ids: number[]): Promise<Story[]>;
  /** Stories by last_published, newest first; `since` keeps those last published at or after it. */
  list(page: Page & { since?: Date }): Promise<Story[]>;
  count(): Promise<number>;
  /**
   * The story-views version: raised in the same transaction as every applyClustering and setRelated,
   * so anything composed from the stories at one version is current while the version is unchanged.
   */
  version(): Promise<number>;
}

/** Where a job is in its life: waiting (or waiting to retry), leased to a worker, finished, given up on. */
export type JobState = 'pending' | 'running' | 'done' | 'dead';

/** One queued piece of work. */
export interface Job {
  id: number;
  kind: string;
  /** The JSON payload as given to enqueue, parsed; handlers validate it. */
  payload: unknown;
  state: JobState;
  /** Not claimable before this instant (a retry's back-off moves it forward). */
  runAt: Date;
  /** Failed runs so far (a lease that expired counts as one). */
  attempts: number;
  maxAttempts: number;
  dedupeKey: string | null;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** How to queue a job. */
export interface EnqueueOptions {
  runAt: Date;
  /** While a pending job has this key, enqueueing another with it returns that job instead. */
  dedupeKey?: string;
  /** Failed runs after which the job is dead (default 5). */
  maxAttempts?: number;
}

/** What fail() did: queued a retry, gave up, or found the job no longer running (nothing changed). */
export type FailOutcome = 'retry' | 'dead' | 'not-running';

/** Who finishes a job and when: a worker whose lease was taken over changes nothing; `at` defaults to now. */
export type JobWriteOptions = { workerId?: string; at?: Date };

/** The job queue's operations; safe to use from many processes at once. */
export interface JobStore {
  /** Queue a job; idempotent on a pending job with the same dedupeKey (created is then false). */
  enqueue(kind: string, payload: unknown, opts: EnqueueOptions): Promise<{ id: number; created: boolean }>;
  /** Atomically lease the next due pending job of one of `kinds` to `workerId` for `leaseMs`, or null. */
  claim(kinds: readonly string[], workerId: string, now: Date, leaseMs: number): Promise<Job | null>;
  /** Push a running job's lease to `until`; false when `workerId` no longer holds it. */
  extendLease(id: number, workerId: string, until: Date): Promise<boolean>;
  /** Mark a running job done (only if `workerId`, when given, still holds it); false when it was not running. */
  complete(id: number, opts?: JobWriteOptions): Promise<boolean>;
  /**
   * Record a failed run: attempts + 1 and the error kept; pending again at `retryAt`, or dead when
   * `retryAt` is null or attempts reach maxAttempts. A pending job with the same dedupe key absorbs
   * the retry (the later run time and the higher attempt count win), so the key stays unique.
   */
  fail(id: number, error: string, retryAt: Date | null, opts?: JobWriteOptions): Promise<FailOutcome>;
  /** Treat running jobs whose lease ended at or before `now` as failed runs, claimable again now. */
  releaseExpired(now: Date): Promise<number>;
  get(id: number): Promise<Job | null>;
  /** Jobs, newest first, optionally of one state and/or kind. */
  list(filter: { state?: JobState; kind?: string }, page: Page): Promise<Job[]>;
  /** How many jobs are in each state. */
  counts(): Promise<Record<JobState, number>>;
  /** Delete done jobs that finished before `before`; dead ones stay for an operator to read. */
  prune(before: Date): Promise<number>;
}

/** An issued letter as listed in the archive. */
export interface LetterSummary {
  /** `briefing/2026-12-07`. */
  issueKey: string;
  list: string;
  /** YYYY-MM-DD. */
  date: string;
  subject: string;
  createdAt: Date;
}

/** An issued letter, rendered once, with its personal placeholders still in. */
export interface IssuedLetter extends LetterSummary {
  preheader: string;
  html: string;
  text: string;
  storyIds: string[];
}

/** The archive of issued letters. */
export interface LetterStore {
  /** Store the issue unless one with its key is stored already (another process may win); returns the stored one. */
  issue(
    letter: Omit<IssuedLetter, 'createdAt'>,
    at: Date,
  ): Promise<{ letter: IssuedLetter; created: boolean }>;
  get(issueKey: string): Promise<IssuedLetter | null>;
  /** Issued letters, newest date first, optionally of one list. */
  list(filter: { list?: string }, page: Page): Promise<LetterSummary[]>;
}

/** Everything the rest of Multipolar may ask of the database. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
  outlets: OutletStore;
  feeds: FeedStore;
  articles: ArticleStore;
  actors: ActorStore;
  stories: StoryStore;
  jobs: JobStore;
  letters: LetterStore;
  subscribers: SubscriberStore;
  outbox: OutboxStore;
  /** Full-text search over title, standfirst and body; any user text is safe, an empty query finds nothing. */
  search(query: string, page: Page): Promise<SearchResults>;
}

/** Where to store: a postgres URL, else a SQLite file (default ./data/multipolar.db; ':memory:' works). */
export interface OpenStoreOptions {
  url?: string;
  sqlitePath?: string;
  /** PostgreSQL schema to use, created if missing (tests isolate runs with a random one). */
  schema?: string;
  /** The time budget of one search (default 2 s); `stallMs` stands in for a slow query in tests. */
  search?: { deadlineMs?: number; stallMs?: number };
}

/** What a sign-up did to the stored subscriber (the caller decides which mail, if any, to send). */
export interface SignUpOutcome {
  subscriber: Subscriber;
  /** A new row was inserted. */
  created: boolean;
  /** The address is on the suppression list: nothing may be sent to it. */
  suppressed: boolean;
  /** A mail slot was granted under the per-address limit; false means send nothing now. */
  mayMail: boolean;
}

/** A per-address limit on confirmation mails: at most `max` in any window of `windowMs`. */
export type MailLimit = { max: number; windowMs: number };

/** A row of a subscriber import. */
export type SubscriberImport = { email: string; lists: NewsletterList[]; state: 'pending' | 'confirmed' };

/** The subscribers, the suppression list and the newsletter settings; safe to use from many processes. */
export interface SubscriberStore {
  /**
   * Insert a pending subscriber, or find the stored one (insert-or-skip by address), and take a
   * confirmation-mail slot for it under `limit` (compare-and-set, so two requests cannot both pass).
   */
  signUp(email: string, at: Date, limit: MailLimit): Promise<SignUpOutcome>;
  /** Insert or update by address with the given lists and state (the operator's `add` and imports). */
  upsert(s: SubscriberImport, at: Date): Promise<{ subscriber: Subscriber; created: boolean }>;
  /**
   * Use a confirmation: only while `nonce` is the subscriber's current one (so a link works once),
   * and never for a suppressed address. Adds `lists`, makes the state confirmed, and draws a new nonce.
   */
  confirm(id: number, nonce: string, lists: NewsletterList[], at: Date): Promise<Subscriber | null>;
  /** The current confirmation nonce, to sign into a confirmation link. */
  confirmNonce(id: number): Promise<string | null>;
  /** Replace the lists and the paused flag; an empty list set means unsubscribed. Suppressed rows are left alone. */
  setPreferences(
    id: number,
    p: { lists: NewsletterList[]; paused: boolean },
    at: Date,
  ): Promise<Subscriber | null>;
  /** Leave one list (or all, when `list` is null); with none left the subscriber is unsubscribed. Idempotent. */
  unsubscribe(id: number, list: NewsletterList | null, at: Date): Promise<Subscriber | null>;
  /** Put an address on the suppression list (insert-or-skip) and mark its subscriber suppressed. */
  suppress(email: string, reason: string, at: Date): Promise<void>;
  isSuppressed(email: string): Promise<boolean>;
  get(id: number): Promise<Subscriber | null>;
  getByEmail(email: string): Promise<Subscriber | null>;
  /** Every subscriber, by id. */
  list(): Promise<Subscriber[]>;
  /** Confirmed, unpaused members of `list` whose address is not suppressed, by id. */
  recipients(list: NewsletterList): Promise<{ id: number; email: string }[]>;
  /** Which of `ids` may be sent `list` now (the recipients rule, checked again just before sending). */
  sendable(ids: readonly number[], list: NewsletterList): Promise<Set<number>>;
  /** The stored value of a setting, inserting `value` first when there is none (insert-or-skip). */
  setting(key: string, value: string): Promise<string>;
}

/** Where one outbox row is: waiting (maybe for a retry), handed to SMTP, or finished one way or another. */
export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed' | 'unknown';

/** One letter to one subscriber. */
export interface OutboxRow {
  id: number;
  issueKey: string;
  subscriberId: number;
  email: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  messageId: string | null;
}

/** The outbox's operations; every write that two senders may make at once is decided by the database. */
export interface OutboxStore {
  /** Queue the issue for each recipient; a row that exists is left as it is. Returns how many were new. */
  enqueue(issueKey: string, recipients: { id: number; email: string }[], at: Date): Promise<number>;
  /** Take (or renew) the issue's sender lease for `holder`; false while another holder's lease runs. */
  acquire(issueKey: string, holder: string, until: Date, now: Date): Promise<boolean>;
  /** Give the lease up (only when `holder` holds it). */
  release(issueKey: string, holder: string): Promise<void>;
  /** Rows left in `sending` by a sender that stopped: now `unknown`, never sent again. Returns how many. */
  reconcile(issueKey: string, at: Date): Promise<number>;
  /** Move up to `limit` due queued rows to `sending` (committed before any SMTP), oldest first. */
  claim(issueKey: string, limit: number, now: Date): Promise<OutboxRow[]>;
  /** Finish a row that is `sending`; false when it was not (reconciled meanwhile). */
  finish(
    id: number,
    r:
      | { state: 'sent'; messageId: string | null }
      | { state: 'failed' | 'unknown'; error: string }
      | { state: 'queued'; error: string; retryAt: Date },
    at: Date,
  ): Promise<boolean>;
  /** How many rows of the issue are in each state. */
  counts(issueKey: string): Promise<Record<OutboxState, number>>;
  /** The earliest retry time of the issue's queued rows, or null when none is queued. */
  nextRetry(issueKey: string): Promise<Date | null>;
  list(issueKey: string, state?: OutboxState): Promise<OutboxRow[]>;
}
