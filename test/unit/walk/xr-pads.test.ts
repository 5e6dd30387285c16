import { describe, expect, it } from 'vitest';
import { createXRPads } from '../../../src/walk/xr-pads.ts';

const gamepad = (axes: number[], pressed: number[] = []): Gamepad =>
  ({
    axes,
    buttons: Array.from({ length: 7 }, (_, i) => ({
      pressed: pressed.includes(i),
      touched: false,
      value: pressed.includes(i) ? 1 : 0,
    })),
  }) as unknown as Gamepad;
const session = (...sources: { handedness: XRHandedness; gamepad?: Gamepad }[]): XRSession =>
  ({ inputSources: sources }) as unknown as XRSession;

describe('XR pads', () => {
  it('reads the thumbstick on axes 2/3, a touchpad on 0/1, and 0 without a gamepad', () => {
    const pads = createXRPads();
    pads.update(
      session(
        { handedness: 'left', gamepad: gamepad([0, 0, 0.5, -1]) },
        { handedness: 'right', gamepad: gamepad([0.3, 0.4]) },
      ),
    );
    expect([pads.stickX('left'), pads.stickY('left')]).toEqual([0.5, -1]);
    expect([pads.stickX('right'), pads.stickY('right')]).toEqual([0.3, 0.4]);
    pads.update(session({ handedness: 'left' }));
    expect(pads.stickY('left')).toBe(0);
    expect(pads.pressed('left', 0)).toBe(false);
  });

  it('reports a button edge once per press', () => {
    const pads = createXRPads();
    const frame = (pressed: number[]) =>
      pads.update(session({ handedness: 'right', gamepad: gamepad([], pressed) }));
    frame([4]);
    expect(pads.edge('right', 4)).toBe(true);
    frame([4]);
    expect(pads.edge('right', 4)).toBe(false);
    expect(pads.pressed('right', 4)).toBe(true);
    frame([]);
    expect(pads.edge('right', 4)).toBe(false);
    frame([4]);
    expect(pads.edge('right', 4)).toBe(true);
    expect(pads.edge('left', 4)).toBe(false);
  });
});
