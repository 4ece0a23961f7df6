import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import { demoArticles } from '../demo/index.js';
import { type RunningDemo, startDemo } from './commands/demo.js';

/** One quote as a story page shows it: the words and who they are credited to. */
interface ShownQuote {
  page: string;
  text: string;
  speaker: string | null;
}

/** The composed story the page is rendered from (`/api/stories/:id`): the same quotes, with their fields. */
interface ComposedJson {
  perspectives: { outlets: { quotes: { text: string; speaker: string | null }[] }[] }[];
}

const flat = (s: string) =>
  s
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * How many stretches of `para` (in order) the shown words are made of, or null when they are not made of it at
 * all. An interrupted quote is two stretches ("…,” she said. “…"); words of the attribution would break a stretch.
 */
function stretchesOf(shown: string, para: string): number | null {
  let rest = shown;
  let from = 0;
  let n = 0;
  while (rest.length > 0) {
    let lo = 0;
    let hi = rest.length;
    let at = -1;
    // The longest prefix of what is left that stands in the paragraph after the previous stretch.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const found = para.indexOf(rest.slice(0, mid), from);
      if (found >= 0) {
        lo = mid;
        at = found;
      } else hi = mid - 1;
    }
    if (lo < 2) return null;
    at = para.indexOf(rest.slice(0, lo), from);
    from = at + lo;
    rest = rest.slice(lo).replace(/^[\s.…]+/, '');
    n++;
  }
  return n;
}

/**
 * The demo's own attributions: each demo quote stands in the paragraph that names its speaker or in the one right
 * after it ("…,” she said.). A shown quote is right when its words are one or two stretches of one demo paragraph,
 * with no comma joining stretches where the text has none, and its speaker is named in that paragraph or the one
 * before.
 */
function checkAgainstDemo(q: ShownQuote): string | null {
  const words = flat(q.text.replace(/ … /g, ' '));
  let wrong: string | null = null;
  for (const a of demoArticles) {
    const paras = [a.standfirst, ...a.paragraphs].map(flat);
    // A quote may run on into the next paragraph, so each paragraph is also read with the one after it.
    const windows = paras.flatMap((p, i) => [
      { i, para: p },
      { i, para: `${p} ${paras[i + 1] ?? ''}` },
    ]);
    for (const { i, para } of windows) {
      const n = stretchesOf(words, para);
      if (n === null || n > 3) continue;
      // ", What matters now": a comma where the text ends a sentence and the attribution stood.
      const splice = [...words.matchAll(/, (\p{Lu}\p{L}*)/gu)].find((m) => !para.includes(m[0]));
      if (splice) return `${q.page}: “${q.text}” joins two sentences with a comma (“${splice[0]}”)`;
      // The same words may stand in several articles: right if any of them names the speaker.
      const near = `${paras[i - 1] ?? ''} ${para}`;
      // Any part of the name will do ("Liang" for Liang Wen, "Saburov" for Oleg Saburov).
      const named = (q.speaker ?? '').split(/\s+/).some((part) => part.length > 2 && near.includes(part));
      if (q.speaker && named) return null;
      wrong = `${q.page}: “${q.text}” is credited to ${q.speaker}, who is not named where ${a.slug} says it`;
    }
  }
  return (
    wrong ??
    `${q.page}: “${q.text}” (${q.speaker}) is not the words of a demo paragraph (its attribution swallowed?)`
  );
}

// The whole product on loopback, as a reader sees it: every quote shown on every demo story page is checked.
describe('demo story pages show only attributions the demo wrote', () => {
  let demo: RunningDemo;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mp-demo-quotes-'));
    demo = await startDemo(loadConfig({ MULTIPOLAR_DATA_DIR: dir }), {
      port: 0,
      host: '127.0.0.1',
      quiet: true,
    });
  }, 180_000);

  afterAll(async () => {
    await demo?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('credits every shown quote to the speaker the demo text names, with words the text says', async () => {
    const get = async (p: string) => (await fetch(new URL(p, demo.url))).text();
    const list = JSON.parse(await get('/api/stories?limit=100')) as { stories: { id: number }[] };
    expect(list.stories.length).toBeGreaterThan(5);
    const shown: ShownQuote[] = [];
    for (const { id } of list.stories) {
      const page = await get(`/stories/${id}`);
      const composed = JSON.parse(await get(`/api/stories/${id}`)) as ComposedJson;
      for (const p of composed.perspectives)
        for (const o of p.outlets)
          for (const q of o.quotes) {
            // The page shows exactly these: each quote's words are on it.
            expect(page).toContain(escapeHtml(q.text));
            shown.push({ page: `/stories/${id}`, text: q.text, speaker: q.speaker });
          }
    }
    // Some quotes are shown: pages that hide everything would pass the checks below and help no one.
    expect(shown.length).toBeGreaterThanOrEqual(list.stories.length);
    const wrong = shown.map(checkAgainstDemo).filter((w): w is string => w !== null);
    expect(wrong).toEqual([]);
  }, 120_000);
});
