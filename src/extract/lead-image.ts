import type { LeadImage } from '../domain/article.js';
import { imageSource } from './body-blocks.js';
import { cleanCredit, splitCaptionCredit, tidyCaptionLabels } from './credit.js';
import type { HtmlElement } from './html-tree.js';
import { ldImage, type PageLd } from './json-ld.js';
import { firstMeta, type PageMeta } from './meta-tags.js';
import { resolveUrl } from './resolve-url.js';
import {
  classWords,
  closest,
  contains,
  descendants,
  findFirst,
  squash,
  visibleTextOf,
} from './tree-query.js';

const CREDIT_SEGMENTS = new Set([
  'credit',
  'bildquelle',
  'quelle',
  'credits',
  'copyright',
  'photographer',
  'source',
  'byline',
  'author',
  'attribution',
]);
const CREDIT_PROPS = /^(?:copyrightholder|creditText|author|creator|copyrightnotice)$/i;

function isCreditElement(el: HtmlElement): boolean {
  if (CREDIT_PROPS.test(el.attrs.itemprop ?? '')) return true;
  return classWords(el)
    .split(/[\s_-]+/)
    .some((seg) => CREDIT_SEGMENTS.has(seg));
}

function isCaptionElement(el: HtmlElement): boolean {
  if (el.tag === 'figcaption') return true;
  if ((el.attrs.itemprop ?? '').toLowerCase() === 'caption') return true;
  return /caption/.test(classWords(el));
}

function baseName(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)).toLowerCase();
  } catch {
    return '';
  }
}

/** An image element: <img>, or AMP's <amp-img>. */
const isImage = (el: HtmlElement): boolean => el.tag === 'img' || el.tag === 'amp-img';

// A short run of text beside an image that carries a credit ("The pier at night. © Jo Sato"):
// a caption even when nothing in its markup says so.
function creditedNote(el: HtmlElement): boolean {
  if (isImage(el) || findFirst(el, isImage)) return false;
  const text = visibleTextOf(el);
  return text.length > 0 && text.length <= 400 && splitCaptionCredit(text).credit !== null;
}

// The element that holds an image and its caption: a <figure>, or a wrapper with a caption child
// (or a credited note beside the image).
function figureOf(img: HtmlElement): HtmlElement | null {
  const figure = closest(img, (el) => el.tag === 'figure');
  if (figure) return figure;
  let cur = img.parent;
  for (let i = 0; cur && i < 3; i++, cur = cur.parent) {
    if (findFirst(cur, isCaptionElement)) return cur;
    if (i < 2 && cur.children.some((c) => c.kind === 'element' && creditedNote(c))) return cur;
  }
  return null;
}

function captionAndCredit(figure: HtmlElement): { caption: string | null; credit: string | null } {
  const captionEl =
    findFirst(figure, isCaptionElement) ??
    (figure.children.find((c) => c.kind === 'element' && creditedNote(c)) as HtmlElement | undefined) ??
    null;
  const creditEl = findFirst(figure, (el) => isCreditElement(el) && !isImage(el) && visibleTextOf(el) !== '');
  let credit = creditEl ? cleanCredit(visibleTextOf(creditEl)) : null;
  let caption: string | null = null;
  if (captionEl) {
    const full = visibleTextOf(captionEl);
    const creditText = creditEl && contains(captionEl, creditEl) ? visibleTextOf(creditEl) : '';
    caption = tidyCaptionLabels(squash(creditText ? full.replace(creditText, ' ') : full)) || null;
  }
  if (caption && !credit) {
    const split = splitCaptionCredit(caption);
    caption = split.caption;
    credit = split.credit;
  }
  return { caption, credit };
}

const isFurniture = (a: HtmlElement) => a.tag === 'aside' || a.tag === 'nav' || a.tag === 'footer';
const isArticle = (a: HtmlElement) => a.tag === 'article' || a.tag === 'main' || a.attrs.role === 'main';

// The first captioned image inside the article, or on pages without <article>/<main>, anywhere.
function firstArticleFigure(all: readonly HtmlElement[]): { img: HtmlElement; figure: HtmlElement } | null {
  const pageHasArticle = all.some(isArticle);
  for (const el of all) {
    if (!isImage(el)) continue;
    if (pageHasArticle && !closest(el, isArticle)) continue;
    if (closest(el, isFurniture)) continue;
    const figure = figureOf(el);
    if (figure) return { img: el, figure };
  }
  return null;
}

/**
 * The lead image: its URL (og:image, JSON-LD image, or the first figure in the article), its
 * caption without the credit, and the credit (a credit element, a "Photo: …" style suffix, or
 * JSON-LD creditText / copyrightHolder). Null when the page names no image at all.
 */
export function findLeadImage(
  root: HtmlElement,
  page: PageMeta,
  ld: PageLd,
  url: string | null,
  all: readonly HtmlElement[] = descendants(root),
): LeadImage | null {
  const fromLd = ldImage(ld);
  const declared = resolveUrl(
    firstMeta(
      page,
      'og:image',
      'og:image:url',
      'og:image:secure_url',
      'twitter:image',
      'twitter:image:src',
    ) ?? fromLd?.url,
    url,
  );
  let figure: HtmlElement | null = null;
  let figureImg: HtmlElement | null = null;
  if (declared) {
    const name = baseName(declared);
    const img = all.find((el) => {
      if (!isImage(el)) return false;
      const src = resolveUrl(imageSource(el), url);
      return src !== null && (src === declared || (name !== '' && baseName(src) === name));
    });
    if (img) {
      figureImg = img;
      figure = figureOf(img);
    }
  }
  if (!figure) {
    const first = firstArticleFigure(all);
    if (first && (!declared || !figureImg)) {
      figure = first.figure;
      figureImg = first.img;
    }
  }
  const fromFigure = figure ? captionAndCredit(figure) : { caption: null, credit: null };
  const imageUrl = declared ?? (figureImg ? resolveUrl(imageSource(figureImg), url) : null);
  const ldSplit = fromLd?.caption && !fromLd.credit ? splitCaptionCredit(fromLd.caption) : null;
  const caption = fromFigure.caption ?? ldSplit?.caption ?? fromLd?.caption ?? null;
  const credit = fromFigure.credit ?? cleanCredit(fromLd?.credit) ?? ldSplit?.credit ?? null;
  if (!imageUrl && !caption && !credit) return null;
  return { url: imageUrl, caption, credit };
}
