import { describe, expect, it } from 'vitest';
import type { Story } from '../domain/index.js';
import { composeStory } from './compose.js';
import { grainStory, hours } from './test-harness.js';

const NAMES: Record<string, string> = {
  CN: 'China',
  RU: 'Russia',
  GB: 'United Kingdom',
  FR: 'France',
  US: 'United States',
  IN: 'India',
};

function story(fields: Partial<Story> = {}): Story {
  return {
    id: 42,
    headline: '',
    standfirst: null,
    firstPublished: hours(1),
    lastPublished: hours(8),
    articleCount: 8,
    outletCount: 8,
    relatedIds: [7],
    updatedAt: hours(9),
    ...fields,
  };
}

function compose(fields: Partial<Story> = {}) {
  return composeStory({
    story: story(fields),
    articles: grainStory().reverse(),
    related: [{ id: 7, headline: 'Wheat prices fall', outletCount: 3 }],
    countryAdjective: (code) => `${NAMES[code] ?? code}-ish`,
    countryName: (code) => NAMES[code] ?? code,
  });
}

describe('composeStory', () => {
  it('uses the stored headline, or the most central article’s when none is stored', () => {
    expect(compose({ headline: 'Edited headline', standfirst: 'Edited standfirst' })).toMatchObject({
      headline: 'Edited headline',
      standfirst: 'Edited standfirst',
    });
    expect(compose()).toMatchObject({
      headline: 'Black Sea grain corridor deal renewed after Istanbul talks',
      standfirst: 'Ukraine and Russia agree to keep grain ships moving for four more months.',
    });
  });

  it('shows the lead image with the name of the outlet it came from', () => {
    expect(compose().image).toEqual({
      url: 'https://example.test/ship.jpg',
      caption: 'A grain ship in Istanbul',
      credit: 'Meridian',
      outletName: 'Meridian Wire',
    });
  });

  it('counts articles by ownership in a fixed order and by country, largest first', () => {
    const { coverage } = compose();
    expect(coverage.byOwnership).toEqual([
      { key: 'state', label: 'State media', count: 1 },
      { key: 'state-backed', label: 'State-backed media', count: 1 },
      { key: 'public', label: 'Public media', count: 1 },
      { key: 'private', label: 'Private media', count: 4 },
      { key: 'independent', label: 'Independent media', count: 1 },
    ]);
    expect(coverage.byCountry[0]).toEqual({ key: 'US', label: 'United States', count: 3 });
    expect(coverage.byCountry.map((c) => c.label).slice(1)).toEqual([
      'China',
      'France',
      'India',
      'Russia',
      'United Kingdom',
    ]);
  });

  it('lays every article on a timeline by publication time', () => {
    const { timeline } = compose();
    expect(timeline.map((t) => t.articleId)).toEqual([11, 12, 13, 14, 15, 16, 17, 18]);
    expect(timeline[0]).toEqual({
      at: hours(1),
      outlet: 'Huaxia Herald',
      title: 'Beijing welcomes renewal of grain deal as win for developing nations',
      articleId: 11,
    });
  });

  it('lists shared facts in the order the most central article tells them', () => {
    expect(compose().facts.map((f) => [f.text.slice(0, 30), f.outletCount])).toEqual([
      ['Negotiators in Istanbul renewe', 2],
      ['The agreement extends the Blac', 5],
      ['More than 400 ships have carri', 3],
    ]);
  });

  it('carries labelled perspectives and the related stories passed in', () => {
    const composed = compose();
    expect(composed.perspectives[0]!.label).toBe('China-ish state media');
    expect(composed.related).toEqual([{ id: 7, headline: 'Wheat prices fall', outletCount: 3 }]);
    expect(composed.story.id).toBe(42);
  });
});
