import { describe, expect, it } from 'vitest';
import { instantAt, numericOffset, ZONE_OFFSETS } from './dates.js';

describe('numericOffset', () => {
  it('reads hours and minutes with or without a colon, east positive and west negative', () => {
    expect(numericOffset('+05:30')).toBe(330);
    expect(numericOffset('+0530')).toBe(330);
    expect(numericOffset('-08:00')).toBe(-480);
    expect(numericOffset('+01')).toBe(60);
    expect(numericOffset('-3')).toBe(-180);
  });

  it('returns null for anything that is not a signed offset', () => {
    expect(numericOffset('0530')).toBeNull();
    expect(numericOffset('+5:3')).toBeNull();
    expect(numericOffset('GMT')).toBeNull();
    expect(numericOffset('')).toBeNull();
  });
});

describe('ZONE_OFFSETS', () => {
  it('gives minutes east of UTC for common abbreviations', () => {
    expect(ZONE_OFFSETS.gmt).toBe(0);
    expect(ZONE_OFFSETS.cest).toBe(120);
    expect(ZONE_OFFSETS.ist).toBe(330);
    expect(ZONE_OFFSETS.pdt).toBe(-420);
  });

  it('does not read Object.prototype names as zones', () => {
    expect(ZONE_OFFSETS.constructor).toBeUndefined();
    expect(ZONE_OFFSETS.toString).toBeUndefined();
  });
});

describe('instantAt', () => {
  it('turns wall-clock time at an offset into the UTC instant', () => {
    expect(instantAt(2026, 11, 27, 14, 5, 0, 60)?.toISOString()).toBe('2026-11-27T13:05:00.000Z');
    expect(instantAt(2026, 1, 1, 0, 30, 0, -300)?.toISOString()).toBe('2026-01-01T05:30:00.000Z');
  });

  it('rejects a day its month lacks instead of rolling it over', () => {
    expect(instantAt(2026, 2, 31, 0, 0, 0, 0)).toBeNull();
    expect(instantAt(2025, 2, 29, 0, 0, 0, 0)).toBeNull();
    expect(instantAt(2024, 2, 29, 0, 0, 0, 0)?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('rejects months outside 1 to 12 and two-digit years', () => {
    expect(instantAt(2026, 13, 1, 0, 0, 0, 0)).toBeNull();
    expect(instantAt(2026, 0, 1, 0, 0, 0, 0)).toBeNull();
    expect(instantAt(26, 5, 1, 0, 0, 0, 0)).toBeNull();
  });
});
