import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_MODEL } from '../../src/stories/match-model.js';
import { onPolicyRows } from './fit-weights.js';

// Two events in one city (written for this test): the shared place name lets a model that joins
// everything mix them, which is the state the labels must judge.
const quake = (n: number) => ({
  story: 'quake',
  title: `Valparaíso earthquake toll rises (${n})`,
  text: 'An earthquake struck Valparaíso on Monday; rescue teams searched collapsed buildings in the port.',
});
const budget = (n: number) => ({
  story: 'budget',
  title: `Valparaíso council passes budget (${n})`,
  text: 'The Valparaíso council passed its budget on Tuesday, raising spending on schools and buses.',
});

describe('onPolicyRows', () => {
  it('labels the leading candidate by the gold stories of the members the stream actually put in it', () => {
    // Threshold zero: every article joins its leading candidate, so the one story ends up mixed.
    const model = { ...DEFAULT_MATCH_MODEL, threshold: 0, mergeThreshold: 1.1 };
    const { x, y } = onPolicyRows([quake(1), quake(2), budget(1), budget(2), quake(3)], model);
    expect(x).toHaveLength(4);
    // quake 2 → {q}: right; budget 1 → {q, q}: wrong; budget 2 → {q, q, b}: one of three, wrong;
    // quake 3 → {q, q, b, b}: half, right.
    expect(y).toEqual([1, 0, 0, 1]);
    // A stricter purity makes the last join wrong too.
    expect(onPolicyRows([quake(1), quake(2), budget(1), budget(2), quake(3)], model, 0.75).y).toEqual([
      1, 0, 0, 0,
    ]);
  });
});
