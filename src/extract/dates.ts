import { instantAt, numericOffset, ZONE_OFFSETS } from '../lib/dates.js';

// Month names and abbreviations, English first, then the other languages news pages commonly use
// (French, German, Spanish, Italian, Portuguese, Dutch).
const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  janvier: 1,
  janv: 1,
  février: 2,
  févr: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  déc: 12,
  januar: 1,
  jänner: 1,
  februar: 2,
  märz: 3,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  gennaio: 1,
  febbraio: 2,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
  janeiro: 1,
  fevereiro: 2,
  março: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
  januari: 1,
  februari: 2,
  maart: 3,
  mei: 5,
  augustus: 8,
};

// The zone names read after a time in running text. Feeds trust a longer list, but in prose it would
// read words that can follow a time ("14:05 West…", "10:30 Met Office") as zones.
const TEXT_ZONES = new Set([
  'utc',
  'gmt',
  'z',
  'bst',
  'cet',
  'cest',
  'eet',
  'eest',
  'msk',
  'ist',
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'jst',
  'aest',
]);

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Every month name and abbreviation findDate knows, in any of its languages. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS);

// Longest names first, so "june" wins over "jun"; a name must not run on into another letter.
const MONTH_WORD = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?(?![\\p{L}])`;
// "27 November 2026", "4. November 2026", "1er mars 2026", "4 de noviembre de 2026".
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:of\\s+|de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})\\b`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'iu',
);
const SLASHED_YMD = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
// "10/31/2026" is the American month first; "31.10.2026" the European day first. A slashed date whose
// first number cannot be a month is read day first ("31/10/2026").
const NUMERIC_DMY = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/.]|\.\d)/;
const TIME =
  /\b(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*\(?([A-Z]{1,4}|[+-]\d{2}:?\d{2})\)?)?(?![\d])/i;

function build(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMin = 0): Date | null {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
    return null;
  return instantAt(y, mo, d, h, mi, s, offsetMin);
}

function parseOffset(zone: string | undefined): number | null {
  if (!zone) return 0;
  const lower = zone.toLowerCase();
  if (TEXT_ZONES.has(lower)) return ZONE_OFFSETS[lower]!;
  return numericOffset(zone);
}

function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace('.', '')] ?? 0;
}

function timeAfter(text: string, from: number): { h: number; mi: number; s: number; offset: number } | null {
  const rest = text.slice(from, from + 40);
  const m = TIME.exec(rest);
  if (!m || m.index > 12) return null;
  let h = Number(m[1]);
  const meridiem = m[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  const offset = parseOffset(m[5]);
  return { h, mi: Number(m[2]), s: Number(m[3] ?? 0), offset: offset ?? 0 };
}

/**
 * Parse the date formats news pages use: ISO 8601, RFC 2822, "27 November 2026", "Nov. 27, 2026",
 * "Mon 23 Nov 2026 14.05 GMT", "2026/11/27". Times without a zone are read as UTC.
 */
export function parseDate(input: string | null | undefined): Date | null {
  if (!input) return null;
  const text = input.trim().slice(0, 200);
  const iso = ISO.exec(text);
  if (iso) {
    const offset = parseOffset(iso[7]);
    return build(
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      Number(iso[4] ?? 0),
      Number(iso[5] ?? 0),
      Number(iso[6] ?? 0),
      offset ?? 0,
    );
  }
  return findDate(text);
}

/** Find the first date written anywhere in a line of text (see parseDate for the formats). */
export function findDate(text: string): Date | null {
  const sample = text.slice(0, 300);
  const isoInside =
    /\b(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)\b/.exec(sample);
  if (isoInside) return parseDate(isoInside[1]);
  const dmy = DAY_MONTH_YEAR.exec(sample);
  const mdy = MONTH_DAY_YEAR.exec(sample);
  const useDmy = dmy && (!mdy || dmy.index <= mdy.index);
  let y: number;
  let mo: number;
  let d: number;
  let end: number;
  if (useDmy && dmy) {
    [y, mo, d] = [Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1])];
    end = dmy.index + dmy[0].length;
  } else if (mdy) {
    [y, mo, d] = [Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2])];
    end = mdy.index + mdy[0].length;
  } else {
    const slashed = SLASHED_YMD.exec(sample);
    const numeric = slashed ? null : NUMERIC_DMY.exec(sample);
    if (slashed) {
      [y, mo, d] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
      end = slashed.index + slashed[0].length;
    } else if (numeric) {
      const [a, b] = [Number(numeric[1]), Number(numeric[3])];
      const monthFirst = numeric[2] === '/' && a <= 12;
      [y, mo, d] = [Number(numeric[4]), monthFirst ? a : b, monthFirst ? b : a];
      end = numeric.index + numeric[0].length;
    } else return null;
  }
  const time = timeAfter(sample, end);
  return time ? build(y, mo, d, time.h, time.mi, time.s, time.offset) : build(y, mo, d);
}

/** The date in a URL path such as /2026/11/27/slug or /2026-11-27/, or null. */
export function dateFromUrl(url: string | null | undefined): Date | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$|\.)/.exec(path);
  if (!m) return null;
  return build(Number(m[1]), Number(m[2]), Number(m[3]));
}
