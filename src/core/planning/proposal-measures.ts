import type { GroundXZ, Proposal } from './proposal.ts';
import { worldFootprint } from './proposal.ts';
import { insideRing } from '../geo/ring.ts';

/** An existing building's ground box in the model's frame. */
export interface NeighbourBox {
  id: string;
  minX: number;
  minZ: number;
  maxX: number;
  maxZ: number;
}

/** What the planner reads off a proposal. */
export interface ProposalMeasures {
  /** Eaves height (walls) and ridge height (top of the roof), metres above its ground. */
  eavesHeight: number;
  height: number;
  storeys: number;
  footprintArea: number;
  /** Gross floor area: footprint times storeys (the roof storey not counted). */
  grossFloorArea: number;
  /** Nearest neighbours by clear distance (0: touching or overlapping), closest first, at most three. */
  nearest: { id: string; distance: number }[];
  /** Buildings whose ground box the footprint overlaps. */
  overlaps: string[];
}

/** Area of a polygon (shoelace), whichever way it winds. */
export function polygonArea(points: readonly GroundXZ[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum) / 2;
}

/** The height of the roof above the eaves for a footprint's shorter side. */
export function roofRise(p: Proposal): number {
  if (p.roof === 'flat') return 0;
  const span = shortSide(p.footprint) / 2;
  const pitch = (Math.min(60, Math.max(5, p.roofPitchDeg)) * Math.PI) / 180;
  // A mansard rises steeply for its lower part and flatly above: about as high as a 45° roof over the span.
  return p.roof === 'mansard' ? span : span * Math.tan(pitch);
}

function shortSide(footprint: readonly GroundXZ[]): number {
  const xs = footprint.map((q) => q[0]);
  const zs = footprint.map((q) => q[1]);
  return Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...zs) - Math.min(...zs));
}

const boxCorners = (box: NeighbourBox): GroundXZ[] => [
  [box.minX, box.minZ],
  [box.maxX, box.minZ],
  [box.maxX, box.maxZ],
  [box.minX, box.maxZ],
];

function pointBoxDistance(x: number, z: number, box: NeighbourBox): number {
  return Math.hypot(Math.max(box.minX - x, 0, x - box.maxX), Math.max(box.minZ - z, 0, z - box.maxZ));
}

function pointSegmentDistance(x: number, z: number, a: GroundXZ, b: GroundXZ): number {
  const dx = b[0] - a[0];
  const dz = b[1] - a[1];
  const length2 = dx * dx + dz * dz;
  const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, ((x - a[0]) * dx + (z - a[1]) * dz) / length2));
  return Math.hypot(x - a[0] - t * dx, z - a[1] - t * dz);
}

/** Does the segment cross the box (Liang-Barsky clipping leaves a piece of it)? */
function segmentHitsBox(a: GroundXZ, b: GroundXZ, box: NeighbourBox): boolean {
  let t0 = 0;
  let t1 = 1;
  const d = [b[0] - a[0], b[1] - a[1]];
  const edges: [number, number][] = [
    [-d[0]!, a[0] - box.minX],
    [d[0]!, box.maxX - a[0]],
    [-d[1]!, a[1] - box.minZ],
    [d[1]!, box.maxZ - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** The clear distance between a segment and a box: 0 where they meet, else the nearest of their corners. */
function segmentBoxDistance(a: GroundXZ, b: GroundXZ, box: NeighbourBox): number {
  if (segmentHitsBox(a, b, box)) return 0;
  const corners = boxCorners(box);
  return Math.min(
    pointBoxDistance(a[0], a[1], box),
    pointBoxDistance(b[0], b[1], box),
    ...corners.map(([x, z]) => pointSegmentDistance(x, z, a, b)),
  );
}

/** Does the footprint overlap a box: a corner of one inside the other, or an edge through the box? */
function overlapsBox(polygon: readonly GroundXZ[], box: NeighbourBox): boolean {
  const corners = boxCorners(box);
  if (corners.some(([x, z]) => insideRing(x, z, polygon))) return true;
  return polygon.some((a, i) => segmentBoxDistance(a, polygon[(i + 1) % polygon.length]!, box) === 0);
}

/** Heights, floor area, nearest neighbours and overlaps of a proposal among the city's buildings. */
export function measureProposal(p: Proposal, neighbours: readonly NeighbourBox[]): ProposalMeasures {
  const eavesHeight = p.storeys * p.storeyHeight;
  const footprintArea = polygonArea(p.footprint);
  const polygon = worldFootprint(p);
  const distances = neighbours.map((box) => {
    const overlap = overlapsBox(polygon, box);
    const distance = overlap
      ? 0
      : Math.min(...polygon.map((a, i) => segmentBoxDistance(a, polygon[(i + 1) % polygon.length]!, box)));
    return { id: box.id, distance, overlap };
  });
  distances.sort((a, b) => a.distance - b.distance);
  return {
    eavesHeight,
    height: eavesHeight + roofRise(p),
    storeys: p.storeys,
    footprintArea,
    grossFloorArea: footprintArea * p.storeys,
    nearest: distances.slice(0, 3).map(({ id, distance }) => ({ id, distance })),
    overlaps: distances.filter((d) => d.overlap).map((d) => d.id),
  };
}
