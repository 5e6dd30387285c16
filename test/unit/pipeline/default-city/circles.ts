import type { Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import { createRadialRing, type RadialRing } from '../../../../src/pipeline/default-city/ring.ts';

/** A radial ring that is a circle of radius `r` around `center`. */
export function circleRing(r: number, center: Vec2 = [0, 0]): RadialRing {
  const points = Array.from({ length: 360 }, (_, i): Vec2 => {
    const a = (i / 360) * 2 * Math.PI;
    return [center[0] + r * Math.cos(a), center[1] + r * Math.sin(a)];
  });
  return createRadialRing(points, center);
}
