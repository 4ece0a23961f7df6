import { escapeHtml } from '../lib/html.js';
import type { DemoArticle } from './types.js';

/** One block of an article body: a paragraph or a sub-heading. */
export interface BodyBlock {
  kind: 'paragraph' | 'heading';
  text: string;
  /** Index of the paragraph (for headings: of the paragraph that follows). */
  index: number;
}

/** The body in reading order, sub-headings placed before the paragraph they introduce. */
export function bodyBlocks(article: DemoArticle): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  article.paragraphs.forEach((text, index) => {
    const heading = article.subheadings?.[index];
    if (heading) blocks.push({ kind: 'heading', text: heading, index });
    blocks.push({ kind: 'paragraph', text, index });
  });
  return blocks;
}

/** The body as plain HTML (paragraphs and sub-headings only), as a full-content feed carries it. */
export function bodyHtml(article: DemoArticle, headingTag = 'h2'): string {
  return bodyBlocks(article)
    .map((b) =>
      b.kind === 'heading'
        ? `<${headingTag}>${escapeHtml(b.text)}</${headingTag}>`
        : `<p>${escapeHtml(b.text)}</p>`,
    )
    .join('\n');
}
