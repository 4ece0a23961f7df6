/** Per-host politeness settings. */
export interface HostLimiterOptions {
  /** Requests to one host in flight at once. */
  perHostConcurrency: number;
  /** Least time between the starts of two requests to one host. */
  minDelayMs: number;
}

/** Queues work per host so no site gets more than its share. */
export interface HostLimiter {
  /** Run `task` when the host of `url` (host name plus port) has a free slot. */
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
  /** Tasks running or waiting for a host. */
  pending(url: string): number;
}

interface HostState {
  active: number;
  lastStart: number;
  queue: (() => void)[];
  timer: NodeJS.Timeout | null;
  idle: NodeJS.Timeout | null;
}

/** Create a limiter; keep one per process and route every outside request through it. */
export function createHostLimiter(options: HostLimiterOptions): HostLimiter {
  const concurrency = Math.max(1, Math.floor(options.perHostConcurrency));
  const minDelay = Math.max(0, options.minDelayMs);
  const hosts = new Map<string, HostState>();

  const pump = (key: string, state: HostState) => {
    if (state.timer) return;
    while (state.queue.length > 0 && state.active < concurrency) {
      const wait = state.lastStart + minDelay - Date.now();
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = null;
          pump(key, state);
        }, wait);
        return;
      }
      state.active++;
      state.lastStart = Date.now();
      state.queue.shift()?.();
    }
    // Forget idle hosts once their delay has passed, so the map does not grow with every site seen.
    if (state.active === 0 && state.queue.length === 0) {
      const idleFor = Date.now() - state.lastStart;
      if (idleFor >= minDelay) hosts.delete(key);
      else {
        state.idle = setTimeout(() => hosts.delete(key), minDelay - idleFor);
        state.idle.unref();
      }
    }
  };

  return {
    run<T>(url: string, task: () => Promise<T>): Promise<T> {
      const key = hostKey(url);
      let state = hosts.get(key);
      if (!state) {
        state = { active: 0, lastStart: Number.NEGATIVE_INFINITY, queue: [], timer: null, idle: null };
        hosts.set(key, state);
      }
      if (state.idle) {
        clearTimeout(state.idle);
        state.idle = null;
      }
      const host = state;
      return new Promise<T>((resolve, reject) => {
        host.queue.push(() => {
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => {
              host.active--;
              pump(key, host);
            });
        });
        pump(key, host);
      });
    },
    pending(url: string): number {
      const state = hosts.get(hostKey(url));
      return state ? state.active + state.queue.length : 0;
    },
  };
}

function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}
