import { describe, expect, it } from 'vitest';
import {
  createTourPose,
  expandTourOptions,
  tourPose,
  type TourStop,
} from '../../../../src/core/exhibit/attract-tour.ts';

const STOPS: TourStop[] = [
  { position: [0, 2, 0], headingDeg: 0 },
  { position: [200, 2, 0], headingDeg: 90 },
];
const o = expandTourOptions({
  dwellSeconds: 10,
  glideSeconds: 5,
  back: 30,
  height: 20,
  ahead: 10,
  driftDeg: 0,
});

describe('the attract tour', () => {
  it('dwells above and behind each viewpoint, looking the viewpoint’s way', () => {
    const pose = createTourPose();
    expect(tourPose(STOPS, 2, o, pose)).toBe(true);
    expect(pose.stop).toBe(0);
    // Heading 0 looks north (-z): the target is 10 m north, the eye 40 m south of it and 20 m up.
    expect(pose.target).toEqual([0, 2, -10]);
    expect(pose.eye[0]).toBeCloseTo(0, 9);
    expect(pose.eye[1]).toBe(22);
    expect(pose.eye[2]).toBeCloseTo(30, 9);
  });

  it('glides smoothly to the next stop, and loops for ever', () => {
    const pose = createTourPose();
    tourPose(STOPS, 12.5, o, pose);
    expect(pose.stop).toBe(1);
    expect(pose.arrived).toBeCloseTo(0.5, 9);
    expect(pose.target[0]).toBeGreaterThan(0);
    expect(pose.target[0]).toBeLessThan(210);
    const later = createTourPose();
    tourPose(STOPS, 12.5 + 30 * 7, o, later);
    expect(later).toEqual(pose);
  });

  it('moves continuously: no jump between two frames anywhere in the loop', () => {
    const a = createTourPose();
    const b = createTourPose();
    const drifting = expandTourOptions({ dwellSeconds: 10, glideSeconds: 5 });
    for (let t = 0; t < 30; t += 0.05) {
      tourPose(STOPS, t, drifting, a);
      tourPose(STOPS, t + 0.05, drifting, b);
      expect(Math.hypot(a.eye[0] - b.eye[0], a.eye[1] - b.eye[1], a.eye[2] - b.eye[2])).toBeLessThan(6);
    }
  });

  it('has nothing to show without viewpoints, and refuses a zero dwell', () => {
    expect(tourPose([], 1, o, createTourPose())).toBe(false);
    expect(() => expandTourOptions({ dwellSeconds: 0 })).toThrow(/Requires dwell/);
  });
});
