import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract-quotes.js';

const seconds = (f: () => void) => {
  const t0 = performance.now();
  f();
  return (performance.now() - t0) / 1000;
};

describe('bounded work', () => {
  // A hang detector, not a speed test (speed is in bench:quotes): generous enough for a loaded 2-core machine.
  it('reads 5 MB of article text without a hang', () => {
    const para =
      '“We will respond firmly,” said Foreign Ministry spokesperson Liang Wen. He said the sanctions were illegal, ' +
      'adding that Beijing would act. The talks failed, the Huaxia Herald reported.';
    const text = `${para}\n\n`.repeat(Math.ceil(5_000_000 / (para.length + 2)));
    let count = 0;
    expect(seconds(() => (count = extractQuotes(text).length))).toBeLessThan(60);
    expect(count).toBeGreaterThan(80_000);
  }, 120_000);

  it('finishes quickly on megabytes of unbalanced quote marks and cue words without punctuation', () => {
    const marks = `${'“'.repeat(300_000)}${'"'.repeat(300_000)}${' said he '.repeat(100_000)}`;
    expect(seconds(() => extractQuotes(marks))).toBeLessThan(10);
    const runOn = 'Officials said officials said '.repeat(60_000);
    expect(seconds(() => extractQuotes(runOn))).toBeLessThan(10);
  });

  it('keeps a quote that never closes inside its own paragraph', () => {
    const text = 'Maria Duarte said: “We will not sign this.\n\nThe vote is on Friday, officials said.';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(['We will not sign this.', 'The vote is on Friday']);
  });
});
