import { describe, expect, it } from 'vitest';
import { quotesOf } from './test-helpers.js';

describe('cues joined over "by"', () => {
  it('draws one cue over the discourse verb, "by" and the -ing verb', () => {
    const quotes = quotesOf('Senator Ana Ruiz responded by saying that the plan was unfair.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ cueText: 'responded by saying', text: 'the plan was unfair' });
    const [began] = quotesOf('Tom Hale began by thanking the voters of the county.');
    expect(began?.cueText).toBe('began by thanking');
    const [followed] = quotesOf('Dan Price followed up by asking whether the park would close.');
    expect(followed?.cueText).toBe('followed up by asking');
  });

  it('leaves an -ing cue alone after other verbs with "by"', () => {
    const [q] = quotesOf('Tom Hale won the crowd over by promising that taxes would fall.');
    expect(q?.cueText).toBe('promising');
  });
});
