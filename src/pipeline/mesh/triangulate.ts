import earcut from 'earcut';

/** A 3D point in any right-handed frame. */
export type Point3 = [number, number, number];

/** Newell normal of a ring (not normalised); zero for degenerate rings. */
export function newellNormal(ring: readonly Point3[]): Point3 {
  let nx = 0;
  let ny = 0;
  let nz = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Point3;
    const b = ring[(i + 1) % ring.length] as Point3;
    nx += (a[1] - b[1]) * (a[2] + b[2]);
    ny += (a[2] - b[2]) * (a[0] + b[0]);
    nz += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return [nx, ny, nz];
}

/**
 * Triangulates a planar polygon with holes in 3D (outer ring first) by projecting onto its plane and
 * running earcut. Returns indices into the concatenated rings, wound like the outer ring.
 */
export function triangulatePolygon3D(rings: readonly (readonly Point3[])[]): number[] {
  const outer = rings[0];
  if (!outer || outer.length < 3) return [];
  const n = newellNormal(outer);
  const len = Math.hypot(n[0], n[1], n[2]);
  if (len === 0) return [];
  const nz: Point3 = [n[0] / len, n[1] / len, n[2] / len];
  // A basis (u, v) in the plane with u x v = normal, so counter-clockwise stays counter-clockwise.
  const helper: Point3 = Math.abs(nz[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const u = normalise(cross(helper, nz));
  const v = cross(nz, u);
  const flat: number[] = [];
  const holes: number[] = [];
  let count = 0;
  rings.forEach((ring, i) => {
    if (i > 0) holes.push(count);
    for (const p of ring) {
      flat.push(p[0] * u[0] + p[1] * u[1] + p[2] * u[2], p[0] * v[0] + p[1] * v[1] + p[2] * v[2]);
      count++;
    }
  });
  const tris = earcut(flat, holes.length ? holes : undefined, 2);
  // earcut's output winding depends on input; make every triangle counter-clockwise in (u, v).
  for (let i = 0; i < tris.length; i += 3) {
    const a = tris[i] as number;
    const b = tris[i + 1] as number;
    const c = tris[i + 2] as number;
    const ax = flat[2 * a] as number;
    const ay = flat[2 * a + 1] as number;
    const area =
      ((flat[2 * b] as number) - ax) * ((flat[2 * c + 1] as number) - ay) -
      ((flat[2 * b + 1] as number) - ay) * ((flat[2 * c] as number) - ax);
    if (area < 0) {
      tris[i + 1] = c;
      tris[i + 2] = b;
    }
  }
  return tris;
}

function cross(a: Point3, b: Point3): Point3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function normalise(a: Point3): Point3 {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
}
