import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { sha256Hex } from '../lib/index.js';

const gzipAsync = promisify(gzip);

/** A composed response body with its validator. */
export interface View {
  body: Uint8Array<ArrayBuffer>;
  /** Quoted strong ETag: the story-views version and a hash of the bytes. */
  etag: string;
  /** The same bytes gzipped once at composition, for the many readers whose browsers accept it. */
  gzip: Uint8Array<ArrayBuffer>;
  /**
   * When these bytes were first composed, in whole seconds (HTTP dates have no finer grain): a
   * recomposition that yields the same bytes keeps it, one that yields new bytes moves it on.
   */
  lastModified: Date;
}

/** How fresh composed views are kept. */
export interface ViewCacheOptions {
  /**
   * Recompose a view this old even when no story changed, because relative times ("3 h ago") and
   * recency ranking move with the clock. The old view is served while the new one is composed.
   */
  maxAgeMs: number;
  /** Trust a version read for this long before asking the database again (0: ask on every request). */
  versionCheckMs: number;
  /** Most views kept, and most bytes; the least recently used go first. */
  maxEntries: number;
  maxBytes: number;
}

/**
 * Defaults: a page is at most a minute behind the clock, and a re-clustering written by another
 * process shows within a second (the version row is read at most once a second, not per request).
 */
export const VIEW_CACHE_DEFAULTS: ViewCacheOptions = {
  maxAgeMs: 60_000,
  versionCheckMs: 1_000,
  maxEntries: 2_000,
  maxBytes: 128 * 1024 * 1024,
};

/** Where the cache learns that stories changed: `Store.stories` fits. */
export interface VersionSource {
  version(): Promise<number>;
}

/** Composed views keyed by what they show, each composed once per story-views version. */
export interface ViewCache {
  /**
   * The view under `key`. Concurrent callers share one composition; `compose` runs again only when
   * the version changed or the view is older than maxAgeMs. A null composition (nothing there) is
   * returned but not kept, so unknown ids cannot crowd out real pages.
   */
  get(key: string, compose: () => Promise<string | null>): Promise<View | null>;
  /** Resolves once no background recomposition is running (tests wait on it). */
  idle(): Promise<void>;
}

interface Entry {
  version: number;
  composedAt: number;
  view: Promise<View | null>;
  bytes: number;
  refreshing: Promise<void> | null;
}

/** A view cache over a version source; `now` is the clock relative times are composed with. */
export function createViewCache(
  source: VersionSource,
  now: () => Date,
  options: Partial<ViewCacheOptions> = {},
  onRefreshError: (err: unknown) => void = () => {},
): ViewCache {
  const opts = { ...VIEW_CACHE_DEFAULTS, ...options };
  const entries = new Map<string, Entry>();
  let totalBytes = 0;
  let checked: { version: Promise<number>; at: number; pending: boolean } | null = null;
  const refreshes = new Set<Promise<void>>();

  // One version read at a time, shared by every request that arrives while it runs.
  const currentVersion = (): Promise<number> => {
    const t = performance.now();
    if (checked && (t - checked.at < opts.versionCheckMs || checked.pending)) return checked.version;
    const pending = source.version();
    const state = { version: pending, at: t, pending: true };
    checked = state;
    pending.then(
      () => {
        state.pending = false;
      },
      () => {
        if (checked === state) checked = null;
      },
    );
    return pending;
  };

  const drop = (key: string, entry: Entry) => {
    if (entries.get(key) !== entry) return;
    entries.delete(key);
    totalBytes -= entry.bytes;
  };

  const keep = (key: string, entry: Entry, view: View | null) => {
    if (entries.get(key) !== entry) return;
    if (!view) return drop(key, entry);
    entry.bytes = view.body.byteLength + view.gzip.byteLength;
    totalBytes += entry.bytes;
    for (const [k, e] of entries) {
      if (entries.size <= opts.maxEntries && totalBytes <= opts.maxBytes) break;
      if (k !== key) drop(k, e);
    }
  };

  const compose = (
    key: string,
    version: number,
    fn: () => Promise<string | null>,
    previous: Promise<View | null> | null,
  ): Entry => {
    const composedAt = now().getTime();
    const entry: Entry = {
      version,
      composedAt,
      view: fn().then(async (text) => {
        if (text === null) return null;
        const before = previous ? await previous.catch(() => null) : null;
        return toView(text, version, composedAt, before);
      }),
      bytes: 0,
      refreshing: null,
    };
    entry.view.then(
      (view) => keep(key, entry, view),
      () => drop(key, entry),
    );
    return entry;
  };

  // Same version, but the clock moved on: serve the old view until the new one is ready.
  const refresh = (key: string, stale: Entry, fn: () => Promise<string | null>) => {
    const next = compose(key, stale.version, fn, stale.view);
    const done = next.view.then(
      (view) => {
        if (entries.get(key) !== stale) return;
        drop(key, stale);
        entries.set(key, next);
        keep(key, next, view);
      },
      (err: unknown) => onRefreshError(err),
    );
    stale.refreshing = done.finally(() => {
      stale.refreshing = null;
      refreshes.delete(done);
    });
    refreshes.add(done);
  };

  return {
    async get(key, fn) {
      const version = await currentVersion();
      const hit = entries.get(key);
      if (hit && hit.version === version) {
        // Least recently used goes first: move the hit to the end.
        entries.delete(key);
        entries.set(key, hit);
        if (!hit.refreshing && hit.bytes > 0 && now().getTime() - hit.composedAt >= opts.maxAgeMs) {
          refresh(key, hit, fn);
        }
        return hit.view;
      }
      if (hit) drop(key, hit);
      const entry = compose(key, version, fn, hit?.view ?? null);
      entries.set(key, entry);
      return entry.view;
    },
    async idle() {
      while (refreshes.size > 0) await Promise.all([...refreshes]);
    },
  };
}

const UTF8 = new TextEncoder();

// Compressed on the thread pool, so a large page does not hold the event loop while it is squeezed.
async function toView(text: string, version: number, composedAt: number, before: View | null): Promise<View> {
  const body = UTF8.encode(text);
  const zipped = await gzipAsync(body);
  const gz = new Uint8Array(zipped.byteLength);
  gz.set(zipped);
  const hash = sha256Hex(text).slice(0, 16);
  return { body, gzip: gz, etag: `"${version}-${hash}"`, lastModified: modifiedAt(hash, composedAt, before) };
}

// New bytes are dated at least a second after the ones they replace, so an If-Modified-Since of the
// old view's date never validates the new one, even when both were composed within one second.
function modifiedAt(hash: string, composedAt: number, before: View | null): Date {
  if (before?.etag.endsWith(`-${hash}"`)) return before.lastModified;
  const seconds = Math.floor(composedAt / 1000) * 1000;
  return new Date(before ? Math.max(seconds, before.lastModified.getTime() + 1000) : seconds);
}
