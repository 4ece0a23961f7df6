import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLetter } from '../newsletter/index.js';
import { NOW, openTestSite, type TestSite, testLabels } from './test-harness.js';

let site: TestSite;
const SITE = 'https://news.example.org';
beforeAll(async () => {
  site = await openTestSite({ publicUrl: SITE });
  await issueLetter({ store: site.store, siteUrl: SITE, labels: testLabels }, 'briefing', NOW);
  await issueLetter({ store: site.store, siteUrl: SITE, labels: testLabels }, 'good-news', NOW);
});
afterAll(async () => {
  await site.close();
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await site.app.request(path, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
};

describe('the letters archive', () => {
  it('lists every list with its issued letters, newest first, and is linked from every page', async () => {
    const { status, text } = await get('/letters');
    expect(status).toBe(200);
    expect(text).toContain('Morning briefing');
    expect(text).toContain('Blindspots');
    expect(text).toContain('href="/letters/briefing/2024-05-03"');
    expect(text).toContain('href="/letters/good-news/2024-05-03"');
    expect(text).toContain('No issue yet.');
    expect((await get('/')).text).toContain('href="/letters"');
  });

  it('serves an issue as it was mailed, placeholders filled for the public, under a policy that allows inline styles and no script', async () => {
    const res = await get('/letters/briefing/2024-05-03');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    // The story's neutral headline (stories/headline.ts): the wire's wording, not the state outlet's.
    expect(res.text).toContain('Grain deal negotiators meet again');
    expect(res.text).not.toContain('%%MP_');
    expect(res.text).toContain(`href="${SITE}/letters"`);
    expect(res.text).not.toMatch(/<script/i);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).not.toMatch(/script-src/);
    const etag = res.headers.get('etag')!;
    expect((await get('/letters/briefing/2024-05-03', { 'If-None-Match': etag })).status).toBe(304);
  });

  it('answers 404 for an issue never sent and 400 for a malformed address', async () => {
    expect((await get('/letters/briefing/2024-05-02')).status).toBe(404);
    expect((await get('/letters/weekly/2024-05-03')).status).toBe(400);
    expect((await get('/letters/briefing/May-3')).status).toBe(400);
  });
});
