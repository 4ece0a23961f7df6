import type { Actor, ActorMention } from './actor.js';
import type { Quote } from './quote.js';

/** The lead image of an article. Any field may be unknown. */
export interface LeadImage {
  url: string | null;
  caption: string | null;
  credit: string | null;
}

/** What the extractor recovers from one page (HTML or plain text). */
export interface ExtractedArticle {
  title: string | null;
  standfirst: string | null;
  /** People who wrote it, joined for display ("Ana Ruiz and Li Wei"); null for "Staff" bylines. */
  byline: string | null;
  published: Date | null;
  updated: Date | null;
  language: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  section: string | null;
  tags: string[];
  image: LeadImage | null;
  /** The article body as plain text, paragraphs separated by a blank line, headline not included. */
  bodyText: string;
  /** The body as sanitised HTML, safe to show. */
  bodyHtml: string;
}

/** An article as stored: the extraction plus where it came from and what was found in it. */
export interface Article extends ExtractedArticle {
  id: number;
  outletId: number;
  feedId: number | null;
  url: string;
  guid: string | null;
  contentHash: string;
  storyId: number | null;
  fetchedAt: Date;
}

/** An article ready to store, with its analysis. */
export interface NewArticle extends ExtractedArticle {
  outletId: number;
  feedId: number | null;
  url: string;
  guid: string | null;
  contentHash: string;
  fetchedAt: Date;
  mentions: ActorMention[];
  quotes: Quote[];
  /** People and organisations found in the text (not the gazetteer) that `mentions` name, with their details. */
  foundActors?: Actor[];
}
