import type { HtmlElement } from './html-tree.js';
import { classWords, NON_TEXT_TAGS } from './tree-query.js';

/** Elements dropped wholesale: never article prose. */
export const DROP_TAGS = new Set([
  ...NON_TEXT_TAGS,
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'dialog',
  'link',
  'meta',
  'audio',
  'video',
  'map',
]);

/**
 * Page furniture by tag; removed unless it holds the article (see clean-tree). <form> is here
 * rather than dropped outright because some sites wrap the whole page in one.
 */
export const FURNITURE_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'menu', 'form']);

// Whole-segment words ("share" in "article-share", not in "shared"). Segments come from splitting
// class/id words on '-' and '_'.
const STRONG_SEGMENTS = new Set(
  (
    'ad ads adv advert adverts advertisement advertising adslot adunit adbox dfp gpt sponsor sponsored promo promos ' +
    'share shares sharing sharebar sharetools social socials comment comments commentlist replies respond ' +
    'related recommended recommendations recirc recirculation newsletter newsletters subscribe subscription ' +
    'signup optin cookie cookies consent gdpr cmp byline byl author authors contributor dateline date dates ' +
    'timestamp published updated pubdate caption captions credit credits copyright breadcrumb breadcrumbs pagination pager ' +
    'tags tag topics keywords print toolbar tools popup modal overlay lightbox paywall regwall trending popular ' +
    'headline headlines standfirst dek deck strapline kicker eyebrow skip outbrain taboola disqus onetrust didomi ' +
    'feedback survey donate donation membership banner masthead rating reactions bookmark count counter cta'
  ).split(' '),
);

const STRONG_SUBSTRINGS =
  /cookie|newsletter|subscri|signup|sign-up|sharebar|share-bar|sharetool|social-?share|addthis|sharethis|outbrain|taboola|disqus|breadcrumb|advert|sponsor|paywall|read-?more|more-?stories|you-?may|also-?read|most-?(?:popular|read|viewed)|recommend|figcaption|onetrust|sr-only|visually-?hidden|screen-?reader|related-|-related/;
// Ad slots by name; a wrapper that only reserves room for ads between paragraphs may hold them.
const AD_SUBSTRINGS = /ad-?slot|ad-?container|ad-?wrapper/;

const WEAK_SEGMENTS = new Set(
  'sidebar rail widget widgets menu nav navbar navigation header footer meta extra supplemental aside secondary hidden utility links'.split(
    ' ',
  ),
);

const POSITIVE =
  /article-?body|articlebody|story-?body|storybody|entry-?content|post-?content|post-?body|article-?content|article-?text|story-?content|story-?text|body-?text|rich-?text|article__body|content-?body|news-?body|text-?body|article-?main/;

/**
 * How an element's class/id reads: chrome to drop, likely content, nothing either way, or a
 * paywall "gate" (a sign-up prompt, or on some sites the locked rest of the article itself).
 */
export type ClassVerdict = 'strong-chrome' | 'weak-chrome' | 'content' | 'neutral' | 'gate';

const EMBEDDED_POST =
  /(?:social|twitter|tweet|instagram|facebook|tiktok|bluesky|mastodon)[-_]?(?:media[-_]?)?embed|embed[-_]?(?:social|twitter|tweet|instagram)|twitter-tweet|instagram-media/;
const GATE = /(?:^|[-_\s])(?:paywall|regwall|paywalled|metered|premium-content|subscriber-only)(?:$|[-_\s])/;

// Chrome words that frameworks and page builders also use for the wrappers of running prose
// (Elementor's "widget", Adobe's "cmp-text", an infinite-scroll "pagination" container, a grid's
// "hidden" breakpoint helpers). Every weak word is of this kind too.
const AMBIGUOUS_SEGMENTS = new Set([
  ...WEAK_SEGMENTS,
  ...'ad ads cmp pagination pager banner toolbar tools print count counter'.split(' '),
]);

const RESPONSIVE_SHOW =
  /^(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)$/;
// "field--label-hidden" (Drupal) hides the field's label, not the field.
const HIDDEN_PART = new Set(['label', 'title', 'heading', 'legend', 'icon']);

/**
 * Judge an element by its class and id words. `lenient` ignores the words page builders also
 * use for prose wrappers, for elements whose text already reads as an article's.
 */
export function classVerdict(el: HtmlElement, lenient = false): ClassVerdict {
  const words = classWords(el);
  if (words === '') return 'neutral';
  if (POSITIVE.test(words)) return 'content';
  if (GATE.test(words)) return 'gate';
  // An embedded post (a tweet quoted in the story) is content, unlike a share bar.
  if (EMBEDDED_POST.test(words)) return 'neutral';
  let weak = false;
  const list = words.split(/\s+/);
  // Tailwind's "hidden sm:block" is shown on every screen but a phone's.
  const shownFromBreakpoint = list.some((w) => RESPONSIVE_SHOW.test(w));
  // WordPress and Blogger print the post's tags and categories as classes ("tag-ports",
  // "category-news") on the post itself; those say nothing about chrome.
  const isPost = list.some(
    (w) => w === 'hentry' || w === 'type-post' || w === 'status-publish' || w === 'post',
  );
  for (const word of list) {
    if (word === '') continue;
    if (isPost && /^(?:tag|category|format|status|type|author)-/.test(word)) continue;
    if (STRONG_SUBSTRINGS.test(word)) return 'strong-chrome';
    if (!lenient && AD_SUBSTRINGS.test(word)) return 'strong-chrome';
    const segs = word.split(/[-_]+/);
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i]!;
      if (lenient && AMBIGUOUS_SEGMENTS.has(seg)) continue;
      if (seg === 'hidden' && (shownFromBreakpoint || HIDDEN_PART.has(segs[i - 1] ?? ''))) continue;
      if (STRONG_SEGMENTS.has(seg)) return 'strong-chrome';
      if (WEAK_SEGMENTS.has(seg)) weak = true;
    }
  }
  return weak ? 'weak-chrome' : 'neutral';
}

/** True when class/id words say "this is the article body". */
export function looksLikeBody(el: HtmlElement): boolean {
  return POSITIVE.test(classWords(el));
}

/** True when the element is hidden from readers (hidden attribute, aria-hidden, display:none). */
export function isHidden(el: HtmlElement): boolean {
  if ('hidden' in el.attrs) return true;
  if (el.attrs['aria-hidden'] === 'true') return true;
  const style = el.attrs.style;
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** ARIA roles that mark page furniture. */
export const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);
