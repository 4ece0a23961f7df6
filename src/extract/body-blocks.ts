import { escapeHtml } from '../lib/html.js';
import { DROP_TAGS } from './chrome-patterns.js';
import type { HtmlElement } from './html-tree.js';
import { MAX_BODY_CHARS } from './limits.js';
import { resolveUrl } from './resolve-url.js';
import type { StatsTable } from './text-stats.js';

/** One block of the article body: a paragraph, heading, list item, preformatted text or image. */
export interface Block {
  kind: 'p' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'li' | 'pre' | 'img';
  list: 'ul' | 'ol' | null;
  quote: boolean;
  /** Plain text; line breaks from <br> kept as "\n". */
  text: string;
  /** Inline HTML (escaped, only simple inline tags), or the <img> for an image block. */
  html: string;
  /** Characters of text inside links. */
  linkChars: number;
}

interface Ctx {
  kind: Block['kind'];
  list: Block['list'];
  quote: boolean;
  /** Inside a link that wraps whole blocks (a teaser card): all text here is link text. */
  link?: boolean;
}

const BREAK = '\ue000';
const INLINE_RENAME: Record<string, string> = {
  b: 'strong',
  strong: 'strong',
  i: 'em',
  em: 'em',
  u: 'u',
  s: 's',
  strike: 's',
  del: 's',
  sub: 'sub',
  sup: 'sup',
  code: 'code',
  kbd: 'code',
  q: 'q',
  cite: 'cite',
  mark: 'mark',
  small: 'small',
  abbr: 'abbr',
};
const INLINE_TAGS = new Set([
  ...Object.keys(INLINE_RENAME),
  'a',
  'span',
  'font',
  'time',
  'ins',
  'bdi',
  'bdo',
  'data',
  'dfn',
  'var',
  'samp',
  'tt',
  'big',
  'nobr',
  'label',
]);
const BLOCK_KIND: Record<string, Block['kind']> = {
  p: 'p',
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h5',
  h6: 'h6',
  li: 'li',
  pre: 'pre',
  dt: 'p',
  dd: 'p',
  td: 'p',
  th: 'p',
  caption: 'p',
};

/** Turns content containers into blocks; one instance per extraction. */
class BlockCollector {
  readonly blocks: Block[] = [];
  private chars = 0;
  private html: string[] = [];
  private text: string[] = [];
  private linkChars = 0;
  private bufCtx: Ctx | null = null;

  constructor(
    private readonly stats: StatsTable,
    private readonly baseUrl: string | null,
  ) {}

  /** True once the body has reached MAX_BODY_CHARS; the rest of the page is ignored. */
  get full(): boolean {
    return this.chars >= MAX_BODY_CHARS;
  }

  walk(el: HtmlElement, ctx: Ctx): void {
    for (const child of el.children) {
      if (this.full) return;
      if (child.kind === 'text') this.addText(child.text, ctx, false);
      else this.element(child, ctx);
    }
  }

  flush(): void {
    const ctx = this.bufCtx;
    const rawText = this.text.join('');
    const rawHtml = this.html.join('');
    this.html = [];
    this.text = [];
    const linkChars = this.linkChars;
    this.linkChars = 0;
    this.bufCtx = null;
    if (!ctx) return;
    const pre = ctx.kind === 'pre';
    const text = pre ? tidyPre(rawText) : tidy(rawText, '\n');
    if (text === '') return;
    const html = pre ? tidyPre(rawHtml) : tidy(rawHtml, '<br>');
    this.blocks.push({ kind: ctx.kind, list: ctx.list, quote: ctx.quote, text, html, linkChars });
    this.chars += text.length;
  }

  private addText(text: string, ctx: Ctx, inLink: boolean): void {
    if (this.bufCtx === null) {
      if (text.trim() === '') return;
      this.bufCtx = ctx;
    }
    this.text.push(text);
    this.html.push(escapeHtml(text));
    if (inLink || ctx.link) this.linkChars += text.replace(/\s+/g, ' ').trim().length;
  }

  private element(el: HtmlElement, ctx: Ctx): void {
    const tag = el.tag;
    if (DROP_TAGS.has(tag) || tag === 'figcaption') return;
    if (tag === 'br') {
      if (this.bufCtx) {
        // Two breaks in a row end a paragraph, as on pages laid out with <br><br>.
        const last = this.text[this.text.length - 1];
        if (last === BREAK) {
          this.text.pop();
          this.html.pop();
          this.flush();
        } else {
          this.text.push(BREAK);
          this.html.push(BREAK);
        }
      }
      return;
    }
    if (tag === 'hr') {
      this.flush();
      return;
    }
    if (tag === 'img') {
      if (this.bufCtx === null) this.image(el, ctx);
      return;
    }
    const stats = this.stats.get(el);
    // Custom elements (<hl-trusted-source>) render inline unless styled otherwise.
    if ((INLINE_TAGS.has(tag) || tag.includes('-')) && !stats?.hasBlock) {
      this.inline(el, ctx, false);
      return;
    }
    if (tag === 'tr' && this.simpleRow(el)) {
      this.row(el, ctx);
      return;
    }
    const kind = BLOCK_KIND[tag];
    this.flush();
    if (kind) this.walk(el, { ...ctx, kind: ctx.kind === 'li' && kind === 'p' ? 'li' : kind });
    else if (tag === 'ul' || tag === 'ol') this.walk(el, { ...ctx, list: tag, kind: 'p' });
    else if (tag === 'blockquote') this.walk(el, { ...ctx, quote: true });
    else if (tag === 'a') this.walk(el, { ...ctx, link: true });
    else this.walk(el, ctx);
    this.flush();
  }

