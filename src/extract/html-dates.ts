/**
 * When a page says it was published and updated. The date printed in the article's header comes
 * first (what a reader takes as the page's date; a site's metadata is often a template's or a
 * migration's), then structured data, meta tags, machine-readable <time> elements, a date-marked
 * element anywhere, the URL path, a "Posted on …" line anywhere, a date beside the link to the
 * author's page, a news dateline opening the story and, last, a publication date the page's
 * scripts carry as data. A modified time in the metadata alone never dates a page: on the WCXB
 * pages it gave a date to pages whose readers see none, and it is often the crawl's day.
 */
import { dateFromUrl, findDate, parseDate } from './dates.js';
import type { HtmlElement } from './html-tree.js';
import { inArticle, ownTextOf, preferArticle, type Sources, segments, shortTextOf } from './html-sources.js';
import { ldString, ldTypes } from './json-ld.js';
import { firstMeta } from './meta-tags.js';
import { attr, classWords, NON_TEXT_TAGS, textOf } from './tree-query.js';

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'published',
  'published-date',
  'publish-date',
  'publish_date',
  'publication_date',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.created',
  'dcterms.issued',
  'dcterms.date',
  'parsely-pub-date',
  'sailthru.date',
  'citation_publication_date',
  'citation_date',
];
const UPDATED_META = [
  'article:modified_time',
  'og:updated_time',
  'modified-date',
  'datemodified',
  'dcterms.modified',
  'last-modified',
];

// The publication date the page states outright: the article's JSON-LD, else the first of the meta
// tags named, else the JSON-LD WebPage node (some SEO plugins date the page rather than the article).
function declaredDate(s: Sources, ldProperty: string, metaNames: readonly string[]): Date | null {
  return (
    parseDate(s.ld.article ? ldString(s.ld.article[ldProperty]) : null) ??
    parseDate(firstMeta(s.page, ...metaNames)) ??
    parseDate(pageNodeValue(s, ldProperty))
  );
}

function pageNodeValue(s: Sources, property: string): string | null {
  for (const node of s.ld.nodes) {
    if (!ldTypes(node).some((t) => /^(?:WebPage|ItemPage|AboutPage|CollectionPage)$/.test(t))) continue;
    const value = ldString(node[property]);
    if (value) return value;
  }
  return null;
}

const UPDATED_WORDS = /\b(?:updated|modified|last edited|revised|aktualisiert|mis à jour|actualizado)\b/i;

// "Updated" in the element's or its wrapper's class, or written just before it ("Updated <time>").
function looksUpdated(el: HtmlElement): boolean {
  if (/updat|modif/.test(classWords(el)) || (el.parent && /updat|modif/.test(classWords(el.parent))))
    return true;
  return /\b(?:updated|modified|last edited)\b[\s:]*$/i.test(textBefore(el));
}

// Up to ~40 characters of text that precede an element inside its parent.
function textBefore(el: HtmlElement): string {
  const siblings = el.parent?.children ?? [];
  let out = '';
  for (let i = siblings.indexOf(el) - 1; i >= 0 && out.trim().length < 40; i--) {
    const node = siblings[i]!;
    out = (node.kind === 'text' ? node.text : textOf(node)) + out;
  }
  return out.replace(/\s+/g, ' ').trim();
}

function timeValue(el: HtmlElement): Date | null {
  return parseDate(attr(el, 'datetime') ?? attr(el, 'content')) ?? findDate(textOf(el));
}

// <time> elements and itemprop="datePublished" (microdata), outside comment threads.
function timeElementDate(s: Sources, which: 'published' | 'modified'): Date | null {
  const times = s.all.filter(
    (el) => el.tag === 'time' || (el.attrs.itemprop ?? '').toLowerCase().startsWith('date'),
  );
  const prop = which === 'published' ? /^(?:datepublished|datecreated)$/i : /^datemodified$/i;
  for (const el of times.filter((t) => prop.test(t.attrs.itemprop ?? ''))) {
    const date = timeValue(el);
    if (date) return date;
  }
  const plain = times.filter((el) => el.tag === 'time' && !inComments(el));
  const pick =
    which === 'published' ? preferArticle(plain.filter((el) => !looksUpdated(el))) : plain.find(looksUpdated);
  return pick ? timeValue(pick) : null;
}

