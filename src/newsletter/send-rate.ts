/** Spaces calls out to at most `perSecond` a second (a token bucket one second deep). */
export interface RateLimiter {
  /** Resolves when the next call may go. */
  take(): Promise<void>;
}

/** A limiter that lets `perSecond` calls through per second, with bursts of at most that many. */
export function createRateLimiter(
  perSecond: number,
  clock: () => number = () => performance.now(),
): RateLimiter {
  const capacity = Math.max(1, perSecond);
  let tokens = capacity;
  let last = clock();
  let chain: Promise<void> = Promise.resolve();
  const takeOne = async () => {
    for (;;) {
      const now = clock();
      tokens = Math.min(capacity, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await new Promise((r) => setTimeout(r, Math.ceil(((1 - tokens) / perSecond) * 1000)));
    }
  };
  return {
    take() {
      // Callers queue in order, so no waiter starves.
      chain = chain.then(takeOne);
      return chain;
    },
  };
}
