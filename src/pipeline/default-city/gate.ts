import { addFlatPolygon, addConvexFace, toGltf, type MeshLayer, type Rgb } from '../mesh/mesh.ts';
import { midpoint, pointInRing, rectCorners, type OrientedRect, type Vec2 } from '../mesh/polygon.ts';
import { addRoofPlanes } from '../mesh/roofs.ts';
import { addRingWalls } from '../mesh/solids.ts';

/** The passage through a gate: a straight, level lane along `angle` through `center`. */
export interface GatePassage {
  center: Vec2;
  /** Direction of the lane from east, counter-clockwise, radians (pointing out of the town). */
  angle: number;
  /** Half the lane's length through the footprint, metres. */
  halfLength: number;
  /** Clear width between the piers, metres. */
  width: number;
  /** Clear height under the vault, metres above the ground. */
  height: number;
  /** Where the axis came from: an OSM way through the footprint, or the road direction. */
  from: 'osm' | 'road';
}

/** Options for findGatePassage. */
export interface GatePassageOptions {
  width: number;
  height: number;
}

/** Defaults for findGatePassage: about the opening of the real Brick Gothic gates. */
export const GATE_PASSAGE_DEFAULTS: GatePassageOptions = { width: 4, height: 4.6 };

/**
 * The passage of a gate footprint: along an OSM way that crosses it (a `tunnel=building_passage`
 * way whose midpoint lies inside), else along the rectangle's length axis (already turned to the
 * road), through the footprint's middle. `outward` orients the lane away from the town.
 */
export function findGatePassage(
  ring: readonly Vec2[],
  rect: OrientedRect,
  ways: readonly (readonly Vec2[])[],
  outward: number,
  opts: Partial<GatePassageOptions> = {},
): GatePassage {
  const o = { ...GATE_PASSAGE_DEFAULTS, ...opts };
  let origin = rect.center;
  let angle = rect.angle;
  let from: GatePassage['from'] = 'road';
  for (const line of ways) {
    const a = line[0];
    const b = line[line.length - 1];
    if (!a || !b || line.length < 2) continue;
    const mid = midpoint(a, b);
    if (!pointInRing(mid, ring) || Math.hypot(b[0] - a[0], b[1] - a[1]) < 1) continue;
    origin = mid;
    angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
    from = 'osm';
    break;
  }
  if (Math.cos(angle - outward) < 0) angle += Math.PI;
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  // Centre the lane on the footprint's extent along the axis.
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of ring) {
    const t = (p[0] - origin[0]) * ux + (p[1] - origin[1]) * uy;
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
  }
  const shift = (lo + hi) / 2;
  return {
    center: [origin[0] + ux * shift, origin[1] + uy * shift],
    angle,
    halfLength: (hi - lo) / 2,
    width: o.width,
    height: o.height,
    from,
  };
}

/** The part of a ring on the side `(p - at) . normal >= 0` (Sutherland-Hodgman, one plane). */
export function clipRing(ring: readonly Vec2[], at: Vec2, normal: Vec2): Vec2[] {
  const side = (p: Vec2): number => (p[0] - at[0]) * normal[0] + (p[1] - at[1]) * normal[1];
  const out: Vec2[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Vec2;
    const b = ring[(i + 1) % ring.length] as Vec2;
    const sa = side(a);
    const sb = side(b);
    if (sa >= 0) out.push(a);
    if (sa >= 0 !== sb >= 0) {
      const t = sa / (sa - sb);
      out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
    }
  }
  return out;
}

/** Colours of a gate body. */
export interface GateColours {
  wall: Rgb;
  inner: Rgb;
}

/**
 * Adds a gate's masonry on its footprint with the passage left open: two piers beside the lane up
 * to the vault, a flat vault over it, and the full footprint from there to `eave` (flat top).
 */
export function addGateBody(
  layer: MeshLayer,
  ring: readonly Vec2[],
  passage: GatePassage,
  eave: number,
  colours: GateColours,
  fid = 0,
): void {
  const nx = -Math.sin(passage.angle);
  const ny = Math.cos(passage.angle);
  const half = passage.width / 2;
  const c = passage.center;
  const left = clipRing(ring, [c[0] + nx * half, c[1] + ny * half], [nx, ny]);
  const right = clipRing(ring, [c[0] - nx * half, c[1] - ny * half], [-nx, -ny]);
  const top = passage.height;
  for (const pier of [left, right])
    if (pier.length >= 3) addRingWalls(layer, pier, -0.3, top, colours.wall, fid);
  const lane = clipRing(
    clipRing(ring, [c[0] + nx * half, c[1] + ny * half], [-nx, -ny]),
    [c[0] - nx * half, c[1] - ny * half],
    [nx, ny],
  );
  if (lane.length >= 3) addFlatPolygon(layer, lane, [], top, colours.inner, fid, true);
  addRingWalls(layer, ring, top, eave, colours.wall, fid);
  addFlatPolygon(layer, ring, [], eave, colours.inner, fid);
}

/** The lane of a passage extended by `extra` metres at both ends, as a two-point centre line. */
export function passageLine(p: GatePassage, extra: number): [Vec2, Vec2] {
  const ux = Math.cos(p.angle);
  const uy = Math.sin(p.angle);
  const l = p.halfLength + extra;
  return [
    [p.center[0] - ux * l, p.center[1] - uy * l],
    [p.center[0] + ux * l, p.center[1] + uy * l],
  ];
}

/** Adds a gabled roof over a rectangle from `eave` to `ridge`: the two gable triangles and the planes. */
export function addGableRoof(
  layer: MeshLayer,
  rect: OrientedRect,
  eave: number,
  ridge: number,
  colours: { wall: Rgb; roof: Rgb },
  fid = 0,
): void {
  const [c0, c1, c2, c3] = rectCorners(rect) as [Vec2, Vec2, Vec2, Vec2];
  const ux = Math.cos(rect.angle);
  const uy = Math.sin(rect.angle);
  addConvexFace(
    layer,
    [toGltf(c1, eave), toGltf(c2, eave), toGltf(midpoint(c1, c2), ridge)],
    [ux, 0, -uy],
    colours.wall,
    fid,
  );
  addConvexFace(
    layer,
    [toGltf(c3, eave), toGltf(c0, eave), toGltf(midpoint(c3, c0), ridge)],
    [-ux, 0, uy],
    colours.wall,
    fid,
  );
  addRoofPlanes(layer, rect, eave, ridge, 0.2, colours.roof, fid);
}
