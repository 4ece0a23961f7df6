import type { ListId } from './types.js';

/** One perspective group's line under a story: who covered it and a key quote with its speaker. */
export interface PerspectiveLine {
  /** "Chinese state media", "British public broadcasters". */
  label: string;
  outlets: string[];
  /** A key quote, cut to a readable length; null when the group carried none with a speaker. */
  quote: { text: string; speaker: string; outlet: string } | null;
}

/** A lead image as a letter shows it: never without its alt text and credit line. */
export interface LetterImage {
  url: string;
  alt: string;
  credit: string;
}

/** One story in a letter. */
export interface LetterItem {
  storyId: number;
  headline: string;
  standfirst: string | null;
  /** Absolute link to the story page. */
  url: string;
  facts: string[];
  perspectives: PerspectiveLine[];
  image: LetterImage | null;
  /** A line of context the list adds ("Not covered by: state media"). */
  note: string | null;
  outletCount: number;
}

/** Everything one issue says, before it is rendered as HTML and text. */
export interface LetterContent {
  list: ListId;
  /** The date, YYYY-MM-DD (UTC). */
  date: string;
  /** The list's name as readers know it ("Morning briefing"). */
  title: string;
  subject: string;
  preheader: string;
  intro: string;
  items: LetterItem[];
  /** Said instead of the items when there are none. */
  empty: string;
  /** Absolute links: the site and this web version. */
  siteUrl: string;
  webUrl: string;
}

/** What every composer is given besides the stories. */
export interface ComposeContext {
  /** The end of the window. */
  at: Date;
  /** The site's origin for absolute links, no trailing slash. */
  siteUrl: string;
}
