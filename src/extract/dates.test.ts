import { describe, expect, it } from 'vitest';
import { dateFromUrl, findDate, parseDate } from './dates.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('parseDate', () => {
  it('reads ISO 8601 with and without offsets', () => {
    expect(iso(parseDate('2026-11-27T09:30:00Z'))).toBe('2026-11-27T09:30:00.000Z');
    expect(iso(parseDate('2026-02-14T07:15:00+01:00'))).toBe('2026-02-14T06:15:00.000Z');
    expect(iso(parseDate('2026-02-14T07:15:00.123-0500'))).toBe('2026-02-14T12:15:00.000Z');
    expect(iso(parseDate('2026-03-01'))).toBe('2026-03-01T00:00:00.000Z');
  });

  it('reads the written formats news pages print', () => {
    expect(iso(parseDate('27 November 2026'))).toBe('2026-11-27T00:00:00.000Z');
    expect(iso(parseDate('Nov. 27, 2026'))).toBe('2026-11-27T00:00:00.000Z');
    expect(iso(parseDate('Mon 23 Nov 2026 14.05 GMT'))).toBe('2026-11-23T14:05:00.000Z');
    expect(iso(parseDate('November 27, 2026 6:12 PM EST'))).toBe('2026-11-27T23:12:00.000Z');
    expect(iso(parseDate('Thu, 26 Nov 2026 10:00:00 +0200'))).toBe('2026-11-26T08:00:00.000Z');
    expect(iso(parseDate('2026/11/27'))).toBe('2026-11-27T00:00:00.000Z');
  });

  it('rejects impossible and missing dates', () => {
    expect(parseDate('2026-02-31')).toBeNull();
    expect(parseDate('31 February 2026')).toBeNull();
    expect(parseDate('2 hours ago')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate(null)).toBeNull();
  });
});

describe('findDate', () => {
  it('finds a date inside a longer line', () => {
    expect(iso(findDate('Published on Friday 3 July 2026, 08:15'))).toBe('2026-07-03T08:15:00.000Z');
    expect(findDate('No date in this line at all')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('reads /yyyy/mm/dd/ and yyyy-mm-dd paths', () => {
    expect(iso(dateFromUrl('https://e.org/world/2026/11/27/story'))).toBe('2026-11-27T00:00:00.000Z');
    expect(iso(dateFromUrl('https://e.org/2026-03-03/story.html'))).toBe('2026-03-03T00:00:00.000Z');
  });

  it('ignores paths without a full date', () => {
    expect(dateFromUrl('https://e.org/2026/11/story')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });
});

describe('dates in other languages', () => {
  it('reads French, German, Spanish, Italian, Portuguese and Dutch month names', () => {
    expect(iso(findDate('Publié le 4 novembre 2026 à 17h45'))).toBe('2026-11-04T17:45:00.000Z');
    expect(iso(findDate('1er mars 2026'))).toBe('2026-03-01T00:00:00.000Z');
    expect(iso(findDate('Veröffentlicht am 4. März 2026, 09:30 Uhr'))).toBe('2026-03-04T09:30:00.000Z');
    expect(iso(findDate('Publicado el 4 de noviembre de 2026'))).toBe('2026-11-04T00:00:00.000Z');
    expect(iso(findDate('12 maggio 2026'))).toBe('2026-05-12T00:00:00.000Z');
    expect(iso(findDate('3 de março de 2026'))).toBe('2026-03-03T00:00:00.000Z');
    expect(iso(findDate('12 mei 2026'))).toBe('2026-05-12T00:00:00.000Z');
  });

  it('does not take a word that merely starts like a month for one', () => {
    expect(findDate('Marching 12 2026')).toBeNull();
    expect(findDate('maybe 3 2026')).toBeNull();
  });
});
