import { describe, expect, it } from 'vitest';
import {
  checkedConfidence,
  compileModel,
  isShown,
  scoreFeatures,
  SHOWN_THRESHOLD,
} from './confidence/confidence.js';
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

describe('bad input shows nothing the confidence does not support', () => {
  const shownSpeakers = (text: string) =>
    quotesOf(text)
      .filter((q) => isShown(q.confidence))
      .map((q) => q.speaker);

  it.each([
    [
      'an interview transcript',
      'Q: Will the talks resume?\n\nA: We hope so, but nothing is agreed.\n\nQ: When?\n\nA: Soon.',
    ],
    [
      'a quote that never closes',
      '“We will never accept this, said nobody in particular and the paragraph ends',
    ],
    ['three levels of nesting', 'He said: “She told me ‘they wrote “never again” on the wall’ yesterday.”'],
    ['an article of quotes only', '“One.”\n\n“Two, three.”\n\n“Four five six seven.”'],
    ['other scripts', '“我们将坚决回应，”外交部发言人说。\n\n«Мы ответим», — сказал министр.'],
  ])('%s: every shown quote has a readable, named speaker', (_, text) => {
    for (const speaker of shownSpeakers(text)) {
      expect(speaker).not.toBeNull();
      expect(speaker).not.toMatch(/^(?:he|she|they|we|i|it|most|some)$/i);
    }
  });

  it('200 speakers in one article: bounded work, each shown quote to the speaker named beside it', () => {
    const paras = Array.from(
      { length: 200 },
      (_, i) => `“Point number ${i} matters to our members,” said Delegate Name${i} Surname${i}.`,
    );
    const t0 = performance.now();
    const quotes = quotesOf(paras.join('\n\n'));
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(quotes).toHaveLength(200);
    for (const [i, q] of quotes.entries())
      if (isShown(q.confidence)) expect(q.speaker).toContain(`Surname${i}`);
  });
});

describe('the fitted confidence as data', () => {
  it('refuses a weights file with a threshold outside (0, 1) or a weight that is not a number', () => {
    expect(() => checkedConfidence({ threshold: 1.5, weights: {} })).toThrow(/threshold/);
    expect(() => checkedConfidence({ threshold: 0.8, weights: null })).toThrow(/weights missing/);
    expect(() => checkedConfidence({ threshold: 0.8, weights: { bias: 'x' } })).toThrow(/"bias"/);
    expect(checkedConfidence({ threshold: 0.8, weights: { bias: 0.5 } }).weights).toEqual({ bias: 0.5 });
  });

  it('scores with the weights it is given, pairs of crossed features included', () => {
    const model = compileModel({ bias: 1, 'origin:x': 1, 'origin:x&form:finite': -2 });
    expect(scoreFeatures(['bias'], model)).toBeCloseTo(1 / (1 + Math.exp(-1)));
    expect(scoreFeatures(['bias', 'origin:x', 'form:finite'], model)).toBeCloseTo(0.5);
  });
});

describe('evidence features', () => {
  const featuresOf = (text: string) => extractAttributions(text).map((x) => x.features);

  it('notes how the content opens: a clause, an infinitive, an object noun phrase', () => {
    const [clause] = featuresOf('Liang Wen said he would resign.');
    expect(clause).toContain('opens:pronoun');
    const [object] = featuresOf('Liang Wen dismissed the criticism as noise.');
    expect(object).toContain('opens:determiner');
  });

  it('marks a source phrase cut from the sentence rather than a speaker', () => {
    const [named] = featuresOf('Foreign Ministry spokesperson Liang Wen said the talks would resume.');
    expect(named).toContain('source-loose:≤0');
    const [cut] = featuresOf('Holding signs outside the hall said the talks would resume.');
    expect(cut?.some((f) => f === 'source-opens-ing' || /^source-loose:(?:≤[13]|>3)$/.test(f))).toBe(true);
  });

  it('marks the first half of a split quote whose longer half carries on without a cue', () => {
    const text =
      'Ferry fares rose. The ferry will be late again, Ana Ruiz said.\n\n' +
      '“Nobody told us why, and nobody will tell us tomorrow either, whatever the company promises.”';
    const all = extractAttributions(text);
    const first = all.find((x) => x.quote.kind === 'reported');
    expect(first?.features).toEqual(expect.arrayContaining(['next-carries-on', 'shorter-half']));
  });

  it('counts how often the article credits the same speaker, and in which paragraph', () => {
    const text =
      'Ana Ruiz said the fares would rise.\n\nThe port opened late. Ana Ruiz said the ferry would be late.\n\n' +
      'Tom Okafor said the ferry was on time.';
    const all = extractAttributions(text);
    const ruiz = all.filter((x) => x.quote.speaker === 'Ana Ruiz');
    const okafor = all.find((x) => x.quote.speaker === 'Tom Okafor');
    expect(ruiz).toHaveLength(2);
    for (const x of ruiz) expect(x.features).toContain('speaker-count:≤2');
    expect(okafor?.features).toContain('speaker-count:≤1');
    expect(ruiz[0]?.features).toContain('paragraph:≤0');
    expect(okafor?.features).toContain('paragraph:≤3');
  });

  it('crosses the cue lemma with the content opening, and notes the cue tense', () => {
    const [action] = featuresOf('Liang Wen has addressed the students at length.');
    expect(action).toEqual(expect.arrayContaining(['cue-perfect', 'cue-ed']));
    expect(action?.some((f) => /^cue×opens:determiner:address$/.test(f))).toBe(true);
    const [speech] = featuresOf('Liang Wen says he would resign.');
    expect(speech).toContain('cue-s');
    expect(speech).not.toContain('cue-perfect');
  });

  it('groups rare cue verbs by sense, crossed with the content shape', () => {
    const [deed] = featuresOf('Liang Wen nominated the judge.');
    expect(deed).toEqual(expect.arrayContaining(['sense:deed', 'sense×opens:deed×determiner']));
    expect(deed).toContain('sense×clause:deed×no-clause');
    const [view] = featuresOf('Liang Wen decided that the talks would resume.');
    expect(view).toEqual(expect.arrayContaining(['sense:deed', 'sense×clause:deed×clause']));
    const [plain] = featuresOf('Liang Wen said the talks would resume.');
    expect(plain).toContain('sense:plain-speech');
    expect(plain).not.toContain('sense:deed');
    const [belief] = featuresOf('Liang Wen believes the talks will resume.');
    expect(belief).toContain('sense:thought');
  });

  it("notes a clause, the speaker's own voice and the length of the content", () => {
    const [spoken] = featuresOf('“We will not resign,” Liang Wen said.');
    expect(spoken).toEqual(
      expect.arrayContaining(['content-aux', 'content-person×direct', 'content-words:≤6']),
    );
    const [object] = featuresOf('Liang Wen dismissed the criticism.');
    expect(object).not.toContain('content-aux');
    expect(object?.some((f) => f.startsWith('content-person'))).toBe(false);
  });
});
