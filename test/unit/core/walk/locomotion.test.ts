import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDeadzone,
  clampPitch,
  forwardOf,
  headingOfYaw,
  isLevelEnough,
  rotateAbout,
  snapTurnAboutHead,
  snapTurnInput,
  vignetteFor,
  walkStep,
  wrapAngle,
  yawOf,
  yawOfHeading,
} from '../../../../src/core/walk/locomotion.ts';

const angle = fc.double({ min: -10, max: 10, noNaN: true });
const coord = fc.double({ min: -1000, max: 1000, noNaN: true });

describe('walkStep', () => {
  it('walks north at full speed for stick up and yaw 0', () => {
    const s = walkStep(0, -1, 0, 1.4, 1);
    expect(s.x).toBeCloseTo(0, 9);
    expect(s.z).toBeCloseTo(-1.4, 9);
  });
  it('walks east for heading 90 and strafes right of the heading', () => {
    const east = walkStep(0, -1, yawOfHeading(90), 2, 0.5);
    expect(east.x).toBeCloseTo(1, 9);
    expect(east.z).toBeCloseTo(0, 9);
    const right = walkStep(1, 0, 0, 1, 1);
    expect(right.x).toBeCloseTo(1, 9);
    expect(right.z).toBeCloseTo(0, 9);
  });
  it('never goes faster than speed, and follows the yaw, not the stick size', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        angle,
        (x, y, yaw) => {
          const s = walkStep(x, y, yaw, 1.4, 1);
          expect(Math.hypot(s.x, s.z)).toBeLessThanOrEqual(1.4 + 1e-9);
        },
      ),
    );
  });
});

describe('snap turn about the head', () => {
  it('keeps the head where it was and turns by the angle', () => {
    fc.assert(
      fc.property(coord, coord, coord, coord, angle, angle, (ox, oz, hx, hz, yaw, turn) => {
        // The head sits at a fixed offset in the origin's frame; after the turn it must land on itself.
        const local = rotateAbout({ x: hx - ox, z: hz - oz }, { x: 0, z: 0 }, -yaw);
        const turned = snapTurnAboutHead({ x: ox, z: oz }, yaw, { x: hx, z: hz }, turn);
        const head = rotateAbout(local, { x: 0, z: 0 }, turned.yaw);
        expect(turned.origin.x + head.x).toBeCloseTo(hx, 6);
        expect(turned.origin.z + head.z).toBeCloseTo(hz, 6);
        expect(turned.yaw - yaw).toBeCloseTo(turn, 9);
      }),
    );
  });
  it('turns right (clockwise from above) for a negative angle, matching the heading', () => {
    expect(headingOfYaw(yawOfHeading(0) - Math.PI / 4)).toBeCloseTo(45, 9);
  });
  it('fires once per push of the stick', () => {
    const latch = { armed: true };
    expect(snapTurnInput(latch, 0.9)).toBe(1);
    expect(snapTurnInput(latch, 0.95)).toBe(0);
    expect(snapTurnInput(latch, 0.1)).toBe(0);
    expect(snapTurnInput(latch, -0.8)).toBe(-1);
    expect(snapTurnInput(latch, 0.5)).toBe(0);
  });
});

describe('small helpers', () => {
  it('dead zone reads 0 inside and ±1 at full travel', () => {
    expect(applyDeadzone(0.1, 0.15)).toBe(0);
    expect(applyDeadzone(1, 0.15)).toBe(1);
    expect(applyDeadzone(-1, 0.15)).toBe(-1);
    expect(applyDeadzone(Number.NaN, 0.15)).toBe(0);
  });
  it('slope check accepts 35° and refuses walls', () => {
    expect(isLevelEnough(1, 35)).toBe(true);
    expect(isLevelEnough(Math.cos((35 * Math.PI) / 180), 35)).toBe(true);
    expect(isLevelEnough(Math.cos((40 * Math.PI) / 180), 35)).toBe(false);
    expect(isLevelEnough(-1, 35)).toBe(true);
    expect(isLevelEnough(0, 35)).toBe(false);
  });
  it('yaw and forward direction agree', () => {
    fc.assert(
      fc.property(angle, (yaw) => {
        const f = forwardOf(yaw);
        expect(wrapAngle(yawOf(f.x, f.z) - yaw)).toBeCloseTo(0, 6);
      }),
    );
  });
  it('wraps angles into (-π, π] and clamps pitch', () => {
    expect(wrapAngle(3 * Math.PI)).toBeCloseTo(Math.PI, 9);
    expect(wrapAngle(-Math.PI / 2)).toBeCloseTo(-Math.PI / 2, 9);
    expect(clampPitch(3)).toBeCloseTo((85 * Math.PI) / 180, 9);
  });
  it('vignette grows with speed up to its maximum', () => {
    expect(vignetteFor(0, 1.4)).toBe(0);
    expect(vignetteFor(0.7, 1.4)).toBeCloseTo(0.3, 9);
    expect(vignetteFor(10, 1.4)).toBe(0.6);
  });
});
