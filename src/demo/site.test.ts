import { describe, expect, it } from 'vitest';
import { slugify } from '../lib/slug.js';
import { escapeHtml, jsonForScript } from '../lib/html.js';
import { demoOutlets } from './outlets.js';
import { buildSite, bylineAuthors, styleFor } from './site.js';
import { fixtureArticle, fixtureOutlet } from './test-fixtures.js';

describe('site layout', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const outlet = fixtureOutlet({ slug: 'paper' });

  it('publishes each article hoursAgo before now, newest first, under a dated path', () => {
    const site = buildSite({
      origin: 'http://127.0.0.1:9',
      now,
      outlets: [outlet],
      articles: [
        fixtureArticle({ outlet: 'paper', slug: 'old', hoursAgo: 30 }),
        fixtureArticle({ outlet: 'paper', slug: 'new', hoursAgo: 1.5 }),
      ],
    });
    const [first, second] = site.outlets[0]!.articles;
    expect(first?.article.slug).toBe('new');
    expect(first?.published.toISOString()).toBe('2026-11-27T10:30:00.000Z');
    expect(second?.path).toBe('/paper/2026/11/26/old');
    expect(second?.url).toBe('http://127.0.0.1:9/paper/2026/11/26/old');
    expect(site.outlets[0]?.lastModified).toEqual(first?.published);
  });

  it('drops articles of unknown outlets and repeated slugs', () => {
    const site = buildSite({
      origin: 'http://x',
      now,
      outlets: [outlet],
      articles: [
        fixtureArticle({ outlet: 'paper', slug: 'a' }),
        fixtureArticle({ outlet: 'paper', slug: 'a', title: 'again' }),
        fixtureArticle({ outlet: 'ghost', slug: 'b' }),
      ],
    });
    expect(site.outlets[0]?.articles.map((a) => a.article.title)).toEqual(['Title of a']);
  });

  it('splits bylines into author names', () => {
    expect(bylineAuthors('By Ana Ruiz')).toEqual(['Ana Ruiz']);
    expect(bylineAuthors('By Ana Ruiz and Li Wei')).toEqual(['Ana Ruiz', 'Li Wei']);
    expect(bylineAuthors('by A, B & C')).toEqual(['A', 'B', 'C']);
    expect(bylineAuthors('Staff reporter')).toEqual(['Staff reporter']);
  });

  it('gives the demo outlets varied feed quirks', () => {
    const styles = demoOutlets.map((o, i) => styleFor(o, i));
    for (const key of [
      'rssImage',
      'permalinkGuids',
      'trackingParams',
      'fullContent',
      'creditInCaption',
    ] as const) {
      expect(new Set(styles.map((s) => s[key])).size).toBe(2);
    }
  });
});

describe('escaping helpers', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
  });

  it('makes JSON safe inside a script element', () => {
    const json = jsonForScript({ a: '</script><!--&' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ a: '</script><!--&' });
  });

  it('slugifies names with accents and punctuation', () => {
    expect(slugify('São Paulo: Rail & Roads!')).toBe('sao-paulo-rail-roads');
    expect(slugify('***')).toBe('item');
  });
});
