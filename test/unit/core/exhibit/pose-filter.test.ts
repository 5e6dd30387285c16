import { describe, expect, it } from 'vitest';
import {
  POSE_FILTER_DEFAULTS,
  createSmoothPose,
  expandPoseFilterOptions,
  followPose,
} from '../../../../src/core/exhibit/pose-filter.ts';
import { createRandom } from '../../../../src/core/random.ts';

const identity = [0, 0, 0, 1];
const yaw = (deg: number) => {
  const half = (deg * Math.PI) / 360;
  return [0, Math.sin(half), 0, Math.cos(half)];
};
const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

describe('followPose', () => {
  it('takes the first pose as it is', () => {
    const pose = createSmoothPose();
    followPose(pose, [3, 1.6, -4], yaw(90), 0.016, POSE_FILTER_DEFAULTS);
    expect(pose.position).toEqual([3, 1.6, -4]);
    expect(pose.orientation[1]).toBeCloseTo(Math.SQRT1_2);
  });

  it('converges on a pose that stands, at any frame rate', () => {
    for (const fps of [30, 72, 144]) {
      const pose = createSmoothPose();
      followPose(pose, [0, 1.6, 0], identity, 0, POSE_FILTER_DEFAULTS);
      for (let i = 0; i < fps * 2; i++)
        followPose(pose, [1, 1.6, 2], yaw(120), 1 / fps, POSE_FILTER_DEFAULTS);
      expect(pose.position[0]).toBeCloseTo(1, 2);
      expect(pose.position[2]).toBeCloseTo(2, 2);
      expect(pose.orientation[1]).toBeCloseTo(yaw(120)[1]!, 2);
    }
  });

  it('halves the gap after tau·ln2 seconds, whatever the frame rate', () => {
    const afterHalfLife = (fps: number) => {
      const pose = createSmoothPose();
      followPose(pose, [0, 0, 0], identity, 0, POSE_FILTER_DEFAULTS);
      const frames = Math.round(POSE_FILTER_DEFAULTS.tauSeconds * Math.LN2 * fps);
      for (let i = 0; i < frames; i++) followPose(pose, [2, 0, 0], identity, 1 / fps, POSE_FILTER_DEFAULTS);
      return pose.position[0];
    };
    expect(afterHalfLife(60)).toBeCloseTo(1, 1);
    expect(afterHalfLife(120)).toBeCloseTo(afterHalfLife(60), 1);
  });

  it('does not shake: a head trembling by 2 cm and 2° moves the view by a fraction of that', () => {
    const random = createRandom(7);
    const pose = createSmoothPose();
    const xs: number[] = [];
    const turns: number[] = [];
    for (let i = 0; i < 600; i++) {
      // 20 Hz messages with tremor, drawn at 60 frames a second.
      const jitter = (random.next() - 0.5) * 0.04;
      const turn = (random.next() - 0.5) * 4;
      for (let f = 0; f < 3; f++) {
        followPose(pose, [jitter, 1.6, 0], yaw(turn), 1 / 60, POSE_FILTER_DEFAULTS);
        if (i > 100) {
          xs.push(pose.position[0]);
          turns.push((Math.asin(pose.orientation[1]) * 360) / Math.PI);
        }
      }
    }
    expect(spread(xs)).toBeLessThan(0.04 * 0.5);
    expect(spread(turns)).toBeLessThan(4 * 0.5);
  });

  it('turns the short way round (q and -q are the same turn)', () => {
    const pose = createSmoothPose();
    followPose(pose, [0, 0, 0], yaw(170), 0, POSE_FILTER_DEFAULTS);
    const minus = yaw(-170).map((v) => -v);
    followPose(pose, [0, 0, 0], minus, 1 / 60, POSE_FILTER_DEFAULTS);
    // -yaw(-170) is yaw(190): 20° on, not 340° back.
    expect(pose.orientation[3]).toBeLessThan(0.2);
    expect(Math.hypot(...pose.orientation)).toBeCloseTo(1, 6);
  });

  it('cuts to a teleport rather than gliding through the town', () => {
    const pose = createSmoothPose();
    followPose(pose, [0, 1.6, 0], identity, 0, POSE_FILTER_DEFAULTS);
    followPose(pose, [50, 1.6, 0], identity, 1 / 60, POSE_FILTER_DEFAULTS);
    expect(pose.position[0]).toBe(50);
  });

  it('checks its options', () => {
    expect(() => expandPoseFilterOptions({ tauSeconds: 0 })).toThrow(/tauSeconds/);
    expect(() => expandPoseFilterOptions({ snapMetres: -1 })).toThrow(/snapMetres/);
    expect(expandPoseFilterOptions({ tauSeconds: 1 }).snapMetres).toBe(4);
  });
});
