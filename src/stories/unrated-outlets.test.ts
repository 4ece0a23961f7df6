import { describe, expect, it } from 'vitest';
import { coverageOf } from './coverage.js';
import { groupPerspectives, perspectiveLabel } from './perspectives.js';
import { outlet, storyArticle } from './test-harness.js';

const adjective = (code: string) => ({ GB: 'British', RU: 'Russian' })[code] ?? `<${code}>`;
const name = (code: string) => ({ GB: 'United Kingdom', RU: 'Russia' })[code] ?? `<${code}>`;

// Outlets the registry does not know: nobody has said where they are from or who owns them.
const bbc = outlet(1, 'BBC', 'GB', 'public', 'broadcaster');
const rt = outlet(2, 'RT', 'RU', 'state-backed', 'broadcaster');
const blogA = outlet(3, 'Blog A', 'unknown', 'unknown', 'online');
const blogB = outlet(4, 'Blog B', 'unknown', 'unknown', 'online');
const halfRated = outlet(5, 'Half Rated', 'GB', 'unknown', 'online');
const articles = [
  storyArticle(11, bbc),
  storyArticle(12, rt),
  storyArticle(13, blogA),
  storyArticle(14, blogB),
  storyArticle(15, blogB),
  storyArticle(16, halfRated),
];

describe('outlets nobody has rated', () => {
  it('group after every rated kind ("Unrated outlets"), never titled with a placeholder country', () => {
    const labels = groupPerspectives(articles, adjective).map((p) => p.label);
    expect(labels).toEqual([
      'Russian state-backed media',
      'British public broadcaster',
      'Unrated outlets',
      'British outlets, ownership unrated',
    ]);
    expect(labels.join(' ')).not.toMatch(/<|ZZ|unknown/);
    expect(perspectiveLabel('state', null, ['broadcaster'])).toBe('State media, country unrated');
  });

  it('are counted apart in both coverage bars, as their own "Unrated" slice at the end', () => {
    const { byOwnership, byCountry } = coverageOf(articles, name);
    expect(byOwnership).toEqual([
      { key: 'state-backed', label: 'State-backed media', count: 1 },
      { key: 'public', label: 'Public media', count: 1 },
      { key: 'unknown', label: 'Unrated', count: 4 },
    ]);
    // Three unrated-country articles outnumber every country, yet stay last and apart.
    expect(byCountry).toEqual([
      { key: 'GB', label: 'United Kingdom', count: 2 },
      { key: 'RU', label: 'Russia', count: 1 },
      { key: 'unknown', label: 'Unrated', count: 3 },
    ]);
  });
});
