import { PerspectiveCamera, PlaneGeometry } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { describe, expect, it } from 'vitest';
import { LOCOMOTION_DEFAULTS } from '../../../src/core/walk/locomotion.ts';
import { createBvhCollider, type BvhPair } from '../../../src/walk/bvh-collider.ts';
import { stepDesktop } from '../../../src/walk/desktop-step.ts';
import { createWalkInput } from '../../../src/walk/walk-input.ts';
import { createWalkRig, placeEye } from '../../../src/walk/walk-rig.ts';

// A streamed city's ground comes tile by tile: a viewpoint jumped to before its tile has come stands on the
// ground once it is there, without a step of the visitor's; a view put in the air on purpose stays there.
const EYE = LOCOMOTION_DEFAULTS.eyeHeight;

function streamedCity() {
  const pieces: BvhPair[] = [];
  const collider = createBvhCollider(
    () => pieces,
    LOCOMOTION_DEFAULTS,
    () => ({ solid: 0, walkable: 0 }),
    () => undefined,
  );
  /** The tile under the viewpoint arrives: level ground at `y`. */
  const groundArrives = (y: number): void => {
    pieces.push({
      ground: new MeshBVH(new PlaneGeometry(50, 50).rotateX(-Math.PI / 2).translate(0, y, 0)),
      walls: null,
    });
  };
  return { collider, groundArrives };
}

const frame = (
  rig: ReturnType<typeof createWalkRig>,
  city: ReturnType<typeof streamedCity>,
  camera = new PerspectiveCamera(),
) => stepDesktop(rig, city.collider, createWalkInput(), camera, { width: 800, height: 600 }, 1.4, 1 / 60);

describe('a viewpoint whose ground comes later', () => {
  it('drops onto the ground when its tile arrives, with no step taken', () => {
    const city = streamedCity();
    const rig = createWalkRig(EYE);
    placeEye(rig, city.collider, [0, EYE, 0], 0);
    expect(rig.body.grounded).toBe(false);
    frame(rig, city);
    expect(rig.body.grounded).toBe(false);
    // The tile's ground lies 0.5 m lower than the viewpoint's eye height assumed.
    city.groundArrives(-0.5);
    const camera = new PerspectiveCamera();
    frame(rig, city, camera);
    expect(rig.body.grounded).toBe(true);
    expect(rig.body.feet.y).toBeCloseTo(-0.5, 5);
    expect(camera.position.y).toBeCloseTo(-0.5 + EYE, 5);
    expect(rig.settling).toBe(false);
  });

  it('keeps a view put in the air afloat, ground or not', () => {
    const city = streamedCity();
    city.groundArrives(0);
    const rig = createWalkRig(EYE);
    placeEye(rig, city.collider, [0, EYE + 1, 0], 0, 0, false);
    frame(rig, city);
    frame(rig, city);
    expect(rig.body.grounded).toBe(false);
    expect(rig.body.feet.y).toBeCloseTo(1, 5);
  });
});
