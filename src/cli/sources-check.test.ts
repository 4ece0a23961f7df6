import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoNewsroom, demoArticles, startDemoNewsroom } from '../demo/index.js';
import { asyncCliRunner } from './test-harness.js';

interface CheckRow {
  url: string;
  outlet: string | null;
  status: string;
  ok: boolean;
  items: number | null;
  lastItem: string | null;
}

describe('multipolar sources check', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-sources-check-'));
  const run = asyncCliRunner(dir, { MULTIPOLAR_ALLOW_PRIVATE_HOSTS: '127.0.0.1' });
  let newsroom: DemoNewsroom;
  beforeAll(async () => {
    newsroom = await startDemoNewsroom({ now: new Date(), articles: demoArticles.slice(0, 8) });
  });
  afterAll(async () => {
    await newsroom.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fetches each followed feed once and reports status, item count and newest item, without changing the feeds', async () => {
    const [good] = newsroom.feedUrls;
    const missing = `${newsroom.origin}/no-such-feed.xml`;
    const page = newsroom.articleUrls[0]!.url;
    // Imported feeds are not fetched on import, so a broken address can be followed and then checked.
    const opml = path.join(dir, 'feeds.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
<outline type="rss" text="good" xmlUrl="${good!.url}"/>
<outline type="rss" text="missing" xmlUrl="${missing}"/>
<outline type="rss" text="a page" xmlUrl="${page}"/>
</body></opml>`,
    );
    expect((await run('sources', 'import', opml)).stderr).toBe('');
    const before = JSON.parse((await run('sources', 'list', '--json')).stdout) as unknown[];

    const checked = await run('sources', 'check', '--json');
    expect(checked.stderr).toBe('');
    const rows = checked.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as CheckRow);
    const byUrl = new Map(rows.map((r) => [r.url, r]));
    expect(rows).toHaveLength(3);

    const served = newsroom.articleUrls.filter((a) => a.article.outlet === good!.outlet.slug);
    const newest = Math.max(...served.map((a) => a.published.getTime()));
    expect(byUrl.get(good!.url)).toMatchObject({ ok: true, status: 'ok', items: served.length });
    // Feed dates carry whole seconds at best.
    expect(Math.abs(new Date(byUrl.get(good!.url)!.lastItem!).getTime() - newest)).toBeLessThan(1000);
    expect(byUrl.get(missing)).toMatchObject({ ok: false, items: null });
    expect(byUrl.get(missing)!.status).toMatch(/answered HTTP 404 Not Found/);
    expect(byUrl.get(page)).toMatchObject({ ok: false, items: null });
    expect(byUrl.get(page)!.status).toMatch(/^not a feed/);

    // The table names every feed with its status; a check leaves the feeds' state as it was.
    const table = await run('sources', 'check');
    expect(table.stdout).toMatch(/^feed\s+outlet\s+status\s+items\s+last item/m);
    expect(table.stdout).toContain('answered HTTP 404 Not Found');
    expect(table.stdout).toMatch(/1 of 3 feeds answered with a feed/);
    expect(JSON.parse((await run('sources', 'list', '--json')).stdout)).toEqual(before);
  });
});
