import { createHash } from 'node:crypto';
import type { FeedEntry } from '../domain/feed.js';
import { resolveHttpUrl } from './urls.js';
import { attr, kid, kids, textOf } from './xml-query.js';
import type { XmlElement } from './xml-tree.js';

/**
 * Fill the guid when the feed left it out (link first, then a hash of title and date, so the same item
 * seen twice gets the same key) and tidy the lists.
 */
export function finishEntry(entry: FeedEntry): FeedEntry {
  let guid = entry.guid?.trim() || null;
  if (!guid) guid = entry.url;
  if (!guid && (entry.title || entry.published)) {
    guid = `hash:${digest(`${entry.title ?? ''}|${entry.published?.toISOString() ?? ''}`)}`;
  }
  if (!guid && (entry.summary || entry.contentHtml)) {
    guid = `hash:${digest(entry.contentHtml ?? entry.summary ?? '')}`;
  }
  return { ...entry, guid, authors: unique(entry.authors), categories: unique(entry.categories) };
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.replace(/\s+/g, ' ').trim();
    if (value && !seen.has(value.toLowerCase())) {
      seen.add(value.toLowerCase());
      out.push(value);
    }
  }
  return out;
}

/** "jo@example.com (Jo Smith)", "Jo Smith (jo@example.com)" and "Jo Smith <jo@example.com>" become "Jo Smith". */
export function authorName(raw: string | null): string | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  const inParens = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  if (inParens?.[1]) return inParens[1].trim();
  const beforeAngle = /^(.+?)\s*<\S+@\S+>$/.exec(text);
  if (beforeAngle?.[1]) return beforeAngle[1].replace(/^"|"$/g, '').trim();
  const emailInParens = /^(.+?)\s*\(\S+@\S+\)$/.exec(text);
  if (emailInParens?.[1]) return emailInParens[1].trim();
  return text || null;
}

const IMAGE_EXT = /\.(jpe?g|png|gif|webp|avif|bmp|svg)(\?|#|$)/i;

function looksLikeImage(type: string | null, medium: string | null, url: string): boolean {
  if (medium) return medium.toLowerCase() === 'image';
  if (type) return type.toLowerCase().startsWith('image/');
  return IMAGE_EXT.test(url);
}

/**
 * The entry's picture from Media RSS (content, thumbnail, also inside media:group), an image enclosure,
 * an Atom enclosure link or itunes:image; the first usable one wins.
 */
export function pickXmlImage(item: XmlElement): string | null {
  const scopes = [item, ...kids(item, 'media:group')];
  for (const scope of scopes) {
    for (const media of kids(scope, 'media:content')) {
      const url = resolveHttpUrl(attr(media, 'url'), media.base);
      if (url && looksLikeImage(attr(media, 'type'), attr(media, 'medium'), url)) return url;
    }
  }
  for (const scope of scopes) {
    for (const media of [
      ...kids(scope, 'media:thumbnail'),
      ...kids(scope, 'media:content').flatMap((m) => kids(m, 'media:thumbnail')),
    ]) {
      const url = resolveHttpUrl(attr(media, 'url'), media.base);
      if (url) return url;
    }
  }
  for (const enclosure of kids(item, 'enclosure')) {
    const url = resolveHttpUrl(attr(enclosure, 'url') ?? attr(enclosure, 'href'), enclosure.base);
    if (url && looksLikeImage(attr(enclosure, 'type'), null, url)) return url;
  }
  for (const link of kids(item, 'atom:link', 'link')) {
    if (attr(link, 'rel') !== 'enclosure') continue;
    const url = resolveHttpUrl(attr(link, 'href'), link.base);
    if (url && looksLikeImage(attr(link, 'type'), null, url)) return url;
  }
  const itunes = kid(item, 'itunes:image');
  const itunesUrl = resolveHttpUrl(attr(itunes, 'href') ?? textOf(itunes), itunes?.base);
  if (itunesUrl) return itunesUrl;
  const plain = kid(item, 'image');
  return resolveHttpUrl(textOf(kid(plain, 'url')) ?? textOf(plain), plain?.base);
}
