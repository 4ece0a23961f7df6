import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import { PERSONAL } from '../newsletter/index.js';
import { startDemo } from './commands/demo.js';
import { cliRunner } from './test-harness.js';

// The demo's newsroom, ingested once; the commands then run on a copy of its database as the
// configured store, as an operator trying the letters on demo data would.
const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-newsletter-cmd-'));
const run = cliRunner(dir);
let demoStories = 0;
let archive = '';
let homePage = '';
let letterPage = '';

beforeAll(async () => {
  const demo = await startDemo(loadConfig({ MULTIPOLAR_DATA_DIR: dir, MULTIPOLAR_LOG_LEVEL: 'silent' }), {
    port: 0,
    host: '127.0.0.1',
    quiet: true,
  });
  demoStories = demo.stories;
  try {
    archive = await (await fetch(new URL('/letters', demo.url))).text();
    homePage = await (await fetch(demo.url)).text();
    const first = /href="(\/letters\/briefing\/[\d-]+)"/.exec(archive)?.[1];
    if (first) letterPage = await (await fetch(new URL(first, demo.url))).text();
  } finally {
    await demo.close();
  }
  copyFileSync(path.join(dir, 'demo.db'), path.join(dir, 'multipolar.db'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the demo', () => {
  it('links the letter archive from its pages and shows an issue of each list', () => {
    expect(homePage).toContain('href="/letters"');
    for (const list of ['briefing', 'good-news', 'blindspots']) {
      expect(archive).toMatch(new RegExp(`href="/letters/${list}/\\d{4}-\\d{2}-\\d{2}"`));
    }
    expect(letterPage).toMatch(/^<!DOCTYPE html>/);
    expect(letterPage).toContain('Morning briefing');
    expect(letterPage).not.toContain('%%MP_');
  });
});

describe('multipolar newsletter preview', () => {
  it('prints the briefing of the demo newsroom: subject, stories with facts and quotes, every link', () => {
    expect(demoStories).toBeGreaterThan(5);
    const res = run('newsletter', 'preview', 'briefing');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Subject: Morning briefing: \S/);
    expect(res.stdout).toMatch(/^1\. \S/m);
    expect(res.stdout).toMatch(/^ {2}\* \S/m);
    expect(res.stdout).toMatch(/ — [^,]+, via /);
    expect(res.stdout).toMatch(/The whole story: http:\/\/127\.0\.0\.1:3000\/stories\/\d+/);
    for (const placeholder of Object.values(PERSONAL)) expect(res.stdout).not.toContain(placeholder);
  }, 180_000);

  it('writes each list as HTML under 100 KB with --out, the demo’s good news among them', () => {
    for (const list of ['briefing', 'good-news', 'blindspots']) {
      const file = path.join(dir, `${list}.html`);
      const res = run('newsletter', 'preview', list, '--out', file);
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout).toMatch(new RegExp(`^${list}/\\d{4}-\\d{2}-\\d{2}: [1-9]\\d* stories, [\\d.]+ KB`));
      const page = readFileSync(file, 'utf8');
      expect(Buffer.byteLength(page)).toBeLessThan(100 * 1024);
      expect(page).toMatch(/^<!DOCTYPE html>/);
      expect(page).not.toMatch(/<link\b|<style\b|%%MP_/);
      for (const img of page.match(/<img\b[^>]*>/g) ?? []) expect(img).toMatch(/\salt="[^"]+"/);
    }
    expect(readFileSync(path.join(dir, 'good-news.html'), 'utf8')).toContain('solar');
  }, 180_000);

  it('shows a past day from what had been published by then', () => {
    const res = run('newsletter', 'preview', 'briefing', '--date', '2001-01-01');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('No story was covered by our outlets in the last 24 hours.');
    expect(res.stdout).toContain('/letters/briefing/2001-01-01');
  }, 180_000);

  it('refuses a bad list, date or output path in one line, with nothing written', () => {
    const cases: [string[], RegExp][] = [
      [['newsletter', 'preview', 'weekly'], /the list is one of briefing, good-news, blindspots/],
      [['newsletter', 'preview', 'briefing', '--date', '2026-02-30'], /not a calendar date/],
      [['newsletter', 'preview', 'briefing', '--date', 'yesterday'], /YYYY-MM-DD/],
      [
        ['newsletter', 'preview', 'briefing', '--out', path.join(dir, 'missing', 'x.html')],
        /cannot write .*ENOENT/,
      ],
    ];
    for (const [args, message] of cases) {
      const res = run(...args);
      expect(res.code).not.toBe(0);
      expect(res.stderr).toMatch(message);
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
      expect(res.stdout).toBe('');
    }
  }, 180_000);
});
