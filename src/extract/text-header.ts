import { endsSentence, wordCount } from './text-lines.js';

/** What a line of a saved text page turned out to be. */
export type LineRole = 'title' | 'standfirst' | 'byline' | 'date' | 'credit' | 'caption' | 'section';

/** One logical line with what is known about it. */
export interface LineInfo {
  text: string;
  chrome: boolean;
  role: LineRole | null;
  credit: { caption: string | null; credit: string } | null;
  date: { date: Date; updated: boolean } | null;
  byline: { byline: string | null; date: Date | null } | null;
}

/** The head of the article: indexes into the line list (or -1) and where the body starts. */
export interface TextHeader {
  title: number;
  standfirst: number;
  section: number;
  bodyStart: number;
}

const TOP_ZONE = 30;
const CAPTION_MAX_WORDS = 40;

const isFree = (l: LineInfo | undefined): l is LineInfo => !!l && !l.chrome && l.role === null;

function headlineLike(text: string): boolean {
  const words = wordCount(text);
  if (words > 25 || /^[-•*]\s/.test(text)) return false;
  if (words < 3 && text.length < 12) return false;
  return !/[.:;,]$/.test(text);
}

function standfirstLike(text: string): boolean {
  const words = wordCount(text);
  return (endsSentence(text) && words >= 6) || words >= 18;
}

// Non-chrome line indexes, in order.
function candidates(lines: LineInfo[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!lines[i]!.chrome) out.push(i);
  return out;
}

function neighbour(cand: number[], pos: number, step: 1 | -1): number {
  const idx = cand[pos + step];
  return idx === undefined ? -1 : idx;
}

// A credit line with no caption of its own takes the free line after it (or else before it).
function assignCaptions(lines: LineInfo[], cand: number[], upTo: number): void {
  for (let pos = 0; pos < cand.length && cand[pos]! <= upTo; pos++) {
    const line = lines[cand[pos]!]!;
    if (line.role !== 'credit' || line.credit?.caption) continue;
    for (const step of [1, -1] as const) {
      const idx = neighbour(cand, pos, step);
      const other = lines[idx];
      if (isFree(other) && wordCount(other.text) <= CAPTION_MAX_WORDS && other.text.length > 3) {
        other.role = 'caption';
        break;
      }
    }
  }
}

/**
 * Find the headline, standfirst and section of a saved text page and where its body begins.
 * With a byline or date line near the top, the headline is the free line above it (or the one
 * above a standfirst sentence); without, it is the first headline-like line.
 */
export function readHeader(lines: LineInfo[]): TextHeader {
  const cand = candidates(lines);
  const top = cand.slice(0, TOP_ZONE);
  const markerPos = top.findIndex((i) => lines[i]!.role === 'byline' || lines[i]!.role === 'date');
  let title = -1;
  let standfirst = -1;

  if (markerPos >= 0) {
    assignCaptions(lines, cand, cand[Math.min(cand.length - 1, markerPos + 6)]!);
    const above: number[] = [];
    for (let pos = markerPos - 1; pos >= 0 && above.length < 2; pos--) {
      const idx = cand[pos]!;
      if (isFree(lines[idx])) above.push(idx);
    }
    const [l1, l2] = above;
    if (
      l1 !== undefined &&
      l2 !== undefined &&
      standfirstLike(lines[l1]!.text) &&
      headlineLike(lines[l2]!.text)
    ) {
      title = l2;
      standfirst = l1;
    } else if (l1 !== undefined) {
      title = l1;
    }
  }
  if (title < 0) {
    const first = top.find((i) => isFree(lines[i]) && headlineLike(lines[i]!.text));
    title = first ?? top.find((i) => isFree(lines[i]) && wordCount(lines[i]!.text) <= 30) ?? -1;
    if (title >= 0) assignCaptions(lines, cand, cand[Math.min(cand.length - 1, cand.indexOf(title) + 6)]!);
  }
  if (title < 0) return { title: -1, standfirst: -1, section: -1, bodyStart: 0 };
  lines[title]!.role = 'title';
  if (standfirst >= 0) lines[standfirst]!.role = 'standfirst';

  // The header runs from the title through the byline/date/credit/caption lines that follow it.
  const titlePos = cand.indexOf(title);
  let end = standfirst >= 0 ? standfirst : title;
  for (let pos = titlePos + 1; pos < cand.length && pos <= titlePos + 8; pos++) {
    const idx = cand[pos]!;
    const role = lines[idx]!.role;
    if (role === null) {
      // Without markers, the line right after the title may still be a standfirst when a
      // marker or credit follows it.
      if (standfirst < 0 && pos === titlePos + 1 && hasMarkerAfter(lines, cand, pos)) {
        if (standfirstLike(lines[idx]!.text) || wordCount(lines[idx]!.text) >= 6) {
          standfirst = idx;
          lines[idx]!.role = 'standfirst';
          end = idx;
          continue;
        }
      }
      break;
    }
    end = idx;
  }
  const prev = lines[title - 1];
  const section =
    isFree(prev) && wordCount(prev.text) <= 3 && prev.text.length <= 30 && !endsSentence(prev.text)
      ? title - 1
      : -1;
  if (section >= 0) lines[section]!.role = 'section';
  return { title, standfirst, section, bodyStart: end + 1 };
}

function hasMarkerAfter(lines: LineInfo[], cand: number[], pos: number): boolean {
  for (let p = pos + 1; p < cand.length && p <= pos + 3; p++) {
    const role = lines[cand[p]!]!.role;
    if (role === 'byline' || role === 'date' || role === 'credit' || role === 'caption') return true;
  }
  return false;
}
