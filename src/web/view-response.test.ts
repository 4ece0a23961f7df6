import { describe, expect, it } from 'vitest';
import { afterPendingReads, WRITES_PER_TURN } from './view-response.js';

/** Counts event-loop turns: each check phase that runs moves it on. */
function turnCounter() {
  const state = { turn: 0, running: true };
  const tick = () => {
    state.turn++;
    if (state.running) setImmediate(tick);
  };
  setImmediate(tick);
  return state;
}

describe('page writes wait for the check phase, a bounded batch per turn', () => {
  it('releases queued writes oldest first, at most WRITES_PER_TURN in one turn', async () => {
    const turns = turnCounter();
    const released: Array<{ n: number; turn: number }> = [];
    const total = WRITES_PER_TURN * 5 + 3;
    await Promise.all(
      Array.from({ length: total }, (_, n) =>
        afterPendingReads().then(() => released.push({ n, turn: turns.turn })),
      ),
    );
    turns.running = false;
    expect(released.map((r) => r.n)).toEqual(Array.from({ length: total }, (_, n) => n));
    const perTurn = new Map<number, number>();
    for (const r of released) perTurn.set(r.turn, (perTurn.get(r.turn) ?? 0) + 1);
    expect(Math.max(...perTurn.values())).toBe(WRITES_PER_TURN);
    expect(perTurn.size).toBe(6);
  });
});
