import { escapeHtml } from '../lib/html.js';
import { hashString } from './prng.js';

/** What the generated lead picture shows. */
export interface ImageSpec {
  /** Seeds the layout so each article gets its own picture. */
  key: string;
  colour: string;
  motif: string;
  outletName: string;
}

/** Width and height of every generated picture, in its viewBox units. */
export const IMAGE_SIZE = { width: 1200, height: 675 } as const;

function parseHex(colour: string): [number, number, number] {
  let hex = colour.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = [...hex].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return [0x55, 0x55, 0x55];
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Blends a colour towards white (amount > 0) or black (amount < 0); amount in [-1, 1]. */
export function shade(colour: string, amount: number): string {
  const target = amount >= 0 ? 255 : 0;
  const a = Math.min(1, Math.abs(amount));
  return (
    '#' +
    parseHex(colour)
      .map((c) =>
        Math.round(c + (target - c) * a)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

/** Draws a deterministic 1200×675 SVG: a gradient in the outlet colour, a few shapes and the motif words. */
export function renderImageSvg(spec: ImageSpec): string {
  const { width, height } = IMAGE_SIZE;
  let h = hashString(spec.key);
  const take = (mod: number): number => {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    return h % mod;
  };
  const light = shade(spec.colour, 0.35);
  const dark = shade(spec.colour, -0.55);
  const shapes: string[] = [];
  for (let i = 0; i < 6; i++) {
    const x = take(width);
    const y = take(height);
    const r = 40 + take(160);
    const opacity = (0.08 + take(15) / 100).toFixed(2);
    shapes.push(
      i % 2 === 0
        ? `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffffff" fill-opacity="${opacity}"/>`
        : `<rect x="${x}" y="${y}" width="${r * 2}" height="${r}" rx="12" fill="#000000" fill-opacity="${opacity}"/>`,
    );
  }
  const horizon = 420 + take(120);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(spec.motif)}">`,
    '<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">',
    `<stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/>`,
    '</linearGradient></defs>',
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
    ...shapes,
    `<path d="M0 ${horizon} Q300 ${horizon - 60} 600 ${horizon} T1200 ${horizon} V${height} H0 Z" fill="${dark}" fill-opacity="0.6"/>`,
    `<text x="600" y="330" text-anchor="middle" font-family="Georgia, serif" font-size="84" fill="#ffffff">${escapeHtml(spec.motif)}</text>`,
    `<text x="40" y="${height - 36}" font-family="Helvetica, Arial, sans-serif" font-size="28" fill="#ffffff" fill-opacity="0.85">${escapeHtml(spec.outletName)} · fictional demo image</text>`,
    '</svg>',
    '',
  ].join('\n');
}
