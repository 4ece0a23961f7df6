/**
 * Dates as feeds write them: RFC 822 with odd zones and missing seconds, ISO 8601 / W3C-DTF in all its
 * shapes, asctime and "January 2, 2006". A date without a zone is read as UTC so the result never
 * depends on the machine it runs on.
 */

import { instantAt, numericOffset, ZONE_OFFSETS } from '../lib/dates.js';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const ISO =
  /^(\d{4})(?:([-/]?)(\d{1,2})(?:\2(\d{1,2}))?)?(?:(?:T|\s+)(\d{1,2})(?::?(\d{2}))?(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?$/i;

const DAY_FIRST =
  /^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?)?\s*(.*)$/i;

const MONTH_FIRST =
  /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:(\d{4})\s*,?\s*)?(?:(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?)?\s*(.*)$/i;

/** Parse a feed date; null for anything it cannot read (never throws). */
export function parseFeedDate(input: string | null | undefined): Date | null {
  if (!input) return null;
  const text = input
    .trim()
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+/g, ' ');
  if (!text || text.length > 100) return null;
  return parseIso(text) ?? parseRfc822(text) ?? parseMonthFirst(text);
}

function parseIso(text: string): Date | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, sep, mo, d, h, mi, s, zone] = m;
  // "20031231" needs all eight digits when there is no separator, else "2003" alone would be a year.
  if (sep === '' && mo && mo.length !== 2) return null;
  const offset = zone ? zoneOffset(zone) : 0;
  if (offset === null) return null;
  return build(num(y), num(mo, 1), num(d, 1), num(h), num(mi), num(s), offset);
}

function parseRfc822(text: string): Date | null {
  // Drop a leading weekday in any language ("Mon,", "Lun.,", "Donnerstag,").
  const body = text.replace(/^[^\d\s,]+\.?,?\s*/, '');
  const m = DAY_FIRST.exec(body);
  if (!m) return null;
  const [, d, monthName, y, h, mi, s, ampm, rest] = m;
  const month = monthNumber(monthName);
  if (!month) return null;
  const offset = trailingZone(rest ?? '');
  if (offset === null) return null;
  return build(fullYear(num(y)), month, num(d), hour12(num(h), ampm), num(mi), num(s), offset);
}

function parseMonthFirst(text: string): Date | null {
  const body = text.replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
  const m = MONTH_FIRST.exec(body);
  if (!m) return null;
  const [, monthName, d, y, h, mi, s, ampm, rest] = m;
  const month = monthNumber(monthName);
  if (!month) return null;
  let restText = (rest ?? '').trim();
  let year = y ? num(y) : 0;
  // asctime puts the year last: "Jan  2 15:04:05 MST 2006".
  const tailYear = /(?:^|\s)(\d{4})$/.exec(restText);
  if (!year && tailYear?.[1]) {
    year = num(tailYear[1]);
    restText = restText.slice(0, -tailYear[1].length).trim();
  }
  if (!year) return null;
  const offset = trailingZone(restText);
  if (offset === null) return null;
  return build(year, month, num(d), hour12(num(h), ampm), num(mi), num(s), offset);
}

function trailingZone(rest: string): number | null {
  const zone = rest.trim();
  if (!zone) return 0;
  const offset = zoneOffset(zone.replace(/^(gmt|utc|ut)(?=[+-])/i, ''));
  // An unknown zone name is not worth losing the date over: read it as UTC.
  if (offset === null && /^[a-z]{1,5}$/i.test(zone)) return 0;
  return offset;
}

function zoneOffset(zone: string): number | null {
  const named = ZONE_OFFSETS[zone.toLowerCase()];
  if (named !== undefined) return named;
  const minutes = numericOffset(zone);
  // No real zone is more than 18 hours from UTC: a larger "offset" is a misread, not a date.
  return minutes !== null && Math.abs(minutes) <= 18 * 60 ? minutes : null;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMin: number,
) {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (hour > 24 || minute > 59 || second > 60) return null;
  // A leap second (:60) is read as :59 rather than rolled into the next minute.
  return instantAt(year, month, day, hour, minute, Math.min(second, 59), offsetMin);
}

function monthNumber(name: string | undefined): number | null {
  if (!name) return null;
  const key = name.toLowerCase();
  return MONTHS[key.slice(0, 4)] ?? MONTHS[key.slice(0, 3)] ?? null;
}

function fullYear(year: number): number {
  if (year >= 100) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function hour12(hour: number, ampm: string | undefined): number {
  if (!ampm) return hour;
  const pm = ampm.toLowerCase() === 'pm';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

function num(text: string | undefined, fallback = 0): number {
  return text ? Number.parseInt(text, 10) : fallback;
}
