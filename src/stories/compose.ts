import type { ComposedStory } from '../domain/index.js';
import { coverageOf } from './coverage.js';
import { sharedFacts } from './facts.js';
import { byCentrality, chooseHeadline, publishedTime } from './headline.js';
import { groupPerspectives } from './perspectives.js';
import type { ComposeInput } from './types.js';

/**
 * Lay a story out for reading: headline (the stored one, else the most central article's), lead
 * image, facts most outlets share, perspectives by kind of outlet, coverage counts, a timeline of
 * every article and the related stories passed in.
 */
export function composeStory(input: ComposeInput): ComposedStory {
  const { story, countryAdjective, countryName } = input;
  // Read the central article first, so facts follow its telling of the event.
  const ordered = byCentrality(input.articles);
  const chosen =
    story.headline.trim() !== ''
      ? { headline: story.headline, standfirst: story.standfirst }
      : chooseHeadline(ordered);
  const withImage = ordered.find(({ article }) => article.image?.url);
  return {
    story,
    headline: chosen.headline,
    standfirst: chosen.standfirst,
    image: withImage?.article.image
      ? { ...withImage.article.image, outletName: withImage.outlet.name }
      : null,
    facts: sharedFacts(ordered),
    perspectives: groupPerspectives(input.articles, countryAdjective, input.quotedOutlet),
    coverage: coverageOf(input.articles, countryName),
    timeline: [...input.articles]
      .sort((a, b) => publishedTime(a) - publishedTime(b) || a.article.id - b.article.id)
      .map((item) => ({
        // Placed by when it was fetched when undated, but never dated by it: null reads "date unknown".
        at: item.article.published,
        outlet: item.outlet.name,
        title: item.article.title ?? item.article.url,
        articleId: item.article.id,
      })),
    related: input.related,
  };
}
