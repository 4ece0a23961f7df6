import { describe, expect, it } from 'vitest';
import type { Quote } from '../domain/index.js';
import { composeStory } from '../stories/index.js';
import { oneArticleStory, outlets, quote, storyArticle } from '../stories/test-harness.js';
import { storyBody } from './story.js';

describe('story page: an outlet quoted in another outlet’s article', () => {
  it('shows the quoted outlet as its own perspective, unlinked, marked as reported by the citing outlet', () => {
    const cnn: Quote = {
      ...quote('the convoy had been stopped at the border', 'reported', 'CNN'),
      speakerKind: 'outlet',
      outlet: 'CNN',
      outletCountry: 'US',
      outletOwnership: 'private',
      outletGenre: 'broadcaster',
    };
    const composed = composeStory({
      story: oneArticleStory('Convoy stopped at the border'),
      articles: [
        storyArticle(11, outlets.herald, { title: 'Convoy stopped', published: new Date(0) }, [cnn]),
      ],
      related: [],
      countryAdjective: (c) => (c === 'US' ? 'US' : 'Chinese'),
      countryName: (c) => c,
    });
    const page = String(storyBody(composed, [], { countryAdjective: (c) => c, countryName: (c) => c }));
    expect(page).toContain('<h3>US broadcaster</h3>');
    expect(page).toContain('<h4>CNN</h4>');
    expect(page).not.toContain('href="/outlets/cnn"');
    expect(page).toContain('Quoted in coverage by Huaxia Herald');
    expect(page).toContain('as reported by Huaxia Herald');
    expect(page).toContain('the convoy had been stopped at the border');
  });
});
