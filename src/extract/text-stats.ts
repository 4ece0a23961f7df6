import type { HtmlElement, HtmlText } from './html-tree.js';
import { descendants, NON_TEXT_TAGS } from './tree-query.js';

/** Text measures of one element's subtree, in characters of whitespace-collapsed text. */
export interface TextStats {
  text: number;
  link: number;
  /**
   * Prose: non-link text inside paragraph-like elements (p, pre, blockquote), plus runs of
   * non-link text written straight into other containers (pages that lay out with <br>).
   */
  para: number;
  /** Text of this element not inside any block-level descendant. */
  inline: number;
  /** The part of `inline` inside links. */
  inlineLink: number;
  /** True when a block-level element lies anywhere inside. */
  hasBlock: boolean;
  /** Commas in the text (Readability's signal of running prose). */
  commas: number;
}

/** Tags that start a new block of text. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section table tbody thead tfoot tr td th ul'.split(
    ' ',
  ),
);
const PARA_TAGS = new Set(['p', 'pre', 'blockquote']);

// Length of the text once whitespace runs are collapsed, and its commas; cached on the node
// because the tree is measured more than once.
function measureText(node: HtmlText): { chars: number; commas: number } {
  if (node.measured) return node.measured;
  const text = node.text;
  let chars = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0) {
      if (!space) chars++;
      space = true;
      continue;
    }
    chars++;
    space = false;
    if (c === 44 || c === 0xff0c || c === 0x3001) commas++;
  }
  node.measured = { chars, commas };
  return node.measured;
}

/** Read access to the measures of the elements of one tree. */
export interface StatsTable {
  get(el: HtmlElement): TextStats | undefined;
}

const TABLE: StatsTable = { get: (el) => el.stats };

/** Measure every element of the tree, children before parents; re-run after changing the tree. */
export function measure(root: HtmlElement): StatsTable {
  const all = descendants(root);
  all.unshift(root);
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    const s: TextStats = { text: 0, link: 0, para: 0, inline: 0, inlineLink: 0, hasBlock: false, commas: 0 };
    if (!NON_TEXT_TAGS.has(el.tag)) {
      for (const child of el.children) {
        if (child.kind === 'text') {
          const m = measureText(child);
          s.text += m.chars;
          s.inline += m.chars;
          s.commas += m.commas;
          continue;
        }
        const c = child.stats;
        if (!c) continue;
        s.text += c.text;
        s.link += c.link;
        s.para += c.para;
        s.commas += c.commas;
        if (BLOCK_TAGS.has(child.tag)) {
          s.hasBlock = true;
        } else {
          s.inline += c.inline;
          s.inlineLink += c.inlineLink;
          if (c.hasBlock) s.hasBlock = true;
        }
      }
    }
    if (el.tag === 'a') {
      // Everything inside a link is link text, even blocks a teaser card wraps in its <a>.
      s.link = s.text;
      s.inlineLink = s.inline;
      s.para = 0;
    }
    if (PARA_TAGS.has(el.tag)) {
      s.para = Math.max(s.para, s.text - s.link);
    } else if (BLOCK_TAGS.has(el.tag) || el.tag === 'body' || el.tag === 'td') {
      // Loose text in a container counts as prose once it is more than a label.
      const loose = s.inline - s.inlineLink;
      if (loose >= 25) s.para += loose;
    }
    el.stats = s;
  }
  return TABLE;
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(s: TextStats | undefined): number {
  if (!s || s.text === 0) return 0;
  return Math.min(1, s.link / s.text);
}
