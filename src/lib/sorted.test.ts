import { describe, expect, it } from 'vitest';
import { firstIndexAfter } from './sorted.js';

describe('firstIndexAfter', () => {
  it('finds where a sorted prefix ends, at the ends too', () => {
    const xs = [1, 3, 3, 5, 8];
    expect(firstIndexAfter(xs, (x) => x < 3)).toBe(1);
    expect(firstIndexAfter(xs, (x) => x <= 3)).toBe(3);
    expect(firstIndexAfter(xs, (x) => x < 0)).toBe(0);
    expect(firstIndexAfter(xs, (x) => x < 100)).toBe(5);
    expect(firstIndexAfter([], () => true)).toBe(0);
  });

  it('agrees with a linear scan on random sorted lists', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 200; n++) {
      const xs = Array.from({ length: Math.floor(rand() * 30) }, () => Math.floor(rand() * 20)).sort(
        (a, b) => a - b,
      );
      const k = Math.floor(rand() * 22);
      expect(firstIndexAfter(xs, (x) => x < k)).toBe(
        xs.findIndex((x) => x >= k) === -1 ? xs.length : xs.findIndex((x) => x >= k),
      );
    }
  });
});
