import type { FeedEntry, ParsedFeed } from '../../domain/feed.js';
import { htmlToText } from '../html-text.js';
import { DateTuple, IGNORED, MappedText, MappedUrl, View } from './expect-eval.js';

/**
 * The names an Expect line may use, mapped from our ParsedFeed. Only fields with a faithful counterpart
 * are present; everything else (encodings, HTTP headers, *_detail types, enclosures, iTunes, GeoRSS…)
 * is left out so those conjuncts are skipped and counted, never silently passed. `bozo` (feedparser's
 * "not well-formed" flag) has no counterpart in a forgiving parser: whether a file parses is asserted
 * separately, so here it is ignored.
 */
export function buildEnv(feed: ParsedFeed | null): Record<string, unknown> {
  return {
    bozo: IGNORED,
    feed: feed ? feedView(feed) : null,
    entries: feed ? feed.entries.map(entryView) : null,
  };
}

const detail = (text: MappedText) => new View({ value: text });

function feedView(feed: ParsedFeed): View {
  const title = new MappedText(feed.title, 'plain');
  const description = new MappedText(feed.description, 'plain');
  return new View({
    title,
    title_detail: detail(title),
    link: new MappedUrl(feed.homeUrl),
    subtitle: description,
    subtitle_detail: detail(description),
    tagline: description,
    tagline_detail: detail(description),
    description,
    description_detail: detail(description),
    language: feed.language,
  });
}

function entryView(entry: FeedEntry): View {
  const title = new MappedText(entry.title, 'plain');
  // feedparser fills summary from the content when an item has no summary of its own.
  const summary = new MappedText(entry.summary ?? htmlToText(entry.contentHtml), 'plain');
  const authors = entry.authors.map((name) => new View({ name }));
  return new View({
    title,
    title_detail: detail(title),
    link: new MappedUrl(entry.url),
    id: entry.guid,
    guid: entry.guid,
    summary,
    description: summary,
    summary_detail: detail(summary),
    content: entry.contentHtml ? [new View({ value: new MappedText(entry.contentHtml, 'html') })] : [],
    published_parsed: new DateTuple(entry.published),
    updated_parsed: new DateTuple(entry.updated ?? entry.published),
    author: new MappedText(entry.authors[0] ?? null, 'author'),
    author_detail: authors[0] ?? new View({ name: null }),
    authors,
    tags: entry.categories.map((term) => new View({ term })),
    category: entry.categories[0] ?? null,
  });
}
