import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUGE_BYTES } from './broken.js';
import { type DemoNewsroom, startDemoNewsroom } from './server.js';
import { xmlProblems } from './xml-check.js';

const NOW = new Date('2026-11-27T12:00:00Z');

describe('hostile and broken endpoints', () => {
  let nr: DemoNewsroom;
  beforeAll(async () => {
    nr = await startDemoNewsroom({ now: NOW });
  });
  afterAll(() => nr.close());

  it('serves a malformed feed at /_broken/feed.xml', async () => {
    const res = await fetch(`${nr.origin}/_broken/feed.xml`);
    expect(res.headers.get('content-type')).toContain('xml');
    expect(xmlProblems(await res.text()).length).toBeGreaterThan(0);
  });

  it('keeps answering other requests while /_broken/slow is pending', async () => {
    const abort = new AbortController();
    let slowSettled = false;
    const slow = fetch(`${nr.origin}/_broken/slow`, { signal: abort.signal })
      .then((r) => r.text())
      .catch(() => 'aborted')
      .finally(() => {
        slowSettled = true;
      });
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    const res = await fetch(nr.feedUrls[0]!.url);
    await res.text();
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(slowSettled).toBe(false);
    abort.abort();
    expect(await slow).toBe('aborted');
  });

  it('answers /_broken/slow only after the delay asked for', async () => {
    const started = performance.now();
    const res = await fetch(`${nr.origin}/_broken/slow?ms=300`);
    expect(await res.text()).toContain('300 ms');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('streams exactly 20 MiB from /_broken/huge without a Content-Length', async () => {
    const res = await fetch(`${nr.origin}/_broken/huge`);
    expect(res.headers.get('content-length')).toBeNull();
    let bytes = 0;
    for await (const chunk of res.body!) bytes += chunk.length;
    expect(bytes).toBe(HUGE_BYTES);
  });

  it('declares the length of /_broken/huge when asked, and keeps serving after a client abandons it', async () => {
    const abort = new AbortController();
    const res = await fetch(`${nr.origin}/_broken/huge?declare=1`, { signal: abort.signal });
    expect(res.headers.get('content-length')).toBe(String(HUGE_BYTES));
    const reader = res.body!.getReader();
    await reader.read();
    abort.abort();
    const after = await fetch(nr.feedUrls[0]!.url);
    expect(after.status).toBe(200);
    await after.arrayBuffer();
  });

  it('serves a PNG at /_broken/not-html, labelled as HTML when told to lie', async () => {
    const png = await fetch(`${nr.origin}/_broken/not-html`);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const lie = await fetch(`${nr.origin}/_broken/not-html?lie=1`);
    expect(lie.headers.get('content-type')).toContain('text/html');
    expect(Buffer.from(await lie.arrayBuffer())).toEqual(bytes);
  });

  it('answers /_broken/404 with 404, /_broken/500 with 500 and loops /_broken/redirect-loop to itself', async () => {
    expect((await fetch(`${nr.origin}/_broken/404`)).status).toBe(404);
    expect((await fetch(`${nr.origin}/_broken/500`)).status).toBe(500);
    const loop = await fetch(`${nr.origin}/_broken/redirect-loop`, { redirect: 'manual' });
    expect(loop.status).toBe(302);
    expect(loop.headers.get('location')).toBe('/_broken/redirect-loop');
    expect((await fetch(`${nr.origin}/_broken/nothing`)).status).toBe(404);
  });
});

describe('closing the newsroom', () => {
  it('does not wait for a pending slow answer', async () => {
    const nr = await startDemoNewsroom({ now: NOW });
    const slow = fetch(`${nr.origin}/_broken/slow`).catch(() => 'dropped');
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await nr.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await slow).toBe('dropped');
  });
});
