import type { OutletGenre, Ownership } from '../domain/index.js';

/** A fictional outlet of the demo newsroom. */
export interface DemoOutlet {
  slug: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  language: string;
  ownership: Ownership;
  genre: OutletGenre;
  /** Which feed format this outlet publishes. */
  feedFormat: 'rss' | 'atom' | 'json';
  tagline: string;
  /** Brand colour for the page template and generated images (CSS hex). */
  colour: string;
  notes: string;
}

/** A news event the demo covers from several outlets. */
export interface DemoStory {
  key: string;
  /** One line for humans maintaining the data; never shown. */
  about: string;
  /** True for the upbeat story that feeds the good-news letter. */
  goodNews?: boolean;
}

/** The lead image of a demo article; the server draws it as an SVG. */
export interface DemoImage {
  alt: string;
  caption: string;
  credit: string;
  /** A word or two drawn on the generated picture ("harbour cranes", "summit hall"). */
  motif: string;
}

/** One article of one outlet about one story, written by us. */
export interface DemoArticle {
  outlet: string;
  story: string;
  /** URL slug, unique within the outlet. */
  slug: string;
  title: string;
  standfirst: string;
  /** As printed on the page, e.g. "By Ana Ruiz" or "Staff reporter". */
  byline: string;
  /** How long before the demo's "now" it was published. */
  hoursAgo: number;
  section: string;
  tags: string[];
  image: DemoImage;
  /** Body paragraphs, plain text with straight or curly quote marks. */
  paragraphs: string[];
  /** Sub-heading to insert before the paragraph with this index, if any. */
  subheadings?: Record<number, string>;
}
