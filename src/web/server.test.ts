import { describe, expect, it } from 'vitest';
import { startWebServer } from './server.js';
import { openTestSite } from './test-harness.js';

describe('startWebServer', () => {
  it('serves the site over real HTTP on a free port and closes cleanly', async () => {
    const site = await openTestSite();
    const server = await startWebServer(site.app, { host: '127.0.0.1', port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(server.url);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).toContain(`href="/stories/${site.seeded.broad}"`);
      expect((await fetch(new URL('healthz', server.url))).status).toBe(200);
    } finally {
      await server.close();
      await site.close();
    }
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it('fails with a clear error when the port is taken', async () => {
    const site = await openTestSite();
    const first = await startWebServer(site.app, { host: '127.0.0.1', port: 0 });
    const port = Number(new URL(first.url).port);
    try {
      await expect(startWebServer(site.app, { host: '127.0.0.1', port })).rejects.toThrow(
        /Cannot listen on 127\.0\.0\.1/,
      );
    } finally {
      await first.close();
      await site.close();
    }
  });
});
