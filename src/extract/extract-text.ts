import type { ExtractedArticle } from '../domain/article.js';
import { escapeHtml } from '../lib/html.js';
import { cleanByline } from './byline.js';
import { dateFromUrl } from './dates.js';
import { emptyArticle } from './empty-article.js';
import { guessLanguage } from './guess-language.js';
import { looksBinary } from './limits.js';
import {
  bottomCreditName,
  continuesPromo,
  copyrightOwner,
  isChromeLine,
  isListHeading,
  isMenuItem,
  isPointerLine,
  isWireFooter,
  startsComments,
  startsPromo,
} from './text-chrome.js';
import { type LineInfo, readHeader } from './text-header.js';
import { endsSentence, isProse, normaliseText, splitText, wordCount } from './text-lines.js';
import {
  readBylineLine,
  readCreditLine,
  readDateLine,
  readImageUrlLine,
  readTagsLine,
} from './text-markers.js';
import { sameText } from './title.js';

function classify(text: string): LineInfo {
  const info: LineInfo = { text, chrome: false, role: null, credit: null, date: null, byline: null };
  const credit = readCreditLine(text);
  if (credit) return { ...info, role: 'credit', credit };
  if (readTagsLine(text)) return { ...info, chrome: true };
  if (isChromeLine(text)) return { ...info, chrome: true };
  const byline = readBylineLine(text);
  if (byline) return { ...info, role: 'byline', byline };
  const date = readDateLine(text);
  if (date) return { ...info, role: 'date', date };
  return info;
}

// Newsletter boxes: the opening pitch and the lines that belong to it (buttons, privacy note).
function markPromos(lines: LineInfo[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.chrome || line.role !== null || !startsPromo(line.text)) continue;
    line.chrome = true;
    const strong = wordCount(line.text) > 8 || /sign up (?:for|to)|subscribe to|get our/i.test(line.text);
    for (let j = i + 1; j < lines.length && j <= i + 6; j++) {
      const next = lines[j]!;
      if (next.chrome) continue;
      const belongs = strong ? continuesPromo(next.text) : startsPromo(next.text);
      if (!belongs || next.role !== null) break;
      next.chrome = true;
      i = j;
    }
  }
}

// Three or more short title-case lines in a row are a menu. A run ends where a new block of
// several lines begins, so a section label above the headline is not taken for the menu's tail.
function markMenus(lines: LineInfo[], blockStart: readonly boolean[]): void {
  let runStart = -1;
  const close = (end: number) => {
    if (runStart >= 0 && end - runStart >= 3) for (let k = runStart; k < end; k++) lines[k]!.chrome = true;
    runStart = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (blockStart[i]) close(i);
    if (!line.chrome && line.role === null && isMenuItem(line.text)) {
      if (runStart < 0) runStart = i;
    } else {
      close(i);
    }
  }
  close(lines.length);
}

// After the header: lists of other stories, pointers, and everything after a copyright footer,
// the start of the comments or a wire story's "Reporting by …" footer.
function markTail(lines: LineInfo[], from: number): void {
  const chromeFrom = (k: number) => {
    for (; k < lines.length; k++) lines[k]!.chrome = true;
  };
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (startsComments(line.text) || (i >= lines.length * 0.5 && isWireFooter(line.text))) {
      chromeFrom(i);
      return;
    }
    if (line.chrome && i >= lines.length * 0.5 && copyrightOwner(line.text) !== null) {
      chromeFrom(i);
      return;
    }
    // A list heading opens a list of other stories even when it was already marked as chrome
    // (a "Most read" right under a newsletter box).
    if (!isListHeading(line.text)) {
      if (!line.chrome && isPointerLine(line.text)) line.chrome = true;
      continue;
    }
    line.chrome = true;
    if (/^comments?\b/i.test(line.text)) {
      for (let k = i; k < lines.length; k++) lines[k]!.chrome = true;
      return;
    }
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j]!;
      if (next.role === null && isProse(next.text) && wordCount(next.text) >= 20 && endsSentence(next.text))
        break;
      next.chrome = true;
    }
    i = j - 1;
  }
}

function extract(raw: string, url: string | null): ExtractedArticle {
  const text = normaliseText(raw);
  if (text.trim() === '' || looksBinary(text)) return emptyArticle();
  const { lines: rawLines, blockStart } = splitText(text);
  let imageUrl: string | null = null;
  const lines = rawLines.map((t, i) => {
    if (imageUrl === null && i < 40) imageUrl = readImageUrlLine(t);
    return classify(t);
  });
  markPromos(lines);
  markMenus(lines, blockStart);
  const header = readHeader(lines);
  markTail(lines, header.bodyStart);

  const at = (i: number) => (i >= 0 ? (lines[i]?.text ?? null) : null);
  const title = at(header.title);
  const standfirst = at(header.standfirst);
  const headLines = lines.slice(0, header.bodyStart);
  const bylineLine = headLines.find((l) => l.role === 'byline');
  const firstCredit = headLines.find((l) => l.role === 'credit')?.credit ?? null;
  const captionLine = headLines.find((l) => l.role === 'caption')?.text ?? null;
  const caption = firstCredit?.caption ?? captionLine;
  const dates = lines.filter((l) => l.date && !l.chrome);
  const published =
    dates.find((l) => !l.date!.updated)?.date?.date ?? bylineLine?.byline?.date ?? dateFromUrl(url);
  const updated = dates.find((l) => l.date!.updated)?.date?.date ?? null;
  const bottomByline = lines.map((l) => bottomCreditName(l.text)).find((n) => n !== null) ?? null;
  const siteName = lines.map((l) => copyrightOwner(l.text)).find((n) => n !== null) ?? null;

  const body: string[] = [];
  for (let i = header.bodyStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.chrome || line.role === 'credit' || line.role === 'date' || line.role === 'byline') continue;
    if ([title, standfirst, caption].some((t) => sameText(line.text, t))) continue;
    if (caption && line.text.length >= 20 && caption.includes(line.text)) continue;
    if (body[body.length - 1] === line.text) continue;
    body.push(line.text);
  }
  const bodyText = body.join('\n\n');
  const tags = lines.map((l) => readTagsLine(l.text)).find((t) => t !== null) ?? [];
  const image =
    imageUrl || caption || firstCredit
      ? { url: imageUrl, caption, credit: firstCredit?.credit ?? null }
      : null;
  return {
    ...emptyArticle(),
    title,
    standfirst,
    byline: bylineLine?.byline?.byline ?? cleanByline(bottomByline),
    published,
    updated,
    siteName,
    section: at(header.section),
    language: guessLanguage(bodyText),
    tags,
    image,
    bodyText,
    bodyHtml: body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
  };
}

/**
 * Extract an article from a page saved as plain text (a copy-paste of a web page): drops menus,
 * cookie notices, newsletter boxes, share lines, ads and story lists, and recovers headline,
 * standfirst, byline, dates, image caption and credit, and the body paragraphs. Never throws.
 */
export function extractText(text: string, opts: { url?: string } = {}): ExtractedArticle {
  try {
    if (typeof text !== 'string') return emptyArticle();
    return extract(text, opts?.url ?? null);
  } catch {
    return emptyArticle();
  }
}
