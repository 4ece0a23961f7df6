/**
 * Sign-ups per client address, counted in this process: a fixed window per address, the oldest
 * addresses forgotten first once `maxTracked` are kept. The per-address-of-mail limit is the
 * database's (storage/subscribers.ts), since that one must hold across processes.
 */
export interface WindowLimiter {
  /** Count one attempt by `key`; false when it is over the limit. */
  hit(key: string, now: number): boolean;
}

/** At most `max` hits per key in each window of `windowMs`. */
export function createWindowLimiter(max: number, windowMs: number, maxTracked = 10_000): WindowLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, now) {
      let w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        windows.delete(key);
        w = { start: now, count: 0 };
        windows.set(key, w);
        if (windows.size > maxTracked) windows.delete(windows.keys().next().value!);
      }
      w.count++;
      return w.count <= max;
    },
  };
}
