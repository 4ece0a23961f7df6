import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './dates.js';

const iso = (text: string) => parseFeedDate(text)?.toISOString() ?? null;

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 04 Mar 2025 08:30:00 GMT', '2025-03-04T08:30:00.000Z'],
    ['Tue, 4 Mar 2025 08:30:00 +0100', '2025-03-04T07:30:00.000Z'],
    ['Tue, 04 Mar 2025 08:30 EST', '2025-03-04T13:30:00.000Z'],
    ['Tue, 04 Mar 2025 08:30:00 PDT', '2025-03-04T15:30:00.000Z'],
    ['04 Mar 25 08:30:00 Z', '2025-03-04T08:30:00.000Z'],
    ['Tue, 04 March 2025 08:30:00 +05:30', '2025-03-04T03:00:00.000Z'],
    ['Tue, 04 Mar 2025 08:30:00 GMT+0200', '2025-03-04T06:30:00.000Z'],
    ['Tue, 04 Mar 2025 08:30:00 -0500 (EST)', '2025-03-04T13:30:00.000Z'],
    ['Tue, 04 Mar 2025 08:30:00 XYZ', '2025-03-04T08:30:00.000Z'],
    ['Di, 04 Mär 2025', null],
    ['Mon, 03 Mar 2025', '2025-03-03T00:00:00.000Z'],
    ['Sat, 07 Sep 02 00:00:01 GMT', '2002-09-07T00:00:01.000Z'],
  ])('reads RFC 822 %j', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['2025-03-04T08:30:00Z', '2025-03-04T08:30:00.000Z'],
    ['2025-03-04T08:30:00.123456+02:00', '2025-03-04T06:30:00.000Z'],
    ['2025-03-04T08:30+01:00', '2025-03-04T07:30:00.000Z'],
    ['2025-03-04 08:30:00', '2025-03-04T08:30:00.000Z'],
    ['2025-03-04', '2025-03-04T00:00:00.000Z'],
    ['2025-03', '2025-03-01T00:00:00.000Z'],
    ['20250304T083000Z', '2025-03-04T08:30:00.000Z'],
    ['2025/3/4 08:30', '2025-03-04T08:30:00.000Z'],
    ['2025-03-04T08:30:00 -0800', '2025-03-04T16:30:00.000Z'],
  ])('reads ISO 8601 / W3C-DTF %j', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['March 4, 2025', '2025-03-04T00:00:00.000Z'],
    ['March 4th, 2025 3:05 PM EST', '2025-03-04T20:05:00.000Z'],
    ['Tue Mar  4 08:30:00 UTC 2025', '2025-03-04T08:30:00.000Z'],
    ['Tue Mar 4 08:30:00 2025', '2025-03-04T08:30:00.000Z'],
  ])('reads month-first and asctime %j', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    'not a date',
    '2025-02-30',
    '31 Feb 2025',
    '2025-13-01',
    'Tue, 04 Mar 2025 25:00:00 GMT',
    '12:30',
  ])('returns null for %j instead of throwing', (text) => {
    expect(parseFeedDate(text)).toBeNull();
  });

  it('returns null for null and undefined', () => {
    expect(parseFeedDate(null)).toBeNull();
    expect(parseFeedDate(undefined)).toBeNull();
  });
});
