import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../storage/index.js';
import { cliRunner } from './test-harness.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mp-import-place-'));
const multipolar = cliRunner(dataDir);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const BODY = [
  'Ministers from the coastal states met at the harbour on Monday to argue about grain, ships and insurance.',
  'The talks ran late into the evening, officials said, and will resume after the holiday.',
  'Shipping companies have asked for a clear timetable before they send vessels back through the strait.',
  'Insurers said premiums would stay high until the first convoys had crossed without incident.',
].map((p) => `<p>${p}</p>`);

function page(file: string, canonical: string, head = '', title = 'Ministers meet at the harbour'): string {
  const where = path.join(dataDir, file);
  writeFileSync(
    where,
    `<!doctype html><html lang="en"><head><title>${title}</title><link rel="canonical" href="${canonical}">${head}</head>
<body><article><h1>${title}</h1>${BODY.join('\n')}</article></body></html>`,
  );
  return where;
}

describe('multipolar import says where a page will appear', () => {
  it('stores a page published before the story window and says it appears on its article page, not in a story', async () => {
    const file = page(
      'old.html',
      'https://old.example/news/ministers',
      '<meta property="article:published_time" content="2019-03-01T10:00:00Z">',
    );
    const run = multipolar('import', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const note = /^ {2}(.*)$/m.exec(run.stdout)?.[1];
    expect(note).toMatch(
      /^published 1 Mar 2019, before the 14-day story window; appears on its article page \/articles\/(\d+), not in a story$/,
    );
    const id = Number(/\/articles\/(\d+)/.exec(note!)![1]);
    const store = await openStore({ sqlitePath: path.join(dataDir, 'multipolar.db') });
    try {
      const stored = await store.articles.get(id);
      expect(stored?.published?.toISOString()).toBe('2019-03-01T10:00:00.000Z');
      expect(stored?.storyId).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('takes the date from the page URL when the page states none, and says so when there is none at all', () => {
    const dated = page(
      'dated.html',
      'https://dated.example/2024/05/03/ministers-meet',
      '',
      'Harbour talks resume',
    );
    const undated = page(
      'undated.html',
      'https://undated.example/news/ministers',
      '',
      'Harbour talks adjourn',
    );
    const run = multipolar('import', '--json', dated, undated);
    expect(run.stderr).toBe('');
    const [fromUrl, none] = run.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { published: string | null; placement: { inStoryWindow: boolean; note: string } },
      );
    expect(fromUrl!.published).toBe('2024-05-03T00:00:00.000Z');
    expect(none!.published).toBeNull();
    expect(none!.placement.inStoryWindow).toBe(true);
    expect(none!.placement.note).toMatch(/^no publication date found \(shown as "date unknown"\)/);
  });
});
