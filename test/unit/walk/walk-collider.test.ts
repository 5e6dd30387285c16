import { BoxGeometry, Mesh, PlaneGeometry, Ray, Vector3 } from 'three';
import { afterAll, describe, expect, it } from 'vitest';
import { createWalkCollider } from '../../../src/walk/walk-collider.ts';
import { moveBody, settleBody, type Body } from '../../../src/walk/walk-mover.ts';

// A street (y = 0), a paved kerb 0.2 m up, a 0.6 m plinth, a 0.25 m step and a building block: all in memory.
const street = new Mesh(new PlaneGeometry(100, 100).rotateX(-Math.PI / 2));
const kerb = new Mesh(new PlaneGeometry(4, 4).rotateX(-Math.PI / 2).translate(10, 0.2, 0));
const plinth = new Mesh(new BoxGeometry(4, 0.6, 4).translate(-10, 0.3, 0));
const step = new Mesh(new BoxGeometry(4, 0.25, 4).translate(0, 0.125, 10));
const block = new Mesh(new BoxGeometry(4, 6, 4).translate(0, 3, -10));
const collider = createWalkCollider([street, kerb], [plinth, step, block]);
afterAll(() => collider.dispose());

const body = (x: number, y: number, z: number): Body => ({ feet: new Vector3(x, y, z), grounded: true });

describe('walk collider', () => {
  it('counts the triangles it holds', () => {
    expect(collider.triangles).toEqual({ walkable: 4, solid: 36 });
  });

  it('stops the capsule at a wall, whatever the frame step', () => {
    for (const step of [0.02, 0.3, 5]) {
      const b = body(0, 0, 0);
      for (let i = 0; i < Math.ceil(12 / step); i++) moveBody(collider, b, 0, -step);
      // The block's south face is at z = -8; the capsule's radius is 0.25 m.
      expect(b.feet.z).toBeCloseTo(-8 + 0.25, 2);
    }
  });

  it('slides along a wall when walking at it obliquely', () => {
    const b = body(-1, 0, -7.5);
    moveBody(collider, b, 1, -1);
    expect(b.feet.z).toBeCloseTo(-7.75, 2);
    expect(b.feet.x).toBeGreaterThan(-0.1);
  });

  it('climbs a 0.2 m kerb and a 0.25 m step, but not a 0.6 m plinth', () => {
    const up = body(6, 0, 0);
    moveBody(collider, up, 3, 0);
    expect(up.feet.y).toBeCloseTo(0.2, 5);
    expect(up.feet.x).toBeCloseTo(9, 5);
    const onStep = body(0, 0, 6);
    moveBody(collider, onStep, 0, 3);
    expect(onStep.feet.y).toBeCloseTo(0.25, 5);
    const blocked = body(-6, 0, 0);
    moveBody(collider, blocked, -3, 0);
    expect(blocked.feet.y).toBe(0);
    expect(blocked.feet.x).toBeCloseTo(-8 + 0.25, 2);
  });

  it('does not walk off the edge of the ground', () => {
    const b = body(49, 0, 0);
    moveBody(collider, b, 5, 0);
    expect(b.feet.x).toBeLessThanOrEqual(50);
    expect(b.feet.x).toBeGreaterThan(49.8);
  });

  it('settles onto the ground below, or onto a roof, and floats where there is none', () => {
    const b = body(0, 1.5, 0);
    settleBody(collider, b);
    expect(b.feet.y).toBe(0);
    const roof = body(0, 6.5, -10);
    settleBody(collider, roof);
    expect(roof.feet.y).toBeCloseTo(6, 5);
    const air = body(0, 30, 0);
    settleBody(collider, air);
    expect(air.grounded).toBe(false);
  });

  it('tells walkable ground from a roof or a wall along a ray', () => {
    const down = new Vector3(0, -1, 0);
    expect(collider.raycast(new Ray(new Vector3(5, 10, 5), down), 100)?.walkable).toBe(true);
    const roof = collider.raycast(new Ray(new Vector3(0, 10, -10), down), 100);
    expect(roof?.walkable).toBe(false);
    expect(roof?.point.y).toBeCloseTo(6, 5);
    const wall = collider.raycast(new Ray(new Vector3(0, 1, 0), new Vector3(0, 0, -1)), 100);
    expect(wall?.walkable).toBe(false);
    expect(wall?.distance).toBeCloseTo(8, 5);
    expect(collider.fits(new Vector3(0, 0, -8.1))).toBe(false);
    expect(collider.fits(new Vector3(0, 0, -7.7))).toBe(true);
  });
});
