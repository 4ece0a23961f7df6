import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract-quotes.js';
import { quotesOf } from './test-helpers.js';

/** The content fragments of each quote, as written (corpus convention: marks and "that" kept). */
const fragments = (text: string) =>
  extractQuotes(text).map((q) => (q.contentSpans ?? []).map((s) => text.slice(s.start, s.end)));

describe('direct quotes', () => {
  it('reads straight and curly marks alike and keeps the marks in the content spans', () => {
    const text = '"The port is closed," said Ines Okafor. “It will reopen on Monday,” Okafor added.';
    expect(fragments(text)).toEqual([['"The port is closed,"'], ['“It will reopen on Monday,”']]);
    expect(quotesOf(text).map((q) => q.text)).toEqual(['The port is closed', 'It will reopen on Monday']);
  });

  it('joins a quote interrupted by "he said" into one attribution of two fragments', () => {
    const text = '“We have the ships,” the captain said, “but not the crews to sail them.”';
    expect(fragments(text)).toEqual([['“We have the ships,”', '“but not the crews to sail them.”']]);
  });

  it('adds cue-less continuation paragraphs to the attribution before them', () => {
    const text = [
      '“The harvest is two weeks late,” farmer Tomas Lind said.',
      '“If the rain holds off, we can still save most of it.”',
      'Prices for grain rose on Friday.',
    ].join('\n\n');
    const [q, ...rest] = quotesOf(text);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ speaker: 'Tomas Lind', cue: 'said' });
    expect(q!.contentSpans).toHaveLength(2);
  });

  it('follows a quote that opens one paragraph and closes in a later one', () => {
    const text = [
      'Tomas Lind said: “We planted late this year.',
      '“Then the storms came, and now the fields are under water.”',
    ].join('\n\n');
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ speaker: 'Tomas Lind', kind: 'direct' });
    expect(q!.text).toContain('now the fields are under water');
  });
});

describe('reported speech', () => {
  it.each([
    ['says', 'The mayor says the bridge is safe.'],
    ['told', 'The mayor told reporters the bridge is safe.'],
    ['warned', 'The mayor warned that the bridge is unsafe.'],
    ['argued', 'The mayor argued that the bridge is safe.'],
    ['insisted', 'The mayor insisted that the bridge is safe.'],
    ['denied', 'The mayor denied that the bridge is unsafe.'],
    ['claimed', 'The mayor claimed the bridge is safe.'],
    ['acknowledged', 'The mayor acknowledged that the bridge is old.'],
    ['believes', 'The mayor believes the bridge is safe.'],
    ['expects', 'The mayor expects the bridge to reopen soon.'],
    ['wants', 'The mayor wants to reopen the bridge by May.'],
    ['plans', 'The mayor plans to reopen the bridge by May.'],
  ])('reads the cue "%s"', (cue, text) => {
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ speaker: 'mayor', cue });
  });

  it('keeps a negated cue whole', () => {
    const [q] = quotesOf('The mayor did not say when the bridge would reopen.');
    expect(q).toMatchObject({ cue: 'did not say', text: 'when the bridge would reopen' });
  });

  it('reads "said in a statement", "wrote for" and "has a word of warning"', () => {
    const [a] = quotesOf('The ministry said in a statement that the border would stay open.');
    expect(a).toMatchObject({ cue: 'said in a statement', text: 'the border would stay open' });
    const [b] = quotesOf('Robert Kaplan wrote for The Atlantic that the alliance was fraying.');
    expect(b).toMatchObject({ speaker: 'Robert Kaplan', cue: 'wrote', text: 'the alliance was fraying' });
    const [c] = quotesOf('Lena Varga has a word of warning for investors: the rally will not last.');
    expect(c).toMatchObject({
      speaker: 'Lena Varga',
      cue: 'has a word of warning',
      text: 'the rally will not last',
    });
  });

  it('reads prepositional cues: "according to" and "in the view of"', () => {
    const [a] = quotesOf('The rally will not last, according to Lena Varga.');
    expect(a).toMatchObject({ speaker: 'Lena Varga', cue: 'according to', text: 'The rally will not last' });
    const [b] = quotesOf('In the view of Lena Varga, the rally will not last.');
    expect(b).toMatchObject({
      speaker: 'Lena Varga',
      cue: 'In the view of',
      text: 'the rally will not last',
    });
  });

  it('reads colon-introduced speech and a testimonial signed with a dash', () => {
    const [a] = quotesOf('OKAFOR: The port will reopen when the storm passes.');
    expect(a).toMatchObject({
      speaker: 'OKAFOR',
      cue: ':',
      text: 'The port will reopen when the storm passes',
    });
    const [b] = quotesOf('“The ferry saved our village.” ― Ines Okafor');
    expect(b).toMatchObject({ speaker: 'Ines Okafor', cue: '―', kind: 'direct' });
  });

  it('keeps an attribution with no source: "X is expected to …"', () => {
    const [q] = quotesOf('The bridge is expected to reopen in May.');
    expect(q).toMatchObject({ speaker: null, source: null, cue: 'is expected' });
  });

  it('takes only the outermost of nested reported speech', () => {
    const quotes = quotesOf('The mayor said engineers warned that the bridge was unsafe.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      speaker: 'mayor',
      text: 'engineers warned that the bridge was unsafe',
    });
  });
});

describe('what is not an attribution', () => {
  it('does not take a scare quote or a quoted title for speech', () => {
    expect(quotesOf('The so-called “peace dividend” never arrived.')).toEqual([]);
    expect(
      quotesOf('She wrote the book “The Long Road Home” in 2019.').filter((q) => q.kind !== 'reported'),
    ).toEqual([]);
  });
});

describe('bad input: bounded time, best effort, no crash', () => {
  const timed = (f: () => unknown) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };

  it('survives unbalanced marks, a quote thousands of characters long and text without punctuation', () => {
    const longQuote = `Ines Okafor said: “${'the tide keeps rising and the wall keeps holding '.repeat(400)}`;
    expect(timed(() => extractQuotes(longQuote))).toBeLessThan(2000);
    expect(extractQuotes(longQuote)[0]).toMatchObject({ kind: 'direct' });
    const noPunct = 'officials said the port would open and the mayor said it would not '.repeat(3000);
    expect(timed(() => extractQuotes(noPunct))).toBeLessThan(3000);
    expect(() => extractQuotes("«»“”\"''‘’ :: — ― --")).not.toThrow();
  });

  it('reads mixed scripts without losing offsets', () => {
    const text = 'Wang Yi said 合作是唯一的出路. Иван Петров warned that «время уходит».';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(['合作是唯一的出路', 'время уходит']);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads 5 MB of text in time roughly linear in its length', () => {
    const para =
      'The mayor said the bridge was safe, adding that repairs would end in May. “We are ready,” she said.\n\n';
    const small = para.repeat(5_000);
    const big = para.repeat(50_000);
    const tSmall = timed(() => extractQuotes(small));
    const tBig = timed(() => extractQuotes(big));
    expect(big.length).toBeGreaterThan(5_000_000);
    expect(tBig).toBeLessThan(Math.max(20 * tSmall, 500) + 4000);
  }, 120_000);
});