const COMMENT_SEGMENTS = new Set(['comment', 'comments', 'reply', 'replies', 'respond', 'discussion']);

function inComments(el: HtmlElement): boolean {
  for (let cur: HtmlElement | null = el; cur; cur = cur.parent)
    if (segments(cur).some((seg) => COMMENT_SEGMENTS.has(seg))) return true;
  return false;
}

/** A date printed as its own short line, with what it is: "Published March 3, 2026", "Updated 10/31/2026". */
interface PrintedDate {
  date: Date;
  updated: boolean;
}

function printedDate(el: HtmlElement, text = textOf(el)): PrintedDate | null {
  if (text.length < 6 || text.length > 120) return null;
  const date = parseDate(attr(el, 'datetime') ?? attr(el, 'content')) ?? findDate(text);
  if (!date) return null;
  // The date must be most of the line, not a year inside a sentence.
  const words = text.split(' ').length;
  if (words > 14) return null;
  const before = text.slice(0, Math.max(0, text.search(/\d|[A-Z][a-z]{2,8}\.?\s+\d/)));
  return { date, updated: UPDATED_WORDS.test(before) || looksUpdated(el) };
}

interface PrintedAt {
  el: HtmlElement;
  at: number;
  printed: PrintedDate;
}

// Elements with no element children carrying text: the smallest boxes a date is printed in.
function isTextLeaf(el: HtmlElement): boolean {
  return !el.children.some((c) => c.kind === 'element' && c.tag !== 'br' && textOf(c) !== '');
}

/**
 * The date printed in the article's header: the first short line holding a date among the elements
 * just after the headline (and, failing that, just before it, where a kicker line may carry it).
 */
function headerDate(s: Sources): PrintedDate | null {
  for (const headline of headlines(s)) {
    const at = s.all.indexOf(headline);
    const found =
      scanForDate(s, at + 1, Math.min(s.all.length, at + 60)) ?? scanForDate(s, Math.max(0, at - 12), at);
    if (found) return found;
  }
  return null;
}

// The page's <h1>s, those inside the article first (a blog's name may be an <h1> of its own before
// the post's: a few are tried); a page without an <h1> sets its headline in its first <h2>.
function headlines(s: Sources): HtmlElement[] {
  const h1s = s.all.filter((el) => el.tag === 'h1' && textOf(el) !== '');
  const heads = h1s.length > 0 ? h1s : s.all.filter((el) => el.tag === 'h2' && textOf(el) !== '');
  const ordered = [...heads.filter(inArticle), ...heads.filter((el) => !inArticle(el))];
  return ordered.slice(0, h1s.length > 0 ? 3 : 1);
}

// The first printed publication date between two positions of the page, else the first "Updated"
// one. A new heading ends the header, and so does prose: a long paragraph after the first (the
// first may be the standfirst, printed between the headline and the date line). Dates of a list of
// other posts in that stretch are not the article's.
function scanForDate(s: Sources, from: number, to: number): PrintedDate | null {
  const found: PrintedAt[] = [];
  let prose = 0;
  for (let i = from; i < to; i++) {
    const el = s.all[i]!;
    if (el.tag === 'h1' || el.tag === 'h2') break;
    if (el.tag === 'p' && textOf(el).length > 160 && ++prose > 1) break;
    if (NON_TEXT_TAGS.has(el.tag) || inComments(el)) continue;
    // A leaf's whole text, else the text written directly in the element beside its children
    // ("<p>Dec 26, 2025 <span>•</span> …</p>", "<div><b>By <a>…</a></b> - Mar 27, 2024</div>").
    const printed = printedOf(el);
    if (printed) found.push({ el, at: i, printed });
  }
  const dated = found.filter((f) => !inListing(s, f));
  return (dated.find((f) => !f.printed.updated) ?? dated[0])?.printed ?? null;
}

