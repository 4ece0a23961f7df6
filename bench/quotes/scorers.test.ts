import { describe, expect, it } from 'vitest';
import { matchAttributions, scoreAttributions } from './score-attributions.js';
import { scoreRoles } from './score-roles.js';
import type { AttributionSpans, ScoredDoc } from './spans.js';
import { overlap, prf, size, union } from './spans.js';

/** Spans of the first occurrence of each phrase in the text. */
const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in text`);
  return { start, end: start + phrase.length };
};

const TEXT = 'Ana Ruiz said the talks failed. Officials warned that prices would rise, the paper reported.';
const attribution = (source: string | null, cue: string, ...content: string[]): AttributionSpans => ({
  source: source ? [at(TEXT, source)] : null,
  cue: [at(TEXT, cue)],
  content: content.map((c) => at(TEXT, c)),
});

describe('span arithmetic', () => {
  it('merges overlapping spans and counts shared characters once', () => {
    expect(
      union([
        { start: 5, end: 9 },
        { start: 0, end: 6 },
        { start: 12, end: 14 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 12, end: 14 },
    ]);
    expect(
      size([
        { start: 0, end: 4 },
        { start: 2, end: 6 },
      ]),
    ).toBe(6);
    expect(
      overlap(
        [{ start: 0, end: 10 }],
        [
          { start: 5, end: 7 },
          { start: 8, end: 20 },
        ],
      ),
    ).toBe(4);
  });

  it('gives zero rather than NaN when a set is empty', () => {
    expect(prf(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf(1, 2, 4)).toEqual({ precision: 0.5, recall: 0.25, f1: 1 / 3 });
  });
});

describe('attribution-level scorer', () => {
  const gold = [
    attribution('Ana Ruiz', 'said', 'the talks failed'),
    attribution('Officials', 'warned', 'that prices would rise'),
  ];

  it('counts a prediction covering enough of the gold content as a match, with speaker and cue right', () => {
    const pred = [
      attribution('Ana Ruiz', 'said', 'the talks'),
      attribution('Officials', 'warned', 'prices would rise'),
    ];
    const s = scoreAttributions([{ text: TEXT, gold, pred }], 0.3);
    expect(s).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1, speakerAccuracy: 1, cueAccuracy: 1 });
  });

  it('misses a short overlap at τ = 0.8 that passes at τ = 0.3', () => {
    const pred = [attribution('Ana Ruiz', 'said', 'the talks')];
    expect(scoreAttributions([{ text: TEXT, gold, pred }], 0.3).tp).toBe(1);
    expect(scoreAttributions([{ text: TEXT, gold, pred }], 0.8)).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });

  it('matches one to one: a second prediction of the same content is a false positive', () => {
    const pred = [
      attribution('Ana Ruiz', 'said', 'the talks failed'),
      attribution(null, 'said', 'the talks failed'),
    ];
    expect(matchAttributions(gold, pred, 0.3)).toEqual([[0, 0]]);
    expect(scoreAttributions([{ text: TEXT, gold, pred }], 0.3)).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('scores a wrong speaker and a wrong cue on a matched pair', () => {
    const pred = [attribution('the paper', 'reported', 'that prices would rise')];
    const s = scoreAttributions([{ text: TEXT, gold, pred }], 0.3);
    expect(s).toMatchObject({ tp: 1, speakerAccuracy: 0, cueAccuracy: 0 });
  });

  it('counts a missing source as right only when gold has none either', () => {
    const sourceless = [attribution(null, 'said', 'the talks failed')];
    const right = scoreAttributions([{ text: TEXT, gold: sourceless, pred: sourceless }], 0.3);
    expect(right.speakerAccuracy).toBe(1);
    const wrong = scoreAttributions([{ text: TEXT, gold, pred: sourceless }], 0.3);
    expect(wrong.speakerAccuracy).toBe(0);
  });
});

describe('per-role scorer', () => {
  it('scores exact spans and character overlap per role, counting a shared source once', () => {
    const gold = [
      attribution('Officials', 'warned', 'that prices would rise'),
      { ...attribution('Officials', 'reported', 'the paper'), content: [at(TEXT, 'the paper')] },
    ];
    const pred = [attribution('Officials', 'warned', 'prices would rise')];
    const doc: ScoredDoc = { text: TEXT, gold, pred };
    const r = scoreRoles([doc]);
    expect(r.source).toMatchObject({ gold: 1, predicted: 1 });
    expect(r.source.exact.f1).toBe(1);
    expect(r.cue.exact).toMatchObject({ precision: 1, recall: 0.5 });
    expect(r.content.exact.f1).toBe(0);
    const goldChars = 'that prices would rise'.length + 'the paper'.length;
    expect(r.content.overlap.precision).toBe(1);
    expect(r.content.overlap.recall).toBeCloseTo('prices would rise'.length / goldChars);
  });

  it('treats each fragment of a discontinuous content as its own span', () => {
    const gold = [attribution('Ana Ruiz', 'said', 'the talks', 'failed')];
    const pred = [attribution('Ana Ruiz', 'said', 'the talks')];
    const r = scoreRoles([{ text: TEXT, gold, pred }]);
    expect(r.content.exact).toMatchObject({ precision: 1, recall: 0.5 });
  });
});
