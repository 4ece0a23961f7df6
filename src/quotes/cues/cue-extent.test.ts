import { describe, expect, it } from 'vitest';
import { quotesOf } from '../test-helpers.js';

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

  it('leaves "about" out of the cue when it means "approximately" before a quantity', () => {
    const [pct] = quotesOf('Mayor Ana Ruiz predicted about 40 percent of the homes would be sold.');
    expect(pct).toMatchObject({ cueText: 'predicted', text: 'about 40 percent of the homes would be sold' });
    const [third] = quotesOf('Tom Hale predicted about one-third of the seats would change hands.');
    expect(third?.cueText).toBe('predicted');
    const [event] = quotesOf('Lisa Moor was asked about 9/11 on the radio.');
    expect(event?.cueText).toBe('was asked about');
  });

  it('keeps "in a statement" in the cue, unless a modifier follows the noun', () => {
    const [q] = quotesOf('Dan Price said in a statement that the vote was fair.');
    expect(q).toMatchObject({ cueText: 'said in a statement', text: 'the vote was fair' });
    const [released] = quotesOf(
      'Dan Price said in a statement released by his office that the vote was fair.',
    );
    expect(released?.cueText).toBe('said');
  });

  it('keeps a manner adverb that ends the verb group, with a colon after it', () => {
    const [dryly] = quotesOf('“We will see,” Tom Hale said dryly.');
    expect(dryly?.cueText).toBe('said dryly');
    const [noted] = quotesOf('Senator Ana Ruiz noted repeatedly that the budget was short.');
    expect(noted?.cueText).toBe('noted repeatedly');
    const [flatly] = quotesOf('Tom Hale said flatly: “The vote was fair.”');
    expect(flatly?.cueText).toBe('said flatly:');
  });

  it('keeps "then" at the end of the verb group and "only" before "that"', () => {
    const [then] = quotesOf('“We will build it,” Mayor Ana Ruiz said then.');
    expect(then?.cueText).toBe('said then');
    const [only] = quotesOf('Dan Price said only that the talks had ended.');
    expect(only?.cueText).toBe('said only');
  });

  it('keeps the bare attitude noun of "express" and its preposition', () => {
    const [about] = quotesOf('Senator Ana Ruiz expressed concern about the new tax plan.');
    expect(about).toMatchObject({ cueText: 'expressed concern about', text: 'the new tax plan' });
    const [that] = quotesOf('Ana Ruiz expressed confidence that the plan would pass.');
    expect(that?.cueText).toBe('expressed confidence');
    const [her] = quotesOf('Ana Ruiz expressed her support for the plan.');
    expect(her?.cueText).toBe('expressed');
  });

  it('keeps the preposition a prepositional verb selects', () => {
    const [believes] = quotesOf('Lena Ford believes in lower taxes for small farms.');
    expect(believes).toMatchObject({ cueText: 'believes in', text: 'lower taxes for small farms' });
    const [spoke] = quotesOf('Rep. Carl Moss spoke of the long years in the mines.');
    expect(spoke?.cueText).toBe('spoke of');
    const [hoped] = quotesOf('Carl Moss hoped for a quick end to the strike.');
    expect(hoped?.cueText).toBe('hoped for');
    const [favor] = quotesOf('Rep. Carl Moss argued in favor of a higher wage.');
    expect(favor?.cueText).toBe('argued in favor of');
  });

  it('keeps the platform after a writing verb but not after "said"', () => {
    const [wrote] = quotesOf('Mayor Dan Price wrote on Facebook that the park would close.');
    expect(wrote?.cueText).toBe('wrote on Facebook');
    const [said] = quotesOf('Mayor Dan Price said on Twitter that the park would close.');
    expect(said?.cueText).toBe('said');
  });

  it('keeps the object of the idioms "pleaded guilty" and "showed no sign of"', () => {
    const [pleaded] = quotesOf('Rep. Carl Moss pleaded guilty to fraud charges.');
    expect(pleaded?.cueText).toBe('pleaded guilty');
    const [showed] = quotesOf('Rep. Carl Moss showed no sign of backing down from the fight.');
    expect(showed?.cueText).toBe('showed no sign of');
  });

  it('takes a focus adverb before the verb into the cue', () => {
    const [q] = quotesOf('The governor would only say that the talks were going well.');
    expect(q?.cueText).toBe('would only say');
  });

  it('keeps an infinitive verb of saying after "seem" and "appear", not one of thought', () => {
    const [confirm] = quotesOf('The mayor seemed to confirm that the bridge would close in May.');
    expect(confirm?.cueText).toBe('seemed to confirm');
    const [show] = quotesOf('The new figures appear to show that rents rose again.');
    expect(show?.cueText).toBe('appear to show');
    const [understand] = quotesOf('The mayor seems to understand that the bridge is old.');
    expect(understand?.cueText).toBe('seems');
  });

  it('keeps "yet", "twice" and "sometimes" inside the verb group', () => {
    const [yet] = quotesOf('The mayor has not yet announced whether the bridge will close.');
    expect(yet?.cueText).toBe('has not yet announced');
    const [twice] = quotesOf('Senator Ana Ruiz has twice complained that the rents are too high.');
    expect(twice?.cueText).toBe('has twice complained');
  });

  it('keeps a quantifier floated off the subject in the cue', () => {
    const [both] = quotesOf('Ana Ruiz and Tom Hale both denounced the new tax plan.');
    expect(both?.cueText).toBe('both denounced');
    const [all] = quotesOf('Ruiz, Hale and Moss have all argued that the tax is unfair.');
    expect(all?.cueText).toBe('have all argued');
    const [and] = quotesOf('Hale and Moss met in May. And both vowed to fight the tax.');
    expect(and?.cueText).toBe('vowed');
  });

  it('keeps "in favor of" after a verb with a particle', () => {
    const [q] = quotesOf('Senator Ana Ruiz spoke out in favor of the new tax plan.');
    expect(q).toMatchObject({ cueText: 'spoke out in favor of', text: 'the new tax plan' });
  });

  it('keeps "as" right after a passive "referred to", not after its object', () => {
    const [passive] = quotesOf('The old bridge, often referred to as the Iron Lady, will close in May.');
    expect(passive?.cueText).toBe('often referred to as');
    const [active] = quotesOf('Dan Price referred to the mayor as a liar.');
    expect(active?.cueText).toBe('referred to');
  });

  it('keeps "the story of" after "tell", not a modified story', () => {
    const [q] = quotesOf('Mayor Ana Ruiz told the story of a farmer who lost his land to the flood.');
    expect(q?.cueText).toBe('told the story of');
    const [modified] = quotesOf('Mayor Ana Ruiz told the sad story of a farmer who lost his land.');
    expect(modified?.cueText).not.toBe('told the sad story of');
  });
});