// Two more elements of the same tag and class printing other dates nearby: a list of posts (a
// published and an updated date may share a style, so one other is not enough).
function inListing(s: Sources, f: PrintedAt): boolean {
  const cls = f.el.attrs.class ?? '';
  let others = 0;
  for (let i = Math.max(0, f.at - LISTING_REACH); i < Math.min(s.all.length, f.at + LISTING_REACH); i++) {
    const el = s.all[i]!;
    if (el === f.el || el.tag !== f.el.tag || (el.attrs.class ?? '') !== cls) continue;
    const date = printedOf(el)?.date;
    if (date && date.getTime() !== f.printed.date.getTime() && ++others >= 2) return true;
  }
  return false;
}

const LISTING_REACH = 60;

function printedOf(el: HtmlElement): PrintedDate | null {
  return isTextLeaf(el) ? printedDate(el) : ownDate(el);
}

// The date written directly in an element beside its children; "Updated" may sit in a child label.
function ownDate(el: HtmlElement): PrintedDate | null {
  const own = ownTextOf(el);
  const found = own === '' ? null : printedDate(el, own);
  if (!found || found.updated) return found;
  // The words before the own text, in the element's whole line: "Updated on" in a child <span>.
  const text = shortTextOf(el, 200) ?? '';
  const before = text.slice(0, Math.max(0, text.indexOf(own)));
  return { date: found.date, updated: UPDATED_WORDS.test(before) };
}

const DATE_SEGMENTS = new Set([
  'date',
  'pubdate',
  'published',
  'publish',
  'timestamp',
  'dateline',
  'posted',
  'time',
  'meta',
]);

// A printed date with no machine-readable form: "<span class="date">March 3, 2026</span>".
function markedDate(s: Sources): Date | null {
  const candidates = s.all.filter((el) => {
    if (el.tag === 'time' || !segments(el).some((seg) => DATE_SEGMENTS.has(seg))) return false;
    const len = textOf(el).length;
    return len >= 6 && len <= 100;
  });
  let index: Map<HtmlElement, number> | null = null;
  let listed = 0;
  for (const el of [...candidates.filter(inArticle), ...candidates.filter((e) => !inArticle(e))]) {
    const text = textOf(el);
    if (/^\s*(?:updated|modified)\b/i.test(text)) continue;
    const date = findDate(text);
    if (!date || looksUpdated(el) || inComments(el)) continue;
    index ??= new Map(s.all.map((e, i) => [e, i]));
    if (!inListing(s, { el, at: index.get(el) ?? 0, printed: { date, updated: false } })) return date;
    // A page that lists dated entries and nothing else is not dated by them.
    if (++listed >= MAX_LISTED) return null;
  }
  return null;
}

const MAX_LISTED = 20;

// Publication dates some page builders leave as data attributes on <body> or the article.
function dataAttributeDate(s: Sources): Date | null {
  for (const el of s.all) {
    const value = el.attrs['data-pubdate'] ?? el.attrs['data-published'] ?? el.attrs['data-publish-date'];
    if (value) {
      const date = parseDate(value);
      if (date) return date;
    }
  }
  return null;
}

