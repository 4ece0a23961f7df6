/** A subscribed feed and its fetch state. */
export interface Feed {
  id: number;
  url: string;
  outletId: number | null;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  lastCheckedAt: Date | null;
  nextCheckAt: Date | null;
  /** Consecutive failed fetches; reset to 0 on success. */
  failures: number;
  lastError: string | null;
}

/** The feed formats the parser understands. */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

/** One item of a parsed feed. Fields the feed leaves out are null. */
export interface FeedEntry {
  guid: string | null;
  url: string | null;
  title: string | null;
  /** Plain-text summary (description / summary / content_text). */
  summary: string | null;
  /** Full HTML content when the feed carries it (content:encoded, atom content, content_html). */
  contentHtml: string | null;
  published: Date | null;
  updated: Date | null;
  authors: string[];
  imageUrl: string | null;
  categories: string[];
}

/** A feed document turned into data. */
export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  homeUrl: string | null;
  description: string | null;
  language: string | null;
  entries: FeedEntry[];
}
