import { describe, expect, it } from 'vitest';
import { sharedFacts } from './facts.js';
import { grainStory, outlets, quote, storyArticle } from './test-harness.js';

describe('sharedFacts', () => {
  it('finds sentences carried by several outlets, counting close paraphrases, in article order', () => {
    const facts = sharedFacts(grainStory());
    expect(facts).toEqual([
      { text: 'The agreement extends the Black Sea grain corridor for another 120 days.', outletCount: 5 },
      {
        text:
          'Negotiators in Istanbul renewed the Black Sea grain deal on Tuesday after two days of talks ' +
          'mediated by Turkey and the United Nations.',
        outletCount: 2,
      },
      {
        text: 'More than 400 ships have carried Ukrainian grain through the corridor since it opened last year.',
        outletCount: 3,
      },
    ]);
  });

  it('skips direct quotes and reported speech even when every outlet carries them', () => {
    const texts = sharedFacts(grainStory()).map((f) => f.text);
    expect(texts.some((t) => t.includes('victory for diplomacy'))).toBe(false);
    expect(texts.some((t) => t.includes('difficult but productive'))).toBe(false);
  });

  it('counts an outlet once however many of its articles repeat a sentence', () => {
    const body = 'Negotiators renewed the Black Sea grain deal on Tuesday after talks in Istanbul.';
    const facts = sharedFacts([
      storyArticle(1, outlets.liberty, { bodyText: body }),
      storyArticle(2, outlets.liberty, { bodyText: body }),
    ]);
    expect(facts).toEqual([]);
  });

  it('lists at most five facts, keeping those with the most outlets', () => {
    const sentences = [
      'Harbour cranes loaded forty grain ships in Odesa overnight.',
      'Insurance premiums for Black Sea cargo fell by a third this week.',
      'Wheat futures dropped three percent on the Chicago exchange.',
      'Egypt and Lebanon are the largest buyers of the shipped wheat.',
      'Inspectors in Istanbul check every vessel before it sails.',
      'Fertiliser exports from Russian ports remain below last year.',
      'The United Nations will review the corridor again in July.',
    ];
    const a = storyArticle(1, outlets.meridian, { bodyText: sentences.join(' ') });
    const b = storyArticle(2, outlets.commerce, { bodyText: sentences.join(' ') });
    const c = storyArticle(3, outlets.liberty, { bodyText: sentences[6]! });
    const facts = sharedFacts([a, b, c]);
    expect(facts).toHaveLength(5);
    expect(facts[4]).toEqual({ text: sentences[6], outletCount: 3 });
    expect(facts.slice(0, 4).map((f) => f.text)).toEqual(sentences.slice(0, 4));
  });

  it('keeps a sentence with an apostrophe or possessive as a possible fact', () => {
    const body =
      "China's exports of rare-earth magnets fell sharply in the workers' first month of new licences.";
    const facts = sharedFacts([
      storyArticle(1, outlets.meridian, { bodyText: body }),
      storyArticle(2, outlets.herald, { bodyText: body }, [quote('unrelated words here', 'direct', 'X')]),
    ]);
    expect(facts).toEqual([{ text: body, outletCount: 2 }]);
  });
});
