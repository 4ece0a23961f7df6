import type { LeadImage } from './article.js';
import type { Outlet, OutletGenre, Ownership } from './outlet.js';
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
  articles: {
    id: number;
    title: string;
    url: string;
    standfirst: string | null;
    published: Date | null;
    /** Set when the article is wire copy shown once in `ComposedStory.wireCopy`: whose text it ran. */
    wireCopyOf?: string;
  }[];
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

/** Near-identical text several outlets ran (an agency's copy, reprinted), shown once. */
export interface WireCopy {
  /** Whose text it is: the agency among the carriers, else the one their bylines or the text name, else the earliest publisher. */
  origin: string;
  /** How the origin was found. */
  originFrom: 'wire-outlet' | 'byline' | 'text' | 'earliest';
  /** The headline of the origin's own copy, else of the earliest. */
  title: string;
  /** The carrying articles, earliest first. */
  articleIds: number[];
  /** The outlets that ran it, earliest first (the origin itself when it is one of them). */
  outlets: { id: number; name: string }[];
  /** The outlets whose copies are left out of the coverage counts (all but the one the text counts for). */
  reprintedBy: string[];
  /** The text's key quotes, once. */
  quotes: Quote[];
}

/** Whose wording the story headline is. */
export interface HeadlineCredit {
  /** The outlet whose headline it is; null when the headline was composed from the facts or edited. */
  outlet: { id: number; name: string; ownership: Ownership; genre: OutletGenre } | null;
  articleId: number | null;
  /** Why this one: the kind of outlet preferred, or how it was made. */
  basis: 'wire' | 'public' | 'other' | 'state' | 'facts' | 'stored';
}

/** One outlet's own headlines, for "How each outlet put it". */
export interface OutletHeadlines {
  outlet: { id: number; name: string; slug: string };
  headlines: { articleId: number; title: string; wireCopyOf?: string }[];
  /** How many more articles the outlet ran than are listed. */
  more: number;
}

/** The outlets' headlines grouped like the perspectives. */
export interface HeadlineGroup {
  label: string;
  ownership: Ownership;
  country: string;
  outlets: OutletHeadlines[];
}

/** A gap in a story's coverage a reader should know about. */
export type Blindspot =
  | { kind: 'state-only'; text: string; outletCount: number }
  | { kind: 'no-local-coverage'; text: string; country: string }
  | { kind: 'one-side-quoted'; text: string; country: string; unheard: string[] };

/** A story laid out for reading: the magazine view. */
export interface ComposedStory {
  story: Story;
  headline: string;
  standfirst: string | null;
  image: (LeadImage & { outletName: string }) | null;
  /** Sentences that most outlets share, each with how many outlets carry it. */
  facts: { text: string; outletCount: number }[];
  perspectives: Perspective[];
  /** Counts of reporting: wire copy counts once, for whoever wrote it; `reprints` is how many copies were left out. */
  coverage: { byOwnership: CoverageSlice[]; byCountry: CoverageSlice[]; reprints: number };
  /** Whose headline `headline` is. */
  headlineCredit: HeadlineCredit;
  /** "How each outlet put it": every outlet's own headlines, grouped like the perspectives. */
  outletHeadlines: HeadlineGroup[];
  /** Text run by several outlets, shown once; their articles' cards say so instead of repeating it. */
  wireCopy: WireCopy[];
  /** Gaps in the coverage ("covered only by state media"). */
  blindspots: Blindspot[];
  /** `at` is the article's publication date, null when unknown (the entry is placed by its fetch time). */
  timeline: { at: Date | null; outlet: string; title: string; articleId: number }[];
  related: { id: number; headline: string; outletCount: number }[];
}
