import type { Span } from '../../domain/quote.js';

/** Spans of the paragraphs of a body text (blank-line separated), trimmed, empty ones dropped. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  const breaks = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const end = m ? m.index : text.length;
    const span = trim(text, start, end);
    if (span) out.push(span);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

/** Narrow a span to exclude surrounding white space; null if nothing is left. */
export function trim(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}
