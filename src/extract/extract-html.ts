import type { ExtractedArticle } from '../domain/article.js';
import { type Block, collectBlocks } from './body-blocks.js';
import { blocksToHtml, blocksToText, filterBlocks } from './body-render.js';
import { dropChrome, dropNonContent, dropPlainChrome } from './clean-tree.js';
import { emptyArticle } from './empty-article.js';
import { guessLanguage } from './guess-language.js';
import { readHtmlMetadata } from './html-metadata.js';
import { type HtmlElement, parseDocument } from './html-tree.js';
import { readJsonLd } from './json-ld.js';
import { findLeadImage } from './lead-image.js';
import { capHtml, looksBinary } from './limits.js';
import { findMarkedContainer, proseOf, scoreContainers } from './main-content.js';
import { firstMeta, readPageMeta } from './meta-tags.js';
import { repairMojibake } from './mojibake.js';
import { baseFor, resolveUrl } from './resolve-url.js';
import { sanitiseHtml } from './sanitise.js';
import { measure } from './text-stats.js';
import { contains, descendants, findFirst } from './tree-query.js';

function attached(el: HtmlElement, root: HtmlElement): boolean {
  let cur: HtmlElement | null = el;
  while (cur?.parent) cur = cur.parent;
  return cur === root;
}

// Body text shorter than this is taken as a failed extraction when a second reading finds more.
const NEAR_EMPTY = 200;

const textLength = (blocks: readonly Block[]): number =>
  blocks.reduce((n, b) => n + (b.kind === 'img' ? 0 : b.text.length), 0);

const ldBodyLength = (article: Record<string, unknown> | null): number =>
  typeof article?.articleBody === 'string' ? article.articleBody.length : 0;

/**
 * Clean the tree and pick the article's blocks: the page's own marked container, else density
 * scoring, else the whole body. `recover` is the second reading for a page whose first one came
 * out (nearly) empty: hidden elements stay, and only unambiguous chrome classes are removed
 * (`plain-chrome`) or only reader comments are (`comments`, the last resort for a body that is
 * still near-empty).
 */
function chooseBody(
  root: HtmlElement,
  base: string | null,
  repeats: readonly (string | null)[],
  opts: { recover?: 'plain-chrome' | 'comments' },
): { blocks: Block[]; pageProse: number; hidden: number } {
  const { hidden } = dropNonContent(root, { keepHidden: opts.recover !== undefined });
  const before = measure(root);
  const pageProse = before.get(root)?.para ?? 0;
  const marked = findMarkedContainer(root, before);
  if (opts.recover === 'plain-chrome') dropPlainChrome(root, measure(root));
  else if (opts.recover === 'comments') dropPlainChrome(root, measure(root), true);
  else dropChrome(root, marked, measure(root));
  const stats = measure(root);
  const kept = marked.filter((el) => attached(el, root));
  const scored = scoreContainers(root, stats);
  const body = findFirst(root, (el) => el.tag === 'body') ?? root;

  // Trust the page's own markup unless density scoring found far more prose elsewhere.
  const scoredOutside = !scored.some((s) => kept.some((k) => contains(k, s)));
  const useScored =
    kept.length === 0 || (scoredOutside && proseOf(stats, kept) < 0.3 * proseOf(stats, scored));
  const attempts = useScored ? [scored, [body]] : [kept, scored, [body]];
  let blocks: Block[] = [];
  for (const roots of attempts) {
    if (roots.length === 0) continue;
    blocks = filterBlocks(collectBlocks(roots, stats, base), repeats);
    if (blocks.some((b) => b.kind !== 'img')) break;
  }
  return { blocks, pageProse, hidden };
}

function extract(html: string, pageUrl: string | null): ExtractedArticle {
  const input = capHtml(html);
  if (input.trim() === '' || looksBinary(input)) return emptyArticle();
  const root = parseDocument(repairMojibake(input));
  const all = descendants(root);
  const page = readPageMeta(root, all);
  const ld = readJsonLd(root, all);
  // Relative URLs resolve against <base href> when the page declares one.
  const baseEl = all.find((el) => el.tag === 'base' && el.attrs.href);
  // A page read from a file has no URL of its own; its absolute canonical URL stands in.
  const declared = pageUrl ?? resolveUrl(page.links.get('canonical')?.[0] ?? firstMeta(page, 'og:url'), null);
  const base = resolveUrl(baseEl?.attrs.href, declared) ?? declared;
  const meta = readHtmlMetadata(root, page, ld, { page: pageUrl, base }, all);
  const image = findLeadImage(root, page, ld, base, all);

  const caption = image?.caption ?? null;
  const credit = image?.credit ?? null;
  // The caption with its credit may also stand as a paragraph of its own beside the image.
  const repeats = [meta.title, caption, credit, caption && credit ? `${caption} ${credit}` : null];
  const first = chooseBody(root, base, repeats, {});
  let blocks = first.blocks;
  // An empty or near-empty body from a page that shows an article is a failure to recover from:
  // read the page again keeping hidden elements and removing only unambiguous chrome.
  // "Near-empty" is against the page's own prose (before cleaning) and its JSON-LD articleBody.
  const got = textLength(blocks);
  const expected = Math.max(ldBodyLength(ld.article), first.pageProse);
  // Reading again costs two parses, so only when something was left out: hidden elements, or
  // prose that cleaning removed.
  const leftOut = first.hidden > 0 || expected - got >= NEAR_EMPTY;
  if (leftOut && (got < NEAR_EMPTY || (expected >= 1000 && got < 0.15 * expected))) {
    const reread = (recover: 'plain-chrome' | 'comments') =>
      chooseBody(parseDocument(repairMojibake(input)), base, repeats, { recover }).blocks;
    const again = reread('plain-chrome');
    const gained = textLength(again);
    if (got < NEAR_EMPTY ? gained > got : gained >= 2 * got) blocks = again;
    if (textLength(blocks) < NEAR_EMPTY) {
      const last = reread('comments');
      if (textLength(last) > textLength(blocks)) blocks = last;
    }
  }
  const bodyText = blocksToText(blocks);
  return {
    ...meta,
    // Pages that declare no language get a guess from the body's function words.
    language: meta.language ?? guessLanguage(bodyText),
    image,
    bodyText,
    bodyHtml: bodyText === '' ? '' : sanitiseHtml(blocksToHtml(blocks), base),
  };
}

/**
 * Extract an article from page HTML: metadata (title, standfirst, byline, dates, language,
 * canonical URL, site, section, tags, lead image with caption and credit) and the main text
 * with page chrome removed. Never throws; unusable input gives an empty body.
 */
export function extractHtml(html: string, opts: { url: string }): ExtractedArticle {
  try {
    if (typeof html !== 'string') return emptyArticle();
    return extract(html, baseFor(opts?.url));
  } catch {
    return emptyArticle();
  }
}
