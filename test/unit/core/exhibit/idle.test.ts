import { describe, expect, it } from 'vitest';
import {
  idleSecondsLeft,
  initialIdle,
  nextIdle,
  type IdleEvent,
  type IdleState,
} from '../../../../src/core/exhibit/idle.ts';

const TIMEOUT = 90_000;
const run = (events: IdleEvent[], start = initialIdle(0)): IdleState =>
  events.reduce((s, e) => nextIdle(s, e, TIMEOUT), start);

describe('the idle state machine', () => {
  it('starts in the attract loop; a touch or key takes over at once', () => {
    const s = run([{ type: 'input', at: 1000 }]);
    expect(s.mode).toBe('visitor');
    expect(s.visits).toBe(1);
  });

  it('returns to the attract loop after the timeout without input, not a moment before', () => {
    const visiting = run([{ type: 'input', at: 1000 }]);
    expect(nextIdle(visiting, { type: 'tick', at: 1000 + TIMEOUT - 1 }, TIMEOUT).mode).toBe('visitor');
    expect(nextIdle(visiting, { type: 'tick', at: 1000 + TIMEOUT }, TIMEOUT).mode).toBe('attract');
  });

  it('every input restarts the countdown', () => {
    const s = run([
      { type: 'input', at: 0 },
      { type: 'input', at: 80_000 },
      { type: 'tick', at: 150_000 },
    ]);
    expect(s.mode).toBe('visitor');
    expect(idleSecondsLeft(s, 150_000, TIMEOUT)).toBeCloseTo(20, 5);
  });

  it('a headset session holds the stand however long nobody presses a button', () => {
    const s = run([
      { type: 'presenting', on: true, at: 0 },
      { type: 'tick', at: 10 * TIMEOUT },
    ]);
    expect(s.mode).toBe('visitor');
    expect(idleSecondsLeft(s, 10 * TIMEOUT, TIMEOUT)).toBe(Infinity);
    const ended = run([{ type: 'presenting', on: false, at: 10 * TIMEOUT }], s);
    expect(nextIdle(ended, { type: 'tick', at: 11 * TIMEOUT }, TIMEOUT).mode).toBe('attract');
  });

  it('the operator reset returns at once; an unchanged state is the same object', () => {
    const visiting = run([{ type: 'input', at: 0 }]);
    expect(nextIdle(visiting, { type: 'reset', at: 5 }, TIMEOUT).mode).toBe('attract');
    const idle = initialIdle(0);
    expect(nextIdle(idle, { type: 'tick', at: 5 }, TIMEOUT)).toBe(idle);
    expect(nextIdle(idle, { type: 'reset', at: 5 }, TIMEOUT)).toBe(idle);
  });

  it('counts one visit per takeover, not per input', () => {
    let s = initialIdle(0);
    for (let cycle = 0; cycle < 500; cycle++) {
      const at = cycle * 200_000;
      s = run(
        [
          { type: 'input', at },
          { type: 'input', at: at + 10 },
          { type: 'tick', at: at + 100_000 },
        ],
        s,
      );
      expect(s.mode).toBe('attract');
    }
    expect(s.visits).toBe(500);
  });

  it('refuses a timeout that is not positive', () => {
    expect(() => nextIdle(initialIdle(0), { type: 'tick', at: 1 }, 0)).toThrow(/Requires a timeout/);
  });
});
