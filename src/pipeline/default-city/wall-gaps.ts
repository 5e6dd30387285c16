import { distanceToSegment, pointInRing, type Vec2 } from '../mesh/polygon.ts';

/** A piece of wall closing the gap between the ends of two wall ways. */
export interface WallGap {
  /** Index of the way whose end the filler continues (it takes that way's feature). */
  way: number;
  line: [Vec2, Vec2];
}

/**
 * The gaps between wall ways' ends shorter than `maxGap` metres (OSM splits the wall where a
 * Wiekhaus or a tower stood), skipping ends that touch one of `keepOpen` (the gate footprints)
 * and gaps a road runs through (`roads`, e.g. the way between an inner and an outer gate).
 */
export function findWallGaps(
  lines: readonly (readonly Vec2[])[],
  maxGap: number,
  keepOpen: readonly (readonly Vec2[])[] = [],
  roads: readonly (readonly Vec2[])[] = [],
): WallGap[] {
  const near = (p: Vec2, ring: readonly Vec2[]): boolean => {
    if (pointInRing(p, ring)) return true;
    return ring.some((a, i) => distanceToSegment(p, a, ring[(i + 1) % ring.length] as Vec2) < 1);
  };
  const ends: { way: number; p: Vec2 }[] = [];
  lines.forEach((line, way) => {
    for (const p of [line[0], line[line.length - 1]]) {
      if (p && !keepOpen.some((r) => near(p, r))) ends.push({ way, p });
    }
  });
  const used = new Set<number>();
  const out: WallGap[] = [];
  ends.forEach((e, i) => {
    if (used.has(i)) return;
    let best = -1;
    let bestD = maxGap;
    ends.forEach((f, j) => {
      if (j === i || used.has(j) || f.way === e.way) return;
      const d = Math.hypot(f.p[0] - e.p[0], f.p[1] - e.p[1]);
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    });
    const other = ends[best];
    if (!other || bestD < 0.05) return;
    // An end already lying on another way (a T-junction) needs no filler.
    if (
      lines.some(
        (l, k) =>
          k !== e.way &&
          l.some((a, m) => m + 1 < l.length && distanceToSegment(e.p, a, l[m + 1] as Vec2) < 0.3),
      )
    )
      return;
    if (
      roads.some((r) =>
        r.some((a, m) => m + 1 < r.length && segmentsCross(e.p, other.p, a, r[m + 1] as Vec2)),
      )
    )
      return;
    used.add(i).add(best);
    out.push({ way: e.way, line: [e.p, other.p] });
  });
  return out;
}

function segmentsCross(a: Vec2, b: Vec2, c: Vec2, d: Vec2): boolean {
  const side = (p: Vec2, q: Vec2, r: Vec2): number =>
    (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}
