/**
 * The first index of `items` at which `before` turns false, for a list sorted so that `before` holds for a prefix
 * ("the first mention that starts at or after this offset"). Binary search: articles may hold thousands.
 */
export function firstIndexAfter<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
