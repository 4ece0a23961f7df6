import { describe, expect, it } from 'vitest';
import { createViewCache } from './view-cache.js';
import { acceptsGzip, matchesEtag } from './view-response.js';

const NOW = new Date('2024-05-03T12:00:00Z');
const source = (v = { version: 1 }) => ({ version: async () => v.version });

describe('view cache', () => {
  it('does not keep a failed composition: the next request composes again', async () => {
    const cache = createViewCache(source(), () => NOW);
    let calls = 0;
    const compose = async () => {
      calls++;
      if (calls === 1) throw new Error('database went away');
      return 'page';
    };
    await expect(cache.get('home', compose)).rejects.toThrow('database went away');
    expect(new TextDecoder().decode((await cache.get('home', compose))!.body)).toBe('page');
    expect(calls).toBe(2);
  });

  it('does not keep a miss, and drops the least recently used view beyond its bound', async () => {
    const cache = createViewCache(source(), () => NOW, { maxEntries: 2 });
    let calls = 0;
    const make = (text: string | null) => async () => {
      calls++;
      return text;
    };
    expect(await cache.get('story:9', make(null))).toBeNull();
    expect(await cache.get('story:9', make(null))).toBeNull();
    expect(calls).toBe(2);
    await cache.get('a', make('a'));
    await cache.get('b', make('b'));
    await cache.get('a', make('a'));
    await cache.get('c', make('c'));
    calls = 0;
    await cache.get('a', make('a'));
    expect(calls).toBe(0);
    await cache.get('b', make('b'));
    expect(calls).toBe(1);
  });

  it('composes again when the version moves, with a new ETag', async () => {
    const v = { version: 1 };
    const cache = createViewCache(source(v), () => NOW, { versionCheckMs: 0 });
    const first = await cache.get('home', async () => 'same bytes');
    v.version = 2;
    const second = await cache.get('home', async () => 'same bytes');
    expect(first!.etag).toMatch(/^"1-/);
    expect(second!.etag).toMatch(/^"2-/);
  });

  it('reads the version once per check interval, however many requests', async () => {
    let reads = 0;
    const cache = createViewCache(
      {
        version: async () => {
          reads++;
          return 1;
        },
      },
      () => NOW,
      { versionCheckMs: 60_000 },
    );
    await Promise.all(Array.from({ length: 50 }, () => cache.get('home', async () => 'page')));
    await cache.get('home', async () => 'page');
    expect(reads).toBe(1);
  });
});

describe('If-None-Match', () => {
  it('matches the exact tag, its weak form, one of a list, or *', () => {
    expect(matchesEtag('"1-ab"', '"1-ab"')).toBe(true);
    expect(matchesEtag('W/"1-ab"', '"1-ab"')).toBe(true);
    expect(matchesEtag('"0-zz", "1-ab"', '"1-ab"')).toBe(true);
    expect(matchesEtag('*', '"1-ab"')).toBe(true);
    expect(matchesEtag('"1-abc"', '"1-ab"')).toBe(false);
    expect(matchesEtag(undefined, '"1-ab"')).toBe(false);
  });
});

describe('Accept-Encoding', () => {
  it('accepts gzip when named or covered by *, unless its q-value is 0', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('br, *;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
