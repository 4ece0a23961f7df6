export type { Actor, ActorKind, ActorMention, ActorOrigin } from './actor.js';
export type { Article, ExtractedArticle, LeadImage, NewArticle } from './article.js';
export type { AppErrorCode, Result } from './errors.js';
export { AppError, fail, ok } from './errors.js';
export type { Feed, FeedEntry, FeedFormat, ParsedFeed } from './feed.js';
export type { NewOutlet, Outlet, OutletGenre, Ownership } from './outlet.js';
export { OUTLET_GENRES, RATED_OWNERSHIPS, UNKNOWN } from './outlet.js';
export type { CueClass, Quote, QuoteKind, Span, SpeakerKind } from './quote.js';
export { shownToReaders } from './quote.js';
export type {
  Blindspot,
  ComposedStory,
  CoverageSlice,
  HeadlineCredit,
  HeadlineGroup,
  OutletCoverage,
  OutletHeadlines,
  Perspective,
  Story,
  WireCopy,
} from './story.js';
export type { NewsletterList, Subscriber, SubscriberState } from './subscriber.js';
export { NEWSLETTER_LISTS } from './subscriber.js';
