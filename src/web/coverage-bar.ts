import { type CoverageSlice, UNKNOWN } from '../domain/index.js';
import { html, type SafeHtml } from './html.js';

/** Which palette a bar uses: ownership kinds have fixed colours, countries take them in turn. */
export type CoverageKind = 'ownership' | 'country';

/** How to draw one bar. */
export interface CoverageBarOptions {
  /** Unique within the page: ids for aria-labelledby derive from it. */
  id: string;
  /** "Coverage by ownership". */
  title: string;
  kind: CoverageKind;
  /** A thin bar without caption or legend, for story cards. */
  mini?: boolean;
}

// Dark enough for white labels (contrast ≥ 4.5:1 with #fff).
const OWNERSHIP_COLOURS: Record<string, string> = {
  state: '#a63d26',
  'state-backed': '#9a5410',
  public: '#2a618c',
  private: '#5a4f96',
  independent: '#2f6e48',
};
// Unrated outlets get the same neutral grey in both bars, never a colour a real kind or country uses.
const UNRATED_COLOUR = '#5f5f5f';
const PALETTE = [
  '#2a618c',
  '#a63d26',
  '#2f6e48',
  '#5a4f96',
  '#9a5410',
  '#7a2e5c',
  '#35656b',
  '#6b5a1e',
  '#4a4a4a',
  '#7a4a2e',
];

/** The fill a segment gets. */
export function sliceColour(kind: CoverageKind, key: string, index: number): string {
  if (key === UNKNOWN) return UNRATED_COLOUR;
  if (kind === 'ownership' && OWNERSHIP_COLOURS[key]) return OWNERSHIP_COLOURS[key];
  return PALETTE[index % PALETTE.length]!;
}

// Labels are drawn inside a segment only when it is likely wide enough on a ~600px bar.
const ASSUMED_BAR_PX = 600;
const CHAR_PX = 7.2;

interface Segment {
  slice: CoverageSlice;
  colour: string;
  x: number;
  width: number;
  share: number;
}

function layout(slices: CoverageSlice[], kind: CoverageKind): Segment[] {
  const shown = slices.filter((s) => s.count > 0);
  const total = shown.reduce((n, s) => n + s.count, 0);
  let x = 0;
  return shown.map((slice, i) => {
    const width = (slice.count / total) * 100;
    const seg = { slice, colour: sliceColour(kind, slice.key, i), x, width, share: Math.round(width) };
    x += width;
    return seg;
  });
}

const pct = (n: number) => `${n.toFixed(3)}%`;

function describe(s: Segment): string {
  const unit = s.slice.count === 1 ? 'article' : 'articles';
  return `${s.slice.label}: ${s.slice.count} ${unit} (${s.share}%)`;
}

// A country's key is its ISO code ("US"), short enough for a narrow segment and read at once; an
// ownership key ("state-backed") is no shorter than its label, so it is never offered.
const shortName = (s: Segment): string | null => (/^[A-Z]{2}$/.test(s.slice.key) ? s.slice.key : null);

/** The longest label that fits the segment: name and count, short name and count, the count alone. */
function segmentText(s: Segment): string {
  const px = (s.width / 100) * ASSUMED_BAR_PX;
  const short = shortName(s);
  const tries = [`${s.slice.label} ${s.slice.count}`, short ? `${short} ${s.slice.count}` : null];
  for (const text of tries) if (text && px > text.length * CHAR_PX + 10) return text;
  return px > 28 ? String(s.slice.count) : '';
}

function segmentLabel(s: Segment, mini: boolean): SafeHtml | string {
  if (mini) return '';
  const text = segmentText(s);
  if (!text) return '';
  return html`<text x="${pct(s.x + s.width / 2)}" y="19" text-anchor="middle" fill="#ffffff">${text}</text>`;
}

/** A server-rendered SVG bar of labelled segments, each with its own <title>, plus a legend. */
export function coverageBar(slices: CoverageSlice[], opts: CoverageBarOptions): SafeHtml {
  const segments = layout(slices, opts.kind);
  if (segments.length === 0) return html``;
  const mini = opts.mini === true;
  const height = mini ? 10 : 28;
  const summary = segments.map(describe).join('; ');
  const svg = html`<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="${height}" role="img" aria-labelledby="${opts.id}-title ${opts.id}-desc" focusable="false">
<title id="${opts.id}-title">${opts.title}</title>
<desc id="${opts.id}-desc">${summary}</desc>
${segments.map(
  (s) =>
    html`<g><title>${describe(s)}</title><rect x="${pct(s.x)}" y="0" width="${pct(s.width)}" height="${height}" fill="${s.colour}"></rect>${segmentLabel(s, mini)}</g>`,
)}
</svg>`;
  if (mini) return html`<div class="coverage mini-coverage">${svg}</div>`;
  return html`<figure class="coverage">
<figcaption>${opts.title}</figcaption>
${svg}
<ul class="legend">${segments.map(
    (s) =>
      html`<li><svg width="10" height="10" aria-hidden="true" focusable="false"><rect width="10" height="10" rx="2" fill="${s.colour}"></rect></svg>${s.slice.label} <span class="muted">${s.slice.count}</span></li>`,
  )}</ul>
</figure>`;
}
