import { describe, expect, it } from 'vitest';
import { byCentrality, chooseHeadline } from './headline.js';
import { grainStory, hours, outlet, outlets, storyArticle } from './test-harness.js';

describe('chooseHeadline', () => {
  it('takes the headline and standfirst of the article most central to the story, not the first one', () => {
    const story = grainStory();
    expect(chooseHeadline(story)).toMatchObject({
      headline: 'Black Sea grain corridor deal renewed after Istanbul talks',
      standfirst: 'Ukraine and Russia agree to keep grain ships moving for four more months.',
      credit: { outlet: { name: 'Meridian Wire' }, articleId: 12, basis: 'wire' },
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
    expect(chooseHeadline([only])).toMatchObject({ headline: 'Lone headline', standfirst: null });
    expect(chooseHeadline([untitled, only]).headline).toBe('Lone headline');
    expect(chooseHeadline([])).toEqual({ headline: '', standfirst: null, credit: null });
  });

  it('never takes a state outlet’s headline when another kind of outlet titled the story, however central', () => {
    const body = 'Leaders meeting in Astana backed a regional payments network on Thursday.';
    const state = storyArticle(1, outlets.herald, {
      title: 'Leaders open a new chapter of cooperation',
      bodyText: `${body} ${body}`,
    });
    const backed = storyArticle(2, outlets.polar, {
      title: 'Summit deals a blow to the dollar',
      bodyText: body,
    });
    const independent = storyArticle(3, outlets.openGround, {
      title: 'India signs on to the payments idea',
      bodyText: 'India signed on with conditions.',
    });
    expect(chooseHeadline([state, backed, independent])).toMatchObject({
      headline: 'India signs on to the payments idea',
      credit: { outlet: { name: 'The Open Ground' }, basis: 'other' },
    });
    // With only state and state-backed outlets, the state-backed one is preferred, and credited as state media.
    expect(chooseHeadline([state, backed]).credit).toMatchObject({
      basis: 'state',
      outlet: { name: 'Polar Star Today' },
    });
  });

  it('prefers a public broadcaster to a more central private outlet, and a wire agency to both', () => {
    const body = 'Negotiators renewed the Black Sea grain deal on Tuesday after talks in Istanbul.';
    const privateCopy = storyArticle(1, outlets.liberty, { title: 'Private take', bodyText: body });
    const publicCopy = storyArticle(2, outlets.northbridge, {
      title: 'Public take',
      bodyText: 'Grain talks ended.',
    });
    const wire = storyArticle(3, outlets.meridian, { title: 'Wire take', bodyText: 'Ships sail again.' });
    expect(chooseHeadline([privateCopy, publicCopy]).headline).toBe('Public take');
    expect(chooseHeadline([privateCopy, publicCopy, wire]).credit?.basis).toBe('wire');
  });
});
