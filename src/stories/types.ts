import type { ActorMention, Article, HeadlineCredit, Outlet, Quote, Story } from '../domain/index.js';
import type { QuotedOutletOf } from './reported-outlets.js';

/** What the clusterer needs to know about one article. */
export interface ClusterInput {
  id: number;
  outletId: number;
  published: Date;
  title: string;
  /** Standfirst and body as plain text. */
  text: string;
  /** Gazetteer actor ids found in the article ("country:cn", "person:…"). */
  actorIds: string[];
}

/** One story found by the clusterer: its articles in time order. */
export interface Cluster {
  articleIds: number[];
  firstPublished: Date;
  lastPublished: Date;
}

/** Knobs of the online clusterer. */
export interface ClusterOptions {
  /** Probability of "same story" an article needs to join one (0..1); lower merges more. */
  threshold?: number;
  /** Max time gap, in hours, between an article and a story's latest article for it to join (default 96). */
  windowHours?: number;
  /** Dates later than this are read as this: a wrong future date must not close every story. */
  now?: Date;
}

/** A story as it was before re-clustering: which articles it held. */
export interface PreviousStory {
  storyId: number;
  articleIds: number[];
}

/** Which old story id a new cluster keeps (null: it is a new story). */
export interface StoryIdAssignment {
  clusterIndex: number;
  storyId: number | null;
}

/** A story described for the "Explore more" similarity. */
export interface RelatedInput {
  key: number;
  /** Headline, standfirst and whatever text represents the story. */
  text: string;
  actorIds: string[];
}

/** Options for related-story search. */
export interface RelatedOptions {
  /** Most related stories to list per story (default 4). */
  max?: number;
}

/** One article of a story with its outlet and the quotes found in it. */
export interface StoryArticle {
  article: Article;
  outlet: Outlet;
  quotes: Quote[];
  /** Actors the article names, with offsets into the same text as its quotes' (for a story's place and sides). */
  mentions?: ActorMention[];
}

/** A related story as shown under "Explore more". */
export interface RelatedLink {
  id: number;
  headline: string;
  outletCount: number;
}

/** Everything composeStory needs; country wording comes from the caller's gazetteer. */
export interface ComposeInput {
  story: Story;
  articles: StoryArticle[];
  related: RelatedLink[];
  /** "CN" → "Chinese". */
  countryAdjective: (code: string) => string;
  /** "CN" → "China". */
  countryName: (code: string) => string;
  /**
   * The outlet a quote speaks for, when an article quotes another outlet ("…, says CNN"); by default read from
   * the quote's own outlet fields. Pass a gazetteer-backed one when stored quotes lack them.
   */
  quotedOutlet?: QuotedOutletOf;
  /** The country a gazetteer actor belongs to ("person:…" → "RU"), for whose voices a story quotes. */
  actorCountry?: (actorId: string) => string | null;
}

/** The headline and standfirst chosen for a story. */
export interface StoryHeadline {
  headline: string;
  standfirst: string | null;
  /** Whose headline it is; null when no article has a title. */
  credit: HeadlineCredit | null;
}

/** Fields rankStories reads. */
export interface RankableStory {
  lastPublished: Date;
  outletCount: number;
  articleCount: number;
}
