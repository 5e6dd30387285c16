import { BufferAttribute, BufferGeometry } from 'three';
import type { Vec3 } from '../../core/utilities/segment-distance.ts';

/** Sides of a tube's cross-section: enough to read as round from a few metres. */
export const TUBE_SIDES = 10;

/** Triangles one segment of a tube takes. */
const TRIANGLES_PER_SEGMENT = TUBE_SIDES * 2;

/** Vertices one segment of a tube takes: a hit's vertex index over this is its segment (a BVH may reorder
 * the triangles, never the vertices). */
export const VERTICES_PER_SEGMENT = (TUBE_SIDES + 1) * 2;

/** A polyline to draw as a tube. */
export interface TubePath {
  points: readonly Vec3[];
  radius: number;
}

/**
 * One geometry for many polylines: an open cylinder per segment, each a radius longer at both ends so that
 * bends close. Returns also, per segment in drawing order, the index of the path it belongs to.
 */
export function buildTubes(paths: readonly TubePath[]): { geometry: BufferGeometry; pathOf: Uint32Array } {
  let segments = 0;
  for (const path of paths) segments += Math.max(0, path.points.length - 1);
  const ring = TUBE_SIDES + 1;
  const position = new Float32Array(segments * ring * 2 * 3);
  const normal = new Float32Array(segments * ring * 2 * 3);
  const index = new Uint32Array(segments * TRIANGLES_PER_SEGMENT * 3);
  const pathOf = new Uint32Array(segments);
  let s = 0;
  paths.forEach((path, p) => {
    for (let i = 0; i + 1 < path.points.length; i++, s++) {
      pathOf[s] = p;
      writeSegment(path.points[i]!, path.points[i + 1]!, path.radius, s, position, normal, index);
    }
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(position, 3));
  geometry.setAttribute('normal', new BufferAttribute(normal, 3));
  geometry.setIndex(new BufferAttribute(index, 1));
  geometry.computeBoundingSphere();
  geometry.computeBoundingBox();
  return { geometry, pathOf };
}

function writeSegment(
  a: Vec3,
  b: Vec3,
  r: number,
  s: number,
  position: Float32Array,
  normal: Float32Array,
  index: Uint32Array,
): void {
  let dx = b[0] - a[0];
  let dy = b[1] - a[1];
  let dz = b[2] - a[2];
  const length = Math.hypot(dx, dy, dz) || 1;
  dx /= length;
  dy /= length;
  dz /= length;
  // Two directions square to the axis: u across (horizontal where it can be), v = axis × u.
  let ux = -dz;
  let uy = 0;
  let uz = dx;
  const ul = Math.hypot(ux, uz);
  if (ul < 1e-6) [ux, uy, uz] = [1, 0, 0];
  else [ux, uz] = [ux / ul, uz / ul];
  const vx = dy * uz - dz * uy;
  const vy = dz * ux - dx * uz;
  const vz = dx * uy - dy * ux;
  const ring = TUBE_SIDES + 1;
  const base = s * ring * 2;
  for (let end = 0; end < 2; end++) {
    const c = end === 0 ? a : b;
    const push = end === 0 ? -r : r;
    for (let k = 0; k < ring; k++) {
      const angle = (k / TUBE_SIDES) * Math.PI * 2;
      const nx = ux * Math.cos(angle) + vx * Math.sin(angle);
      const ny = uy * Math.cos(angle) + vy * Math.sin(angle);
      const nz = uz * Math.cos(angle) + vz * Math.sin(angle);
      const o = (base + end * ring + k) * 3;
      position[o] = c[0] + dx * push + nx * r;
      position[o + 1] = c[1] + dy * push + ny * r;
      position[o + 2] = c[2] + dz * push + nz * r;
      normal[o] = nx;
      normal[o + 1] = ny;
      normal[o + 2] = nz;
    }
  }
  let t = s * TRIANGLES_PER_SEGMENT * 3;
  for (let k = 0; k < TUBE_SIDES; k++) {
    const i0 = base + k;
    const i1 = base + k + 1;
    const j0 = base + ring + k;
    const j1 = base + ring + k + 1;
    // Counter-clockwise seen from outside: the faces turned to the viewer are the outer ones.
    index.set([i0, i1, j0, i1, j1, j0], t);
    t += 6;
  }
}
