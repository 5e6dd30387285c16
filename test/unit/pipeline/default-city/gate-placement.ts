import type { OrientedRect, Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import type { GatePlacement } from '../../../../src/pipeline/default-city/landmarks.ts';

/** A gate placed at `at` with its passage along `angle` (out of the town), for tests that need only its place. */
export function gateAt(name: string, at: Vec2, angle = 0, outer = false): GatePlacement {
  const rect: OrientedRect = { center: at, angle, halfLength: 6, halfWidth: 4 };
  const passage = { center: at, angle, halfLength: 6, width: 4, height: 4.6, from: 'road' as const };
  return { name, osmId: 1, rect, outer, height: 20, passage };
}
