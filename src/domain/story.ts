import type { LeadImage } from './article.js';
import type { Outlet, Ownership } from './outlet.js';
import type { Quote } from './quote.js';

/** A group of articles about one event, as stored. */
export interface Story {
  id: number;
  headline: string;
  standfirst: string | null;
  firstPublished: Date;
  lastPublished: Date;
  articleCount: number;
  outletCount: number;
  /** Ids of related stories, most related first. */
  relatedIds: number[];
  updatedAt: Date;
}

/** One outlet's coverage inside a story. */
export interface OutletCoverage {
  outlet: Outlet;
  articles: { id: number; title: string; url: string; standfirst: string | null; published: Date | null }[];
  /** The outlet's key quotes, most representative first. */
  quotes: Quote[];
  /** Outlets whose articles quoted this one ("…, says CNN"); set when its words reached the story that way. */
  reportedBy?: string[];
}

/** Outlets of one ownership kind and country, e.g. "Chinese state media". */
export interface Perspective {
  label: string;
  ownership: Ownership;
  country: string;
  outlets: OutletCoverage[];
}

/** A count of articles by a category (ownership kind or country) for the coverage bar. */
export interface CoverageSlice {
  key: string;
  label: string;
  count: number;
}

/** A story laid out for reading: the magazine view. */
export interface ComposedStory {
  story: Story;
  headline: string;
  standfirst: string | null;
  image: (LeadImage & { outletName: string }) | null;
  /** Sentences that most outlets share, each with how many outlets carry it. */
  facts: { text: string; outletCount: number }[];
  perspectives: Perspective[];
  coverage: { byOwnership: CoverageSlice[]; byCountry: CoverageSlice[] };
  /** `at` is the article's publication date, null when unknown (the entry is placed by its fetch time). */
  timeline: { at: Date | null; outlet: string; title: string; articleId: number }[];
  related: { id: number; headline: string; outletCount: number }[];
}
