import { describe, expect, it } from 'vitest';
import { quotesOf } from './test-helpers.js';

describe('cue extent', () => {
  it('keeps the weekday after the verb in the cue', () => {
    const [q] = quotesOf('Mayor Ana Ruiz said Tuesday that the bridge would reopen in May.');
    expect(q?.cueText).toBe('said Tuesday');
    expect(q?.text).toBe('the bridge would reopen in May');
  });

  it('keeps the manner phrase "with a laugh" in the cue', () => {
    const [q] = quotesOf('“We will win this one,” Tom Hale said with a laugh.');
    expect(q?.cueText).toBe('said with a laugh');
  });

  it('moves "about" and "back against" from the content into the cue', () => {
    const [warned] = quotesOf('Senator Lisa Moor warned about rising rents in the city.');
    expect(warned).toMatchObject({ cueText: 'warned about', text: 'rising rents in the city' });
    const [pushed] = quotesOf('Lisa Moor pushed back against the plan, saying it was unfair.');
    expect(pushed).toMatchObject({ cueText: 'pushed back against', text: 'the plan' });
  });

  it('leaves "said in a statement" at the verb', () => {
    const [q] = quotesOf('Dan Price said in a statement that the vote was fair.');
    expect(q?.cueText).toBe('said');
  });
});
