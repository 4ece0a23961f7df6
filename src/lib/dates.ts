/**
 * Pieces every date reader needs, whatever shape of date it reads: what a zone abbreviation or a
 * written offset means, and turning calendar fields into an instant without silent roll-over.
 */

/** Minutes east of UTC for the zone abbreviations feeds and news pages print, keyed in lower case. */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = Object.freeze(
  // No prototype, so a word such as "constructor" is never mistaken for a zone.
  Object.assign(Object.create(null) as Record<string, number>, {
    z: 0,
    ut: 0,
    utc: 0,
    gmt: 0,
    wet: 0,
    est: -300,
    edt: -240,
    cst: -360,
    cdt: -300,
    mst: -420,
    mdt: -360,
    pst: -480,
    pdt: -420,
    akst: -540,
    akdt: -480,
    hst: -600,
    ast: -240,
    adt: -180,
    nst: -210,
    ndt: -150,
    bst: 60,
    ist: 330,
    cet: 60,
    cest: 120,
    met: 60,
    mest: 120,
    west: 60,
    eet: 120,
    eest: 180,
    msk: 180,
    sgt: 480,
    hkt: 480,
    awst: 480,
    jst: 540,
    kst: 540,
    acst: 570,
    aest: 600,
    aedt: 660,
    nzst: 720,
    nzdt: 780,
  }),
);

const NUMERIC_OFFSET = /^([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** Minutes east of UTC for a written offset ("+05:30", "-0800", "+01", "+1"), or null when it is not one. */
export function numericOffset(text: string): number | null {
  const m = NUMERIC_OFFSET.exec(text);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * The instant of a calendar date and wall-clock time `offsetMin` minutes east of UTC, with
 * Date.UTC's argument order (month from 1). Null for a date the calendar lacks (month 13,
 * 31 February), which Date.UTC would roll over, and for years below 100, which it would read as
 * 19xx. Time fields are the caller's to bound: feeds allow 24:00, pages do not.
 */
export function instantAt(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMin: number,
): Date | null {
  if (year < 100 || month < 1 || month > 12) return null;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMin * 60_000);
  return Number.isNaN(date.getTime()) ? null : date;
}
