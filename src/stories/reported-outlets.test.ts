import { describe, expect, it } from 'vitest';
import type { Quote } from '../domain/index.js';
import { composeStory } from './compose.js';
import { groupPerspectives } from './perspectives.js';
import { oneArticleStory, outlets, quote, storyArticle } from './test-harness.js';

const adjective = (code: string) => ({ CN: 'Chinese', US: 'US', FR: 'French', RU: 'Russian' })[code] ?? code;

/** A quote whose speaker is an outlet the gazetteer knows ("…, says CNN"). */
function outletQuote(text: string, name: string, country: string, genre: Quote['outletGenre']): Quote {
  return {
    ...quote(text, 'reported', name),
    speakerKind: 'outlet',
    outlet: name,
    outletCountry: country,
    outletOwnership: 'private',
    outletGenre: genre,
  };
}

describe('outlets quoted inside other outlets’ articles', () => {
  const cnn = outletQuote('the convoy had been stopped at the border', 'CNN', 'US', 'broadcaster');
  const own = quote('Food security must come first', 'direct', 'Wang Lei');
  const herald = storyArticle(11, outlets.herald, { title: 'Convoy stopped' }, [own, cnn]);
  const meridian = storyArticle(12, outlets.meridian, { title: 'Convoy halted at border' }, [
    quote('We will wait as long as it takes', 'direct', 'Ana Ruiz'),
  ]);

  it('shows a quoted outlet as its own perspective, marked as reported by the citing outlet', () => {
    const perspectives = groupPerspectives([herald, meridian], adjective);
    const us = perspectives.find((p) => p.country === 'US')!;
    expect(us.label).toBe('US broadcaster');
    const [coverage] = us.outlets;
    expect(coverage).toMatchObject({ articles: [], reportedBy: ['Huaxia Herald'] });
    expect(coverage!.outlet).toMatchObject({
      name: 'CNN',
      ownership: 'private',
      genre: 'broadcaster',
      country: 'US',
    });
    expect(coverage!.quotes).toEqual([{ ...cnn, reportedBy: 'Huaxia Herald' }]);
    const heraldCoverage = perspectives
      .flatMap((p) => p.outlets)
      .find((o) => o.outlet.name === 'Huaxia Herald')!;
    expect(heraldCoverage.quotes.map((q) => q.text)).toEqual(['Food security must come first']);
    expect(heraldCoverage.reportedBy).toBeUndefined();
  });

  it('adds reported words to the quoted outlet’s own coverage when it is in the story too', () => {
    const aboutMeridian = outletQuote('the talks were over', 'Meridian Wire', 'FR', 'wire');
    const h = storyArticle(11, outlets.herald, { title: 'Talks end' }, [aboutMeridian]);
    const perspectives = groupPerspectives([h, meridian], adjective);
    const wire = perspectives.flatMap((p) => p.outlets).find((o) => o.outlet.name === 'Meridian Wire')!;
    expect(wire.articles.map((a) => a.id)).toEqual([12]);
    expect(wire.quotes.map((q) => [q.text, q.reportedBy ?? null])).toEqual([
      ['We will wait as long as it takes', null],
      ['the talks were over', 'Huaxia Herald'],
    ]);
    expect(wire.reportedBy).toEqual(['Huaxia Herald']);
  });

  it('keeps an outlet’s quote of itself, and quotes of outlets it cannot place, as its own', () => {
    const self = outletQuote('our reporters saw the convoy', 'Huaxia Herald', 'CN', 'newspaper');
    const unknown: Quote = {
      ...quote('the border was closed', 'reported', 'Some Blog'),
      speakerKind: 'outlet',
    };
    const h = storyArticle(11, outlets.herald, { title: 'Convoy' }, [self, unknown]);
    const [only] = groupPerspectives([h], adjective);
    expect(only!.outlets).toHaveLength(1);
    expect(only!.outlets[0]!.quotes.map((q) => q.text)).toEqual([
      'our reporters saw the convoy',
      'the border was closed',
    ]);
  });

  it('lets the caller place stored quotes that lack outlet fields', () => {
    const bare: Quote = { ...quote('the convoy was stopped', 'reported', 'CNN'), speakerKind: 'outlet' };
    const story = oneArticleStory('Convoy stopped');
    const composed = composeStory({
      story,
      articles: [storyArticle(11, outlets.herald, { title: 'Convoy' }, [bare])],
      related: [],
      countryAdjective: adjective,
      countryName: (c) => c,
      quotedOutlet: (q) =>
        q.speaker === 'CNN'
          ? { name: 'CNN', country: 'US', ownership: 'private', genre: 'broadcaster' }
          : null,
    });
    const cnn = composed.perspectives.flatMap((p) => p.outlets).find((o) => o.outlet.name === 'CNN');
    expect(cnn).toMatchObject({ reportedBy: ['Huaxia Herald'], articles: [] });
  });
});
