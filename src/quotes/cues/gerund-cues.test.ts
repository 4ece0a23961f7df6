import { describe, expect, it } from 'vitest';
import { quotesOf } from '../test-helpers.js';

describe('an -ing cue joined to the verb that governs it', () => {
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

  it('draws the cue from an aspectual verb and ends the speaker before it', () => {
    const [kept] = quotesOf('Senator Ron Hale kept asking why the bridge had closed.');
    expect(kept).toMatchObject({ cueText: 'kept asking', sourceText: 'Senator Ron Hale' });
    const [avoids] = quotesOf('Mayor Ana Ruiz avoids condemning the new tax.');
    expect(avoids).toMatchObject({ cueText: 'avoids condemning', sourceText: 'Mayor Ana Ruiz' });
  });
});
