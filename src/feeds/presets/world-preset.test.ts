import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutletRecord } from '../../actors/types.js';
import { parseOpml } from '../opml.js';
import { attr } from '../xml-query.js';
import { type XmlElement, parseXmlTree } from '../xml-tree.js';

/** The namespace and attribute the preset names its outlets with (read by `sources import --preset`). */
const NAMESPACE = 'https://multipolar.invalid/opml';
/** Shared feed-hosting services a feed may live on although no outlet owns them (none used today). */
const FEED_HOSTING_SERVICES: readonly string[] = ['feeds.feedburner.com'];

const presetText = readFileSync(path.join(import.meta.dirname, 'world.opml'), 'utf8');
const registry = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', '..', 'actors', 'data', 'outlets.json'), 'utf8'),
) as OutletRecord[];
const outlets = new Map(registry.map((o) => [o.id, o]));

/** Every feed outline of the preset, however nested. */
function feedOutlines(root: XmlElement | null): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    for (const child of el.children) {
      if (child.type !== 'element') continue;
      if (child.name === 'outline' && attr(child, 'xmlurl')) found.push(child);
      visit(child);
    }
  };
  if (root) visit(root);
  return found;
}

/** Host of a URL without "www.". */
function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether `host` is one of `domains` or lies under one of them. */
function hostBelongs(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Problems with the preset's outlines: unknown outlet ids, or feeds and pages on hosts the outlet does not own. */
function presetProblems(outlines: readonly XmlElement[]): string[] {
  const problems: string[] = [];
  for (const o of outlines) {
    const id = attr(o, 'mp:outlet');
    const outlet = id ? outlets.get(id) : undefined;
    if (!outlet) {
      problems.push(`${attr(o, 'xmlurl')}: mp:outlet ${JSON.stringify(id)} is not a registry outlet`);
      continue;
    }
    const feedHost = hostOf(attr(o, 'xmlurl') ?? '');
    if (!hostBelongs(feedHost, outlet.domains) && !FEED_HOSTING_SERVICES.includes(feedHost)) {
      problems.push(`${id}: feed host ${feedHost} is not among its domains`);
    }
    const page = attr(o, 'htmlurl');
    if (page && !hostBelongs(hostOf(page), outlet.domains))
      problems.push(`${id}: page host ${hostOf(page)} is not among its domains`);
  }
  return problems;
}

describe('the "world" starter preset (world.opml)', () => {
  const root = parseXmlTree(presetText, null);
  const outlines = feedOutlines(root);
  const ids = outlines.map((o) => attr(o, 'mp:outlet') ?? '');

  it('is OPML the feeds reader accepts, with one subscription per outline', () => {
    const parsed = parseOpml(presetText);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.skipped).toEqual([]);
    expect(parsed.value.feeds.length).toBe(outlines.length);
    expect(parsed.value.feeds.every((f) => f.title && f.htmlUrl && /^https?:\/\//.test(f.url))).toBe(true);
    // The reader takes each feed's outlet from our namespace, as `sources import --preset world` will.
    expect(parsed.value.feeds.map((f) => f.outlet?.outlet)).toEqual(ids);
  });

  it('declares our namespace for mp:outlet and says the feeds were not fetched', () => {
    expect(root?.attrs['xmlns:mp']).toBe(NAMESPACE);
    expect(presetText).toMatch(/could NOT be fetched from the build machine/);
  });

  it('names a registry outlet on every feed, whose domains hold the feed and page hosts', () => {
    expect(presetProblems(outlines)).toEqual([]);
  });

  it('catches an unknown outlet id and a feed on another outlet’s host', () => {
    const bad = parseXmlTree(
      `<opml version="2.0" xmlns:mp="${NAMESPACE}"><body>
        <outline type="rss" text="x" xmlUrl="https://feeds.bbci.co.uk/news/rss.xml" mp:outlet="outlet:rt"/>
        <outline type="rss" text="y" xmlUrl="https://example.org/rss" mp:outlet="outlet:nowhere"/>
      </body></opml>`,
      null,
    );
    expect(presetProblems(feedOutlines(bad))).toEqual([
      'outlet:rt: feed host feeds.bbci.co.uk is not among its domains',
      'https://example.org/rss: mp:outlet "outlet:nowhere" is not a registry outlet',
    ]);
  });

  it('has at least 60 outlets from at least 25 countries and every ownership kind', () => {
    const chosen = [...new Set(ids)].map((id) => outlets.get(id)!);
    expect(chosen.length).toBeGreaterThanOrEqual(60);
    expect(new Set(chosen.map((o) => o.country)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(chosen.map((o) => o.ownership))).toEqual(
      new Set(['state', 'state-backed', 'public', 'private', 'independent']),
    );
  });

  it('lists each feed once', () => {
    const urls = outlines.map((o) => attr(o, 'xmlurl'));
    expect(new Set(urls).size).toBe(urls.length);
  });
});
