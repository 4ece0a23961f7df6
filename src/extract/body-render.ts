import type { Block } from './body-blocks.js';
import { findDate } from './dates.js';
import { sameText } from './title.js';

// Short blocks that are page furniture even inside the article container.
const CHROME_BLOCK =
  /^(?:advertisement|advert|ad|ads|sponsored(?: content)?|paid content|share(?: this(?: article| story| page)?)?|share on \w+|share via \w+|tweet|e-?mail|print|copy link|link copied|save|saved|comments?|\d+ comments?|view comments|show comments|listen(?: to this article)?|\d+ min(?:ute)?s? read|read more|more on this story|more from \w+.*|most (?:read|popular|viewed)|recommended|related(?: stories| articles| content)?|you may also like|story continues (?:below|after).*|continue reading.*|scroll to continue.*|skip (?:advertisement|ad)|image|photo|video|gallery|enlarge(?: this image)?|toggle caption|hide caption|caption|back to top|follow us.*|sign up.*|subscribe.*|click here.*)[.:!]?$/i;
const LEAD_IN_LINK =
  /^(?:read more|read also|also read|related|see also|more|watch|listen|recommended|explore more)\s*[:|-]/i;
const BYLINE_BLOCK = /^(?:by|words by|written by|posted by|par|von|por|door)\s+\p{Lu}[^.!?]*$/iu;
const PROMO_ACTION =
  /\b(?:sign up|signup|subscribe|get (?:our|the) (?:free )?(?:daily |weekly )?newsletter)\b/i;
const PROMO_OBJECT = /\b(?:newsletters?|inbox|briefing)\b/i;
const DATE_LEAD = /^(?:published|updated|last updated|posted|first published|modified|date)\b/i;

/** Whether a block is furniture that survived container cleaning. */
function isChrome(block: Block, repeats: readonly (string | null)[]): boolean {
  const text = block.text;
  if (block.kind === 'img') return false;
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  if (repeats.some((r) => sameText(text, r))) return true;
  const words = text.split(/\s+/).length;
  if (text.length <= 120 && CHROME_BLOCK.test(text)) return true;
  if (words <= 12 && LEAD_IN_LINK.test(text) && block.linkChars > 0) return true;
  // A short pitch for the site's newsletter ("Sign up … delivered to your inbox").
  if (text.length <= 300 && PROMO_ACTION.test(text) && PROMO_OBJECT.test(text)) return true;
  if (words <= 8 && BYLINE_BLOCK.test(text)) return true;
  if (words <= 10 && DATE_LEAD.test(text) && findDate(text)) return true;
  if (words <= 8 && findDate(text) && text.replace(/[\d\s,.:]/g, '').length < text.length * 0.6) {
    // A block that is only a date ("27 November 2026 10:30"), not a short sentence mentioning one.
    if (!/[.!?]["”]?$/.test(text)) return true;
  }
  const density = text.length > 0 ? block.linkChars / text.length : 0;
  if (density > 0.6 && (text.length < 300 || block.kind === 'li')) return true;
  return false;
}

const isHeading = (b: Block): boolean => b.kind.startsWith('h');

/**
 * Drop furniture blocks, blocks that repeat the page's title, caption or credit (`repeats`), and
 * consecutive duplicates. Images are kept only between real text, and headings left at the end
 * (a "Related topics" over a dropped link list) go too.
 */
export function filterBlocks(blocks: readonly Block[], repeats: readonly (string | null)[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (isChrome(block, repeats)) continue;
    const prev = out[out.length - 1];
    // Repeats of a paragraph are page furniture (a pull quote, a responsive duplicate); repeated
    // short items ("0" in a column of scores) are not.
    const repeat = prev && prev.kind === block.kind && prev.text === block.text && prev.html === block.html;
    if (repeat && block.text.length >= 20) continue;
    out.push(block);
  }
  while (out.length > 0 && (out[out.length - 1]!.kind === 'img' || isHeading(out[out.length - 1]!)))
    out.pop();
  return out;
}

/** Plain text of the body: one paragraph per block, separated by a blank line. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .filter((b) => b.kind !== 'img' && b.text !== '')
    .map((b) => b.text)
    .join('\n\n');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'img':
      return `<figure>${block.html}</figure>`;
    case 'li':
      return `<li>${block.html}</li>`;
    case 'pre':
      return `<pre>${block.html}</pre>`;
    case 'p':
      return `<p>${block.html}</p>`;
    default:
      return `<${block.kind}>${block.html}</${block.kind}>`;
  }
}

/** HTML of the body (not yet sanitised): lists and quotes regrouped around their blocks. */
export function blocksToHtml(blocks: readonly Block[]): string {
  const out: string[] = [];
  let list: Block['list'] = null;
  let quote = false;
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  for (const block of blocks) {
    const wantList = block.kind === 'li' ? (block.list ?? 'ul') : null;
    if (list && wantList !== list) closeList();
    if (block.quote !== quote) {
      closeList();
      out.push(block.quote ? '<blockquote>' : '</blockquote>');
      quote = block.quote;
    }
    if (wantList && !list) {
      out.push(`<${wantList}>`);
      list = wantList;
    }
    out.push(blockHtml(block));
  }
  closeList();
  if (quote) out.push('</blockquote>');
  return out.join('\n');
}
