import type { Result } from '../domain/errors.js';
import type { FeedEntry, ParsedFeed } from '../domain/feed.js';
import { parseFeedDate } from './dates.js';
import { authorName, finishEntry } from './entry-common.js';
import { plainText, resolveHtmlUrls } from './html-text.js';
import { resolveHttpUrl } from './urls.js';

type Json = Record<string, unknown>;

/** JSON Feed 1.0 and 1.1; fields of the wrong type are ignored rather than failing the feed. */
export function parseJsonFeed(text: string, feedUrl: string): Result<ParsedFeed, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return {
      ok: false,
      error: `Not a feed: the document looks like JSON but does not parse (${(err as Error).message}).`,
    };
  }
  if (!isObject(data)) return { ok: false, error: 'Not a feed: the JSON document is not an object.' };
  const version = str(data.version);
  if (!version?.includes('jsonfeed.org') && !Array.isArray(data.items)) {
    return { ok: false, error: 'Not a feed: the JSON has neither a jsonfeed.org version nor an items list.' };
  }
  const home = resolveHttpUrl(str(data.home_page_url), feedUrl);
  const feedAuthors = people(data);
  const items = Array.isArray(data.items) ? data.items.filter(isObject) : [];
  return {
    ok: true,
    value: {
      format: 'json',
      title: plainText(str(data.title)),
      homeUrl: home,
      description: plainText(str(data.description)),
      language: str(data.language),
      entries: items.map((item) => parseItem(item, feedUrl, feedAuthors)),
    },
  };
}

function parseItem(item: Json, feedUrl: string, feedAuthors: string[]): FeedEntry {
  const url = resolveHttpUrl(str(item.url), feedUrl) ?? resolveHttpUrl(str(item.external_url), feedUrl);
  const html = str(item.content_html);
  const own = people(item);
  const imageAttachment = Array.isArray(item.attachments)
    ? item.attachments.filter(isObject).find((a) => str(a.mime_type)?.startsWith('image/'))
    : undefined;
  return finishEntry({
    // Ids may be numbers in the wild although the spec says strings.
    guid: str(item.id) ?? (typeof item.id === 'number' ? String(item.id) : null),
    url,
    title: plainText(str(item.title)),
    summary: plainText(str(item.summary)) ?? plainText(str(item.content_text)) ?? null,
    contentHtml: html?.trim() ? resolveHtmlUrls(html.trim(), url ?? feedUrl) : null,
    published: parseFeedDate(str(item.date_published)),
    updated: parseFeedDate(str(item.date_modified)),
    authors: own.length > 0 ? own : feedAuthors,
    imageUrl:
      resolveHttpUrl(str(item.image), feedUrl) ??
      resolveHttpUrl(str(item.banner_image), feedUrl) ??
      resolveHttpUrl(str(imageAttachment?.url), feedUrl),
    categories: Array.isArray(item.tags) ? item.tags.map(str).filter((t): t is string => t !== null) : [],
  });
}

/** Version 1.1 lists `authors`; 1.0 had a single `author`. */
function people(obj: Json): string[] {
  const list = Array.isArray(obj.authors) ? obj.authors : isObject(obj.author) ? [obj.author] : [];
  return list
    .filter(isObject)
    .map((a) => authorName(str(a.name)))
    .filter((a): a is string => a !== null);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
