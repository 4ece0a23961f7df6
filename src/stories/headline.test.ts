import { describe, expect, it } from 'vitest';
import { byCentrality, chooseHeadline } from './headline.js';
import { grainStory, hours, outlet, outlets, storyArticle } from './test-harness.js';

describe('chooseHeadline', () => {
  it('takes the headline and standfirst of the article most central to the story, not the first one', () => {
    const story = grainStory();
    expect(chooseHeadline(story)).toEqual({
      headline: 'Black Sea grain corridor deal renewed after Istanbul talks',
      standfirst: 'Ukraine and Russia agree to keep grain ships moving for four more months.',
    });
    expect(chooseHeadline([...story].reverse()).headline).toBe(
      'Black Sea grain corridor deal renewed after Istanbul talks',
    );
  });

  it('prefers a wire agency, then a public broadcaster, when articles are equally central', () => {
    const body = 'Negotiators renewed the Black Sea grain deal on Tuesday after talks in Istanbul.';
    const title = 'Grain deal renewed';
    const privateCopy = storyArticle(1, outlets.liberty, { title, bodyText: body, published: hours(0) });
    const publicCopy = storyArticle(2, outlets.northbridge, { title, bodyText: body, published: hours(1) });
    const wireCopy = storyArticle(3, outlets.meridian, { title, bodyText: body, published: hours(2) });
    expect(byCentrality([privateCopy, publicCopy, wireCopy]).map((a) => a.article.id)).toEqual([3, 2, 1]);
    expect(byCentrality([privateCopy, publicCopy]).map((a) => a.article.id)).toEqual([2, 1]);
  });

  it('uses the only article of a one-article story and skips untitled articles', () => {
    const o = outlet(1, 'Solo', 'US', 'private', 'newspaper');
    const only = storyArticle(1, o, { title: '  Lone headline ', standfirst: null });
    const untitled = storyArticle(2, o, { title: null, bodyText: 'Something else entirely.' });
    expect(chooseHeadline([only])).toEqual({ headline: 'Lone headline', standfirst: null });
    expect(chooseHeadline([untitled, only]).headline).toBe('Lone headline');
    expect(chooseHeadline([])).toEqual({ headline: '', standfirst: null });
  });
});
