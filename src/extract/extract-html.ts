import type { ExtractedArticle } from '../domain/article.js';
import { type Block, collectBlocks } from './body-blocks.js';
import { blocksToHtml, blocksToText, filterBlocks } from './body-render.js';
import { dropChrome, dropNonContent } from './clean-tree.js';
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

  dropNonContent(root);
  const marked = findMarkedContainer(root, measure(root));
  dropChrome(root, marked, measure(root));
  const stats = measure(root);
  const kept = marked.filter((el) => attached(el, root));
  const scored = scoreContainers(root, stats);
  const body = findFirst(root, (el) => el.tag === 'body') ?? root;

  // Trust the page's own markup unless density scoring found far more prose elsewhere.
  const scoredOutside = !scored.some((s) => kept.some((k) => contains(k, s)));
  const useScored =
    kept.length === 0 || (scoredOutside && proseOf(stats, kept) < 0.3 * proseOf(stats, scored));
  const attempts = useScored ? [scored, [body]] : [kept, scored, [body]];

  const caption = image?.caption ?? null;
  const credit = image?.credit ?? null;
  // The caption with its credit may also stand as a paragraph of its own beside the image.
  const repeats = [meta.title, caption, credit, caption && credit ? `${caption} ${credit}` : null];
  let blocks: Block[] = [];
  for (const roots of attempts) {
    if (roots.length === 0) continue;
    blocks = filterBlocks(collectBlocks(roots, stats, base), repeats);
    if (blocks.some((b) => b.kind !== 'img')) break;
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