  private inline(el: HtmlElement, ctx: Ctx, inLink: boolean): void {
    let open = '';
    let close = '';
    let link = inLink;
    if (el.tag === 'a') {
      link = true;
      const href = resolveUrl(el.attrs.href, this.baseUrl, true);
      if (href && !inLink) {
        open = `<a href="${escapeHtml(href)}">`;
        close = '</a>';
      }
    } else if (INLINE_RENAME[el.tag]) {
      open = `<${INLINE_RENAME[el.tag]}>`;
      close = `</${INLINE_RENAME[el.tag]}>`;
    }
    const before = this.html.length;
    if (open) this.html.push(open);
    for (const child of el.children) {
      if (child.kind === 'text') this.addText(child.text, ctx, link);
      else if (child.tag === 'br') this.element(child, ctx);
      else if (INLINE_TAGS.has(child.tag)) this.inline(child, ctx, link);
      else if (!DROP_TAGS.has(child.tag) && child.tag !== 'img') this.inline(child, ctx, link);
    }
    if (!open) return;
    // Drop the wrapper when nothing went inside it, so empty <a></a> do not reach the output.
    if (this.html.length === before + 1) this.html.pop();
    else this.html.push(close);
  }

  // A table row whose cells hold only inline content reads as one line: "1 Kyle Busch 5040 5".
  private simpleRow(tr: HtmlElement): boolean {
    return tr.children.every(
      (c) => c.kind === 'text' || ((c.tag === 'td' || c.tag === 'th') && !this.stats.get(c)?.hasBlock),
    );
  }

  private row(tr: HtmlElement, ctx: Ctx): void {
    this.flush();
    const rowCtx: Ctx = { ...ctx, kind: 'p' };
    for (const cell of tr.children) {
      if (cell.kind !== 'element') continue;
      if (this.bufCtx !== null) this.addText(' ', rowCtx, false);
      this.inline(cell, rowCtx, false);
    }
    this.flush();
  }

  private image(el: HtmlElement, ctx: Ctx): void {
    const src = resolveUrl(imageSource(el), this.baseUrl);
    if (!src) return;
    const alt = el.attrs.alt ? ` alt="${escapeHtml(el.attrs.alt.trim())}"` : '';
    this.blocks.push({
      kind: 'img',
      list: null,
      quote: ctx.quote,
      text: '',
      html: `<img src="${escapeHtml(src)}"${alt}>`,
      linkChars: 0,
    });
  }
}

/** The best source URL of an <img>, looking at lazy-loading attributes too. */
export function imageSource(el: HtmlElement): string | null {
  const direct = el.attrs.src?.trim();
  const lazy = el.attrs['data-src'] ?? el.attrs['data-original'] ?? el.attrs['data-lazy-src'] ?? null;
  if (lazy && (!direct || direct.startsWith('data:'))) return lazy.trim();
  if (direct && !direct.startsWith('data:')) return direct;
  const srcset = el.attrs.srcset ?? el.attrs['data-srcset'];
  return srcset ? (srcset.trim().split(/\s+/)[0] ?? null) : null;
}

const BREAKS_AROUND = new RegExp(` ?${BREAK}+ ?`, 'g');
const BREAKS_AT_ENDS = new RegExp(`^${BREAK}+|${BREAK}+$`, 'g');
const ANY_BREAK = new RegExp(BREAK, 'g');

// Collapse whitespace, then turn <br> markers into `lineBreak`.
function tidy(s: string, lineBreak: string): string {
  if (!s.includes(BREAK)) return s.replace(/[\s\u00a0]+/g, ' ').trim();
  return s
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(BREAKS_AROUND, BREAK)
    .trim()
    .replace(BREAKS_AT_ENDS, '')
    .trim()
    .replace(ANY_BREAK, lineBreak);
}

function tidyPre(s: string): string {
  return s.replace(ANY_BREAK, '\n').replace(/^\n+|\s+$/g, '');
}

/** Collect the body blocks of the content containers, in document order. */
export function collectBlocks(
  roots: readonly HtmlElement[],
  stats: StatsTable,
  baseUrl: string | null,
): Block[] {
  const collector = new BlockCollector(stats, baseUrl);
  const ctx: Ctx = { kind: 'p', list: null, quote: false };
  for (const root of roots) {
    if (collector.full) break;
    collector.walk(root, BLOCK_KIND[root.tag] ? { ...ctx, kind: BLOCK_KIND[root.tag]! } : ctx);
    collector.flush();
  }
  return collector.blocks;
}
