import { describe, expect, it } from 'vitest';
import { paragraphSpans } from './paragraphs.js';
import { findQuoteSegments } from './quote-segments.js';
import { sentenceSpans } from './sentences.js';

const segmentsOf = (text: string) => {
  const paras = paragraphSpans(text);
  return findQuoteSegments(text, paras).map((s) => ({
    content: text.slice(s.contentStart, s.contentEnd),
    closed: s.close !== null,
    next: s.next,
  }));
};

describe('paragraphs, quote segments and sentences', () => {
  it('splits paragraphs on blank lines and trims them', () => {
    const text = '  One.\n\n\nTwo.\n \nThree.  ';
    expect(paragraphSpans(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('opens a quote on a mistyped closing mark before an ellipsis or after an invisible format mark', () => {
    expect(segmentsOf('” … the bridge can wait,” she said.')).toEqual([
      { content: '… the bridge can wait,', closed: true, next: null },
    ]);
    expect(segmentsOf('\u202a”Keep the ferry running,” wrote Ana Ruiz.')).toEqual([
      { content: 'Keep the ferry running,', closed: true, next: null },
    ]);
  });

  it('pairs curly, straight and doubled-apostrophe marks and ignores apostrophes', () => {
    expect(segmentsOf(`“One two,” he said. "Three four." ''Five six.'' It's Liang's.`)).toEqual([
      { content: 'One two,', closed: true, next: null },
      { content: 'Three four.', closed: true, next: null },
      { content: 'Five six.', closed: true, next: null },
    ]);
  });

  it('runs an unclosed quote to its paragraph end and links it to a quote opening the next paragraph', () => {
    expect(segmentsOf('“First part.\n\n“Second part.”\n\n“Stray')).toEqual([
      { content: 'First part.', closed: false, next: 1 },
      { content: 'Second part.', closed: true, next: null },
      { content: 'Stray', closed: false, next: null },
    ]);
  });

  it('ignores a closing mark that closes nothing', () => {
    expect(segmentsOf('He left.” Then “she came,” they said.')).toEqual([
      { content: 'she came,', closed: true, next: null },
    ]);
  });

  it('splits sentences but never inside a quote or after an abbreviation', () => {
    const text =
      'Mr. Liang met U.S. envoys. “We talked. We agreed,” he said. Dr. Ana Ruiz left at 5 p.m. on Monday.';
    const [para] = paragraphSpans(text);
    const segs = findQuoteSegments(text, [para!]);
    expect(sentenceSpans(text, para!, segs).map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. Liang met U.S. envoys.',
      '“We talked. We agreed,” he said.',
      'Dr. Ana Ruiz left at 5 p.m. on Monday.',
    ]);
  });
  it('keeps a quote nested in a quote inside the outer one', () => {
    expect(segmentsOf('“We care even when “our side” errs,” Ana Ruiz wrote.')).toEqual([
      { content: 'We care even when “our side” errs,', closed: true, next: null },
    ]);
    expect(segmentsOf('“He said "never" twice,” Tom Lee said.')).toEqual([
      { content: 'He said "never" twice,', closed: true, next: null },
    ]);
  });

  it('runs a quote holding a nested one on into the next paragraph', () => {
    expect(segmentsOf('"The rule is about “fairness” now, and nothing else.\n\n"The rest follows."')).toEqual(
      [
        { content: 'The rule is about “fairness” now, and nothing else.', closed: false, next: 1 },
        { content: 'The rest follows.', closed: true, next: null },
      ],
    );
    expect(segmentsOf('"My question: “Will the ferry run?” And nobody knew')).toEqual([
      { content: 'My question: “Will the ferry run?” And nobody knew', closed: false, next: null },
    ]);
  });

  it('reads an opener that never closes before another quote as a mistyped mark, not nesting', () => {
    expect(segmentsOf('“We won. “They lost,” he said.')).toEqual([
      { content: 'They lost,', closed: true, next: null },
    ]);
    expect(segmentsOf('"“We will win,” Ruiz said.')).toEqual([
      { content: 'We will win,', closed: true, next: null },
    ]);
  });
  it('keeps a quoted question with its speaker and verb after it in one sentence', () => {
    const text = '“Is the ferry late again?” Ana Ruiz continued. “Who knows?” Nobody answered them.';
    const [para] = paragraphSpans(text);
    const segs = findQuoteSegments(text, [para!]);
    expect(sentenceSpans(text, para!, segs).map((s) => text.slice(s.start, s.end))).toEqual([
      '“Is the ferry late again?” Ana Ruiz continued.',
      '“Who knows?”',
      'Nobody answered them.',
    ]);
  });
});
