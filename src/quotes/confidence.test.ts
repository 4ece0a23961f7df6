import { describe, expect, it } from 'vitest';
import { isShown, SHOWN_THRESHOLD } from './confidence/confidence.js';
import { extractAttributions } from './extract-quotes.js';
import { quotesOf } from './test-helpers.js';

describe('attribution confidence', () => {
  it('gives every quote a confidence between 0 and 1', () => {
    const text =
      '“We will respond firmly,” said Foreign Ministry spokesperson Liang Wen. Analysts said the talks may fail.\n\n' +
      'Some have argued the sanctions could be lifted.';
    const quotes = quotesOf(text);
    expect(quotes.length).toBeGreaterThan(1);
    for (const q of quotes) {
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('shows a named speaker with "said" and keeps an unresolved pronoun below the threshold', () => {
    const named = quotesOf(
      '“We will respond firmly to any sanctions that target our companies,” said Foreign Ministry spokesperson Liang Wen.',
    );
    expect(named).toHaveLength(1);
    expect(isShown(named[0]!.confidence)).toBe(true);
    // "he" with nobody named before: PolNeAR would count the source, a reader would learn nothing.
    const pronoun = quotesOf('“We will respond firmly to any sanctions that target our companies,” he said.');
    expect(pronoun).toHaveLength(1);
    expect(pronoun[0]!.speaker).toBe(null);
    expect(isShown(pronoun[0]!.confidence)).toBe(false);
  });

  it('resolves a pronoun to the person named before and may then show it', () => {
    const text = 'Liang Wen spoke to reporters on Monday.\n\n“We will respond firmly,” he said.';
    const [q] = quotesOf(text);
    expect(q!.speaker).toBe('Liang Wen');
    expect(q!.confidence).toBeGreaterThan(0.2);
  });

  it('states the evidence a confidence came from', () => {
    const [found] = extractAttributions(
      '“We will respond firmly,” said Foreign Ministry spokesperson Liang Wen.',
    );
    expect(found!.features).toContain('origin:direct-quote');
    expect(found!.features).toContain('kind:direct');
    expect(found!.features).toContain('phrase:named');
  });

  it('treats a missing confidence (older records) as not shown', () => {
    expect(isShown(undefined)).toBe(false);
    expect(isShown(null)).toBe(false);
    expect(isShown(SHOWN_THRESHOLD)).toBe(true);
  });
});
