// Pinnacles (Fialen): the slender pointed turrets that crown the steps of a Brick Gothic gable.
import type { MeshLayer, Rgb } from './mesh.ts';
import { rectCorners, type OrientedRect, type Vec2 } from './polygon.ts';
import { addPyramid } from './roofs.ts';
import { addBox } from './solids.ts';

/** Options of a pinnacled stepped gable. */
export interface PinnacleOptions {
  /** Side of a pinnacle's square shaft, metres. */
  side: number;
  /** Height of the shaft above the step it stands on. */
  shaft: number;
  /** Height of the pointed cap on the shaft. */
  cap: number;
}

/** Defaults: about the Fialen of the Treptower and Stargarder Tor, seen from the street. */
export const PINNACLE_DEFAULTS: PinnacleOptions = { side: 0.6, shaft: 1.6, cap: 1.4 };

/**
 * Adds a pinnacle on both ends of each step but the top one of a stepped gable (as `addSteppedGable` lays its steps: `steps`
 * slabs across the gable end at `center`, narrowing from `width` at `eave` to the top at `ridge`), and a
 * taller one in the middle of the top step: the outline that tells a Brick Gothic gate from a plain house.
 */
export function addGablePinnacles(
  layer: MeshLayer,
  center: Vec2,
  angle: number,
  width: number,
  eave: number,
  ridge: number,
  color: Rgb,
  fid = 0,
  steps = 5,
  options: Partial<PinnacleOptions> = {},
): void {
  const o = { ...PINNACLE_DEFAULTS, ...options };
  if (!(o.side > 0 && o.shaft > 0 && o.cap > 0 && steps >= 1))
    throw new Error(
      `addGablePinnacles: Requires positive sizes and steps, not ${JSON.stringify(o)}, ${steps}`,
    );
  // Across the gable: the steps' long axis, as in addSteppedGable.
  const ax = Math.cos(angle + Math.PI / 2);
  const ay = Math.sin(angle + Math.PI / 2);
  const pinnacle = (along: number, base: number, cap: number): void => {
    const foot: OrientedRect = {
      center: [center[0] + ax * along, center[1] + ay * along],
      angle,
      halfLength: o.side / 2,
      halfWidth: o.side / 2,
    };
    addBox(layer, foot, base, base + o.shaft, color, color, fid);
    addPyramid(layer, rectCorners(foot), base + o.shaft, base + o.shaft + cap, color, fid);
  };
  for (let i = 0; i < steps; i++) {
    const top = eave + ((ridge - eave) * (i + 1)) / steps + 0.9;
    // The top step is too narrow for two: it carries one, taller, in its middle.
    if (i === steps - 1) {
      pinnacle(0, top, o.cap * 1.6);
      break;
    }
    // On the step's corner, a little proud of it: the set-back to the next step stays open against the sky.
    const half = (width / 2) * (1 - i / steps) + 0.3;
    pinnacle(-half, top, o.cap);
    pinnacle(half, top, o.cap);
  }
}
