import type { FootprintPolygon, GroundPoint } from '../geo/footprint-raster.ts';

/** When a face of a building counts towards its outline seen from above. */
export interface OutlineOptions {
  /** Faces whose normal leans less than this out of the horizontal (|n.y|, 0..1) are walls: seen edge-on. */
  minUpright: number;
  /** Pieces smaller than this on the ground, square metres, are left out (slivers of walls). */
  minArea: number;
}

/** Walls are faces within 3° of vertical; a piece must cover at least 1 cm². */
export const OUTLINE_DEFAULTS: OutlineOptions = { minUpright: 0.05, minArea: 1e-4 };

/**
 * The ground a building stands over, as pieces: every face of it that is not a wall (roofs, flat tops, eaves,
 * floors), projected onto the ground, counter-clockwise [east, north]. Together they cover exactly what the
 * building covers seen from above (eaves included, as foundations reach past the wall too), an L-shaped
 * house's inner corner and a courtyard left open. `corners` holds 9 numbers per triangle: x, y, z (scene
 * metres, x east, y up, z south) of its three corners. Each piece carries `index`, the building's.
 */
export function outlinePieces(
  index: number,
  corners: ArrayLike<number>,
  options: OutlineOptions = OUTLINE_DEFAULTS,
): FootprintPolygon[] {
  if (!(options.minUpright >= 0 && options.minUpright < 1) || !(options.minArea >= 0))
    throw new Error(`outlinePieces: Requires minUpright in [0, 1) and minArea >= 0`);
  const pieces: FootprintPolygon[] = [];
  for (let t = 0; t + 8 < corners.length; t += 9) {
    const at = (k: number): number => corners[t + k]!;
    // Ground points [east, north] of the three corners, and the face's normal from its edges.
    const a: GroundPoint = [at(0), -at(2)];
    const b: GroundPoint = [at(3), -at(5)];
    const c: GroundPoint = [at(6), -at(8)];
    const u = [at(3) - at(0), at(4) - at(1), at(5) - at(2)] as const;
    const v = [at(6) - at(0), at(7) - at(1), at(8) - at(2)] as const;
    const normal = Math.hypot(
      u[1] * v[2] - u[2] * v[1],
      u[2] * v[0] - u[0] * v[2],
      u[0] * v[1] - u[1] * v[0],
    );
    // Twice the area on the ground, signed (counter-clockwise positive); the normal's length is twice the face's.
    const signed = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    const ground = Math.abs(signed);
    if (normal === 0 || ground < options.minUpright * normal || ground / 2 < options.minArea) continue;
    pieces.push({ index, rings: [signed > 0 ? [a, b, c] : [a, c, b]] });
  }
  return pieces;
}
