import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff.js';

describe('retry back-off', () => {
  it('waits 30 s before the first retry and doubles each time, never more than an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(10_000)).toBe(3_600_000);
    expect(retryDelayMs(0)).toBe(30_000);
  });
});