// A date printed beside a link to the author's page, wherever the byline stands (some templates put
// it below the article): the few elements after the link.
const AUTHOR_LINK = /\/(?:author|authors)\/[^/?#]+/i;

// Author links read; a page of thousands (a directory) is not an article's byline.
const MAX_AUTHOR_LINKS = 20;

function bylineDate(s: Sources): Date | null {
  let links = 0;
  for (let i = 0; i < s.all.length && links < MAX_AUTHOR_LINKS; i++) {
    const el = s.all[i]!;
    if (el.tag !== 'a' || !(AUTHOR_LINK.test(el.attrs.href ?? '') || el.attrs.rel === 'author')) continue;
    links++;
    if (inComments(el)) continue;
    const found = scanForDate(s, i + 1, Math.min(s.all.length, i + 8));
    if (found && !found.updated) return found.date;
  }
  return null;
}

// A line that names itself a publication date, anywhere on the page but in comments: "Posted on
// April 13, 2023", "Published: 15/12/2025 at 19:00 by …" (some blogs print it below the post).
const LABELLED = /^(?:posted|published|publication date|date published)\b(?:\s+on\b)?(?:\s+the\b)?\s*:?\s*/i;

function labelledDate(s: Sources): Date | null {
  for (const el of s.all) {
    if (NON_TEXT_TAGS.has(el.tag)) continue;
    const own = ownTextOf(el);
    if (own.length < 8 || own.length > 80 || !LABELLED.test(own)) continue;
    if (inComments(el)) continue;
    const date = findDate(own.replace(LABELLED, ''));
    if (date) return date;
  }
  return null;
}

// A news dateline opening the story or its description: "RAJSHAHI, Dec 20, 2025 (BSS) - …".
const DATELINE =
  /^(?:[Bb]y\s[^\n]{1,60}?\s+)?\p{Lu}[\p{Lu} .'-]{1,40},\s+([^()\n]{6,30}?)\s*(?:\([^()]{1,30}\)\s*)?[-–—:]/u;

function datelineDate(s: Sources): Date | null {
  const paragraphs = s.all.filter((el) => el.tag === 'p').slice(0, 40);
  const texts = [firstMeta(s.page, 'og:description', 'description'), ...paragraphs.map((p) => textOf(p))];
  for (const text of texts) {
    const m = text ? DATELINE.exec(text.slice(0, 200).trim()) : null;
    const date = m ? findDate(m[1]!) : null;
    if (date) return date;
  }
  return null;
}

// Publication dates a page's scripts carry as data (a framework's page state, an analytics object):
// `"datePublished":"…"`, `publishedAt: '…'`, `\"date_gmt\":\"…\"` inside serialised JSON.
const SCRIPT_DATE =
  /[{,\s]\\*["']?(?:datePublished|publishedAt|published_at|publishDate|publishedDate|publish_date|date_gmt|firstPublishedAt|pubDate)\\*["']?\s*:\s*\\*["']([0-9][^"'\\]{7,34})\\*["']/g;
// Script text read for such dates; a page's state can run to megabytes.
const SCRIPT_BUDGET = 2_000_000;

/**
 * The publication date in the page's script data, when every such date there is the same day: a
 * list of posts in the state gives many, and then none of them is the page's.
 */
function scriptDataDate(s: Sources): Date | null {
  let budget = SCRIPT_BUDGET;
  let found: Date | null = null;
  for (const el of s.all) {
    if (el.tag !== 'script' || /ld\+json/i.test(el.attrs.type ?? '') || budget <= 0) continue;
    const text = scriptText(el).slice(0, budget);
    budget -= text.length;
    for (const m of text.matchAll(SCRIPT_DATE)) {
      const date = parseDate(m[1]);
      if (!date) continue;
      if (found && Math.abs(found.getTime() - date.getTime()) >= 24 * 3_600_000) return null;
      found ??= date;
    }
  }
  return found;
}

function scriptText(el: HtmlElement): string {
  let out = '';
  for (const child of el.children) if (child.kind === 'text') out += child.text;
  return out;
}

/**
 * The page's date as its reader sees it: the publication date printed under the headline, else the
 * publication date the page declares, else an "Updated" date printed there. An "Updated" line is a
 * revision, which `findUpdated` reports; on the WCXB pages whose header prints only one, the
 * truth took the declared first publication about as often as the revision (19 against 17).
 */
export function findPublished(s: Sources): Date | null {
  const declared =
    declaredDate(s, 'datePublished', PUBLISHED_META) ??
    timeElementDate(s, 'published') ??
    dataAttributeDate(s);
  const header = headerDate(s);
  const printed = header && !(header.updated && declared) ? header.date : null;
  // A declared date of the same day is the same date, with its time and zone.
  if (printed && !(declared && Math.abs(declared.getTime() - printed.getTime()) < 36 * 3_600_000))
    return printed;
  return (
    declared ??
    markedDate(s) ??
    dateFromUrl(s.url) ??
    labelledDate(s) ??
    bylineDate(s) ??
    datelineDate(s) ??
    scriptDataDate(s)
  );
}

/** When the page says it was last updated. */
export function findUpdated(s: Sources): Date | null {
  return declaredDate(s, 'dateModified', UPDATED_META) ?? timeElementDate(s, 'modified');
}
