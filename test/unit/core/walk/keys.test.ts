import { describe, expect, it } from 'vitest';
import { isWalkKey, stickFromKeys } from '../../../../src/core/walk/keys.ts';

describe('stickFromKeys', () => {
  it('maps WASD and arrows to a gamepad-style stick', () => {
    expect(stickFromKeys(new Set(['KeyW']))).toEqual({ x: 0, y: -1 });
    expect(stickFromKeys(new Set(['ArrowDown', 'KeyD']))).toEqual({ x: 1, y: 1 });
    expect(stickFromKeys(new Set(['KeyW', 'KeyS']))).toEqual({ x: 0, y: 0 });
    expect(stickFromKeys(new Set())).toEqual({ x: 0, y: 0 });
  });
  it('knows its keys', () => {
    expect(isWalkKey('KeyA')).toBe(true);
    expect(isWalkKey('ArrowLeft')).toBe(true);
    expect(isWalkKey('KeyH')).toBe(false);
  });
});
