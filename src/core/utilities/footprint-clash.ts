import Flatbush from 'flatbush';
import type { FootprintPolygon, GroundPoint } from '../geo/footprint-raster.ts';
import { closestSegments, type Closest } from './segment-distance.ts';
import { insideRings } from '../geo/ring.ts';

/** How a segment on the ground plane meets a footprint: the part inside it, and how near it comes. */
export interface FootprintMeeting {
  /** Where along the segment (0..1) the middle of its first stretch inside lies; null if never inside. */
  insideAt: number | null;
  /** Smallest distance from the segment to the outline, metres (0 where it crosses). */
  distance: number;
  /** Where along the segment that distance is reached. */
  nearestAt: number;
}

const closest: Closest = { s: 0, t: 0, distanceSq: 0 };

/** Meet the segment a-b ([east, north]) with a footprint's rings. */
export function meetFootprint(
  a: GroundPoint,
  b: GroundPoint,
  rings: readonly (readonly GroundPoint[])[],
): FootprintMeeting {
  const cuts = [0, 1];
  let distanceSq = Infinity;
  let nearestAt = 0;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const p = ring[j]!;
      const q = ring[i]!;
      closestSegments(a[0], 0, a[1], b[0], 0, b[1], p[0], 0, p[1], q[0], 0, q[1], closest);
      if (closest.distanceSq < distanceSq) {
        distanceSq = closest.distanceSq;
        nearestAt = closest.s;
      }
      if (closest.distanceSq < 1e-18) cuts.push(closest.s);
    }
  cuts.sort((x, y) => x - y);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const mid = (cuts[i]! + cuts[i + 1]!) / 2;
    if (cuts[i + 1]! - cuts[i]! < 1e-9) continue;
    if (insideRings(a[0] + (b[0] - a[0]) * mid, a[1] + (b[1] - a[1]) * mid, rings))
      return { insideAt: mid, distance: 0, nearestAt: mid };
  }
  return { insideAt: null, distance: Math.sqrt(distanceSq), nearestAt };
}

/** Building footprints with an R-tree over their extents, and each one's id. */
export interface FootprintIndex {
  readonly polygons: readonly FootprintPolygon[];
  readonly ids: readonly string[];
  /** Indices into `polygons` whose extent meets the box ([east, north]). */
  near(minE: number, minN: number, maxE: number, maxN: number): ArrayLike<number>;
}

/** Index footprints (their `index` names the building in `ids`). */
export function createFootprintIndex(
  polygons: readonly FootprintPolygon[],
  ids: readonly string[],
): FootprintIndex {
  if (polygons.length === 0) return { polygons, ids, near: () => [] };
  const tree = new Flatbush(polygons.length);
  for (const polygon of polygons) {
    let minE = Infinity;
    let minN = Infinity;
    let maxE = -Infinity;
    let maxN = -Infinity;
    for (const ring of polygon.rings)
      for (const [e, n] of ring) {
        minE = Math.min(minE, e);
        minN = Math.min(minN, n);
        maxE = Math.max(maxE, e);
        maxN = Math.max(maxN, n);
      }
    tree.add(minE, minN, maxE, maxN);
  }
  tree.finish();
  return { polygons, ids, near: (a, b, c, d) => tree.search(a, b, c, d) };
}
